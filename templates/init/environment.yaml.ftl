[#-- The environment.yaml `gantry init` writes. Every value is a validated name or one of the fixed choices. --]
[#assign dbExtension = {"mariadb": "docker-php-ext-install pdo_mysql", "mysql": "docker-php-ext-install pdo_mysql",
  "postgresql": "docker-php-ext-install pdo_pgsql", "mongodb": "pecl install mongodb-1.20.1 && docker-php-ext-enable mongodb"}]
[#assign osPackages = "git unzip libicu-dev libzip-dev" + (c.db == "postgresql")?then(" libpq-dev", "")
  + (c.cache == "memcached")?then(" libmemcached-dev zlib1g-dev", "") + (c.db == "mongodb")?then(" libssl-dev", "")]
[#assign cacheUrl = {"redis": "REDIS_URL", "memcached": "MEMCACHED_URL"}]
[#macro version kind][=versions[kind]][/#macro]
# yaml-language-server: $schema=.gantry/environment.schema.json
#
# The environments of [=c.name], described once. Edit this file, then run `gantry generate` to
# write the Dockerfiles, compose files and scripts, and commit them with it. `gantry validate`
# checks it; `gantry catalog` lists the services `use:` can name. Editors complete and document
# every key once `gantry generate` has written .gantry/environment.schema.json.
gantry: 1

project:
  name: [=c.name]
  # Where CI pushes the images built here: <registry>/<project>:<image>.
  registry: registry.example.com/[=c.name]
  # The application code, kept out of the project root (seed convention).
  source: app

# Images this project builds, in stages. Operations own the base image (from a pinned official
# image, never `latest`); the app image adds the code; the dev image adds debugging tools.
images:
  base:
    description: Ops base image - PHP-FPM and the extensions the app needs
    from: php:[=c.php]-fpm-bookworm
    stages:
      - name: os
        run:
          - apt-get update && apt-get install -y --no-install-recommends [=osPackages] && rm -rf /var/lib/apt/lists/*
      - name: php-extensions
        run:
          - docker-php-ext-install intl opcache zip
          - [=dbExtension[c.db]]
[#if c.cache == "redis"]
          - pecl install redis-6.1.0 && docker-php-ext-enable redis
[#elseif c.cache == "memcached"]
          - pecl install memcached-3.3.0 && docker-php-ext-enable memcached
[/#if]
          - curl -fsS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
  app:
    description: Production image - the base image plus the code
    from: base
    stages:
      - name: code
        workdir: /var/www/app
        copy:
          - {src: app/, dest: /var/www/app/, chown: "www-data:www-data"}
    env:
      APP_ENV: prod
    expose: [9000]
  app-dev:
    description: Development image - the app image plus Xdebug
    from: app
    stages:
      - name: xdebug
        run:
          - pecl install xdebug-3.4.0 && docker-php-ext-enable xdebug
    env:
      APP_ENV: dev

# Secrets are never written here: locally they come from .env (see .env.example), elsewhere
# from each environment's secret store (environments.<env>.secrets).
secrets:
  APP_SECRET:
    description: The application's secret key
[#if c.storage == "s3"]

# Uploaded files live in S3; dev and test environments get a local MinIO in its place.
storage:
  kind: s3
  bucket: [=c.name]-media
[#elseif c.storage == "nfs"]

# Uploaded files live on NFS; give each environment's server under environments.<env>.storage.
storage:
  kind: nfs
  mount: /var/www/app/var/storage
[/#if]

services:
  app:
    description: PHP-FPM running the application
    image: app
    ports: [9000]
    env:
      DATABASE_URL: {ref: db.url}
[#if c.cache != "none"]
      [=cacheUrl[c.cache]]: {ref: cache.url}
[/#if]
[#if c.complete()]
      SEARCH_URL: {ref: search.url}
[/#if]
      APP_SECRET: {secret: APP_SECRET}
    depends_on: [db[#if c.cache != "none"], cache[/#if][#if c.complete()], search[/#if]]
  web:
    description: nginx serving static files and passing PHP requests to app
    image: nginx:1.27.3
    ports: ["8080:80"]
    # Mount your nginx configuration (fastcgi_pass app:9000):
    # volumes: [./docker/nginx/default.conf:/etc/nginx/conf.d/default.conf:ro]
    depends_on: [app]
  db:
    use: [=c.db]:[@version c.db /]
    config:
      database: [=c.name?replace("-", "_")]
      user: [=c.name?replace("-", "_")?truncate_c(32, "")]
[#if c.cache != "none"]
  cache:
    use: [=c.cache]:[@version c.cache /]
[/#if]
[#if c.complete()]
  search:
    use: solr:9.7
  worker:
    description: Runs background jobs from the queue
    image: app
    command: [php, bin/console, messenger:consume, async, --time-limit=3600]
    env:
      DATABASE_URL: {ref: db.url}
      APP_SECRET: {secret: APP_SECRET}
    depends_on: [db]
  mail:
    description: Catches outgoing mail in development (web UI on port 8025)
    use: mailpit:1.27.0
    environments: [dev]
    ports: ["8025:8025"]
[/#if]
[#if c.httpCache != "none"]
  http-cache:
    use: [=(c.httpCache == "disk")?then("disk-cache", "varnish")]:[@version c.httpCache /]
    in_front_of: web
    ports: ["80:80"]
[/#if]

environments:
[#list c.environments as env]
[#if env == "dev"]
  dev:
    description: Local development, with the code mounted and Xdebug
    targets: [compose]
    services:
      app:
        image: app-dev
[#if c.complete()]
        env:
          MAILER_DSN: {ref: mail.url}
[/#if]
[#elseif env == "qa"]
  qa:
    description: QA demos and client previews, from release branches
    kind: test
    branch: release/*
    profile: simple
    targets: [compose]
[#elseif env == "staging"]
  staging:
    description: The production images with staging settings
    targets: [compose]
[#elseif env == "prod"]
  prod:
    description: Production
    targets: [compose]
[#if c.complete()]
    services:
      app:
        replicas: 2
[/#if]
[/#if]
[/#list]
