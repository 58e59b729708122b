<?php

declare(strict_types=1);

namespace App;

/**
 * Asks each service the environment names in its variables whether it answers: the database
 * (DATABASE_URL), the cache (REDIS_URL or MEMCACHED_URL) and the search engine (SEARCH_URL, Solr).
 * Written by `gantry init` for the first page (public/index.php); keep it as a health check, or
 * replace it.
 */
final class ServiceCheck
{
    private const VARIABLES = [
        'DATABASE_URL' => 'database',
        'REDIS_URL' => 'redis',
        'MEMCACHED_URL' => 'memcached',
        'SEARCH_URL' => 'solr',
    ];

    /** @param array<string, string> $environment */
    public function __construct(private array $environment)
    {
    }

    /** @return array<string, array{ok: bool, detail: string}> for each of the variables that is set */
    public function run(): array
    {
        $results = [];
        foreach (self::VARIABLES as $name => $kind) {
            $url = $this->environment[$name] ?? '';
            if ($url === '') {
                continue;
            }
            try {
                $results[$name] = ['ok' => true, 'detail' => $this->check($kind, $url)];
            } catch (\Throwable $e) {
                $results[$name] = ['ok' => false, 'detail' => $e->getMessage()];
            }
        }
        return $results;
    }

    /** The URL with its password left out, to show. */
    public static function redact(string $url): string
    {
        return (string) preg_replace('#^([a-z][a-z0-9+.-]*://[^:/@]*):[^@/]*@#i', '$1:***@', $url);
    }

    private function check(string $kind, string $url): string
    {
        $parts = parse_url($url);
        if ($parts === false || !isset($parts['scheme'], $parts['host'])) {
            throw new \RuntimeException('not a URL');
        }
        return match ($kind) {
            'database' => $this->database($url, $parts),
            'redis' => $this->redis($parts),
            'memcached' => $this->memcached($parts),
            default => $this->solr($url),
        };
    }

    /** @param array<string, int|string> $parts */
    private function database(string $url, array $parts): string
    {
        $scheme = strtolower((string) $parts['scheme']);
        if ($scheme === 'mongodb') {
            $this->needs('mongodb');
            $manager = new \MongoDB\Driver\Manager($url, ['serverSelectionTimeoutMS' => 3000]);
            $manager->executeCommand('admin', new \MongoDB\Driver\Command(['ping' => 1]));
            return 'connected';
        }
        $driver = match ($scheme) {
            'mysql', 'mariadb' => 'mysql',
            'postgresql', 'postgres', 'pgsql' => 'pgsql',
            default => throw new \RuntimeException('no PDO driver for ' . $scheme),
        };
        $this->needs('pdo_' . $driver);
        $dsn = sprintf('%s:host=%s;port=%d;dbname=%s', $driver, $parts['host'],
            $parts['port'] ?? ($driver === 'mysql' ? 3306 : 5432), ltrim((string) ($parts['path'] ?? ''), '/'));
        $pdo = new \PDO($dsn, rawurldecode((string) ($parts['user'] ?? '')), rawurldecode((string) ($parts['pass'] ?? '')),
            [\PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION, \PDO::ATTR_TIMEOUT => 3]);
        return 'connected, server ' . $pdo->query('SELECT version()')->fetchColumn();
    }

    /** @param array<string, int|string> $parts */
    private function redis(array $parts): string
    {
        $this->needs('redis');
        $redis = new \Redis();
        $redis->connect((string) $parts['host'], (int) ($parts['port'] ?? 6379), 3.0);
        return 'connected, Redis ' . $redis->info('server')['redis_version'];
    }

    /** @param array<string, int|string> $parts */
    private function memcached(array $parts): string
    {
        $this->needs('memcached');
        $memcached = new \Memcached();
        $memcached->addServer((string) $parts['host'], (int) ($parts['port'] ?? 11211));
        $versions = $memcached->getVersion();
        if ($versions === false || in_array('255.255.255', $versions, true)) {
            throw new \RuntimeException('no answer: ' . $memcached->getResultMessage());
        }
        return 'connected, memcached ' . implode(', ', $versions);
    }

    private function solr(string $url): string
    {
        $context = stream_context_create(['http' => ['timeout' => 3, 'ignore_errors' => true]]);
        $body = @file_get_contents(rtrim($url, '/') . '/admin/ping?wt=json', false, $context);
        if ($body === false) {
            throw new \RuntimeException('no answer: ' . (error_get_last()['message'] ?? 'unknown error'));
        }
        $status = json_decode($body, true)['status'] ?? null;
        if ($status !== 'OK') {
            throw new \RuntimeException('ping said ' . substr($body, 0, 200));
        }
        return 'ping OK';
    }

    private function needs(string $extension): void
    {
        if (!extension_loaded($extension)) {
            throw new \RuntimeException('the PHP extension ' . $extension . ' is not loaded');
        }
    }
}
