<?php

declare(strict_types=1);

// The front controller: nginx sends here every request for a path that is not a file under
// public/ (see docker/nginx/default.conf.template). Written by `gantry init` as the first page of
// [=c.name]; replace it with your application. It shows what the container runs and whether the
// services the environment names in its variables answer (503 when one does not).

require dirname(__DIR__) . '/vendor/autoload.php';

use App\ServiceCheck;

$environment = getenv();
$checks = (new ServiceCheck($environment))->run();
$failed = array_filter($checks, static fn (array $check): bool => !$check['ok']);
$extensions = get_loaded_extensions();
natcasesort($extensions);
$escape = static fn (string $text): string => htmlspecialchars($text, ENT_QUOTES | ENT_HTML5, 'UTF-8');

http_response_code($failed === [] ? 200 : 503);
header('Cache-Control: no-store');
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>[=c.name]</title>
</head>
<body>
<h1>[=c.name]</h1>
<p>
    PHP <?= $escape(PHP_VERSION) ?> (<?= $escape(PHP_SAPI) ?>),
    APP_ENV <?= $escape($environment['APP_ENV'] ?? '(not set)') ?>,
    Xdebug <?= extension_loaded('xdebug') ? 'loaded, XDEBUG_MODE ' . $escape($environment['XDEBUG_MODE'] ?? '(not set)') : 'not loaded' ?>.
</p>
<h2>Services</h2>
<ul>
<?php foreach ($checks as $name => $check): ?>
    <li><?= $escape($name) ?> <?= $escape(ServiceCheck::redact($environment[$name])) ?>:
        <?= $check['ok'] ? 'ok' : 'FAILED' ?>, <?= $escape($check['detail']) ?></li>
<?php endforeach ?>
<?php if ($checks === []): ?>
    <li>none: no DATABASE_URL, REDIS_URL, MEMCACHED_URL or SEARCH_URL is set</li>
<?php endif ?>
</ul>
<h2>Extensions</h2>
<p><?= $escape(implode(', ', $extensions)) ?></p>
</body>
</html>
