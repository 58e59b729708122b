[#-- The environment.yaml `gantry init` writes. Every value is a validated name or one of the fixed choices. --]
[#assign dbExtension = {"mariadb": "docker-php-ext-install pdo_mysql", "mysql": "docker-php-ext-install pdo_mysql",
  "postgresql": "docker-php-ext-install pdo_pgsql", "mongodb": "pecl install mongodb-1.20.1 && docker-php-ext-enable mongodb"}]
[#assign osPackages = "git unzip libicu-dev libzip-dev" + (c.db == "postgresql")?then(" libpq-dev", "")
  + (c.cache == "memcached")?then(" libmemcached-dev zlib1g-dev", "") + (c.db == "mongodb")?then(" libssl-dev", "")]
[#assign cacheUrl = {"redis": "REDIS_URL", "memcached": "MEMCACHED_URL"}]
[#assign laravelDriver = {"mariadb": "mariadb", "mysql": "mysql", "postgresql": "pgsql", "mongodb": "mongodb"}]
[#assign fw = c.framework]
[#assign root = "/var/www/app/" + fw.documentRoot()]
[#assign secret = (fw.id() == "laravel")?then("APP_KEY", "APP_SECRET")]
[#assign ecs = c.production.id() == "ecs"]
[#assign platformsh = c.production.id() == "platformsh"]
[#-- The environment main.yml starts in CI to ask its page: staging, else prod where it runs compose. --]
[#assign smoked = c.smokeTested()]
[#assign ci = c.continuousDelivery()]
[#macro takesPart env][#if (env == smoked || (env == "prod" && ecs))], pipelines[/#if][/#macro]
[#macro smoke env]
[#if env == smoked]
    pipelines:
      smoke:
        - {service: web, path: /, status: 200, contains: "<h1>[=c.name]</h1>"}
[/#if]
[/#macro]
[#macro version kind][=versions[kind]][/#macro]
[#macro worker]
[#switch fw.id()]
[#case "php"]
    command: [php, bin/worker.php]
[#break]
[#case "laravel"]
    command: [php, artisan, queue:work, --max-time=3600]
[#break]
[#case "drupal"]
    # Drupal runs its queues from cron: drush (the complete preset's `composer require drush/drush`) every 5 minutes
    command: {shell: "while true; do vendor/bin/drush cron; sleep 300; done"}
[#break]
[#case "ibexa"]
    command: {shell: "while true; do php bin/console ibexa:cron:run; sleep 60; done"}
[#break]
[#default]
    command: [php, bin/console, messenger:consume, async, --time-limit=3600]
[/#switch]
[/#macro]
[#macro appEnv indent]
[#if fw.id() == "laravel"]
[=indent]DB_CONNECTION: [=laravelDriver[c.db]]
[=indent]DB_URL: {ref: db.url}
[#else]
[=indent]DATABASE_URL: {ref: db.url}
[/#if]
[/#macro]
# yaml-language-server: $schema=.gantry/environment.schema.json
#
# The environments of [=c.name] ([=fw.label()]), described once. Edit this file, then run
# `gantry generate` to write the Dockerfiles, compose files and scripts, and commit them with it.
# `gantry validate` checks it; `gantry catalog` lists the services `use:` can name. Editors
# complete and document every key once `gantry generate` has written .gantry/environment.schema.json.
gantry: 1

project:
  name: [=c.name]
  # Where CI pushes the images built here: <registry>/<project>:<image>.
  registry: [=ecs?then("123456789012.dkr.ecr.eu-central-1.amazonaws.com", "registry.example.com")]/[=c.name]
  # The application code (composer.json, [=fw.documentRoot()]/ ...), kept out of the project root.
  source: app

# Images this project builds, in stages. Operations own the base image (from a pinned official
# image, never `latest`); the app image adds the Composer packages, then the code; the dev image
# adds Xdebug; the web image is nginx with the site's configuration and public files.
images:
  base:
    description: Ops base image - PHP-FPM, the extensions the app needs and Composer
    from: php:[=c.php]-fpm-bookworm
    stages:
      - name: os
        run:
          - apt-get update && apt-get install -y --no-install-recommends [=osPackages] && rm -rf /var/lib/apt/lists/*
      - name: php-extensions
        env:
          COMPOSER_ALLOW_SUPERUSER: "1"
        run:
          - docker-php-ext-install intl opcache zip
          - [=dbExtension[c.db]]
[#if c.cache == "redis"]
          - pecl install redis-6.1.0 && docker-php-ext-enable redis
[#elseif c.cache == "memcached"]
          - pecl install memcached-3.3.0 && docker-php-ext-enable memcached
[/#if]
          - curl -fsS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer --version=2.8.4
  app:
    description: Production image - the base image plus the Composer packages and the code
    from: base
    stages:
      - name: dependencies
        description: The Composer packages, from composer.json and composer.lock alone, so a change of code reuses this layer
        workdir: /var/www/app
        copy:
          # composer.* takes composer.lock too once there is one (commit it)
          - {src: app/composer.*, dest: /var/www/app/}
        run:
          - composer install --no-dev --no-scripts --no-autoloader --no-interaction --no-progress --prefer-dist
      - name: code
        copy:
          - {src: app/, dest: /var/www/app/, chown: "www-data:www-data"}
        run:
          - composer dump-autoload --no-dev --classmap-authoritative --no-interaction
    env:
      APP_ENV: prod
    expose: [9000]
  app-dev:
    description: Development image - the app image plus Xdebug, off until XDEBUG_MODE says otherwise
    from: app
    stages:
      - name: xdebug
        run:
          - pecl install xdebug-3.4.0 && docker-php-ext-enable xdebug
    env:
      APP_ENV: dev
      # dev reads XDEBUG_MODE from .env (e.g. XDEBUG_MODE=debug, then ./dk start); Xdebug then
      # calls the IDE on the host, which host.docker.internal names (see environments.dev).
      XDEBUG_MODE: "off"
      XDEBUG_CONFIG: client_host=host.docker.internal
  web:
    description: Web server - nginx with the site's configuration and the public files, which it serves itself
    from: nginx:1.27.3
    stages:
      - name: site
        workdir: /var/www/app
        copy:
          # nginx's image fills in ${PHP_FPM_HOST} when it starts (the web service's env says which host)
          - {src: docker/nginx/default.conf.template, dest: /etc/nginx/templates/default.conf.template}
          - {src: app/[=fw.documentRoot()]/, dest: [=root]/}

# Secrets are never written here: locally they come from .env (see .env.example), elsewhere
# from each environment's secret store (environments.<env>.secrets).
secrets:
  [=secret]:
    description: The application's secret key
[#if ecs]
  DATABASE_URL:
    description: The database URL with its password, in production (ECS passes a secret only as a whole variable)
[/#if]
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
[@appEnv "      " /]
[#if c.cache != "none"]
      [=cacheUrl[c.cache]]: {ref: cache.url}
[/#if]
[#if c.complete()]
      SEARCH_URL: {ref: search.url}
[/#if]
      [=secret]: {secret: [=secret]}
    depends_on: [db[#if c.cache != "none"], cache[/#if][#if c.complete()], search[/#if]]
  web:
    description: nginx serving the public files and passing every other request to the front controller
    image: web
    ports: ["8080:80"]
    env:
      PHP_FPM_HOST: {ref: app.host}
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
    description: Runs background jobs; restarted when it stops
    image: app
[@worker /]
    env:
[@appEnv "      " /]
      [=secret]: {secret: [=secret]}
    depends_on: [db]
    restart: unless-stopped
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
    ports: ["8000:80"]
[/#if]
[#if c.deploys() && !ci]

# CI/CD on GitHub Actions: a top-level `pipelines:` block writes the workflows (Gantry's README,
# "CI/CD pipelines"): a smoke check of a page the application answers, a deploy.
[/#if]
[#if ci]

# CI/CD on GitHub Actions (.github/workflows/): base-image.yml builds and pushes the base image when
# what it is made of changes; branch.yml checks on every branch that the generated files are
# current, builds the images and runs the checks; main.yml builds the production images[#if smoked?has_content], starts
# [=smoked] in CI and asks its page[/#if][#if ecs], and deploys prod to ECS once a reviewer approves[/#if].
pipelines:
[#if ecs]
  registry_login: {aws_role: "arn:aws:iam::123456789012:role/[=c.name]-ci-push"}
[#else]
  # The GitHub secrets that hold a user name and password of the registry.
  registry_login: {username_secret: REGISTRY_USER, password_secret: REGISTRY_PASSWORD}
[/#if]
  base_checks:
    - php -v
    - php -m | grep -qi intl
  checks_image: app
  lint:
    - composer validate --no-check-publish
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
        # app/ is mounted over the image's code, vendor/ included: the first start installs the
        # Composer packages into app/vendor (with the dev packages), later starts find them there.
        command: [sh, -c, "test -f vendor/autoload.php || composer install --no-interaction --no-progress; exec php-fpm"]
        # XDEBUG_MODE (and every other line of .env) reaches PHP; host.docker.internal is the host,
        # on Linux too, where the IDE listens for Xdebug on port 9003.
        env_files: [.env]
        extra_hosts: {host.docker.internal: host-gateway}
[#if c.complete()]
        env:
          MAILER_DSN: {ref: mail.url}
[/#if]
      web:
        # An edit of the nginx site applies when web starts again, without a new image.
        volumes: [./docker/nginx/default.conf.template:/etc/nginx/templates/default.conf.template:ro]
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
    targets: [compose[@takesPart "staging" /]]
[@smoke "staging" /]
[#elseif env == "prod"]
[#switch c.production.id()]
[#case "compose"]
  prod:
    description: Production - docker-compose.prod.yml on a Docker host of yours
    targets: [compose[@takesPart "prod" /]]
[@smoke "prod" /]
[#if c.complete()]
    services:
      app:
        replicas: 2
[/#if]
[#break]
[#case "docker-machine"]
  prod:
    description: Production - a Docker host on EC2 made by docker-machine, running docker-compose.prod.yml
    targets: [compose, docker-machine[@takesPart "prod" /]]
[@smoke "prod" /]
    machine:
      driver: amazonec2
      amazonec2:
        region: eu-central-1
        instance_type: t3.small
        # A current Ubuntu LTS AMI of the region (the driver's default is many years old).
        ami: ami-0123456789abcdef0
[#if c.complete()]
    services:
      app:
        replicas: 2
[/#if]
[#break]
[#case "ecs"]
  prod:
    description: Production on AWS ECS Fargate - the images CI pushed, with managed database and cache
    targets: [ecs[@takesPart "prod" /]]
    pipelines:
      deploy:
        cluster: [=c.name]-prod
        aws_role: "arn:aws:iam::123456789012:role/[=c.name]-deploy"
        approval: {environment: production}
    ecs:
      region: eu-central-1
      account: "123456789012"
      cpu: 0.5
      memory: 1GB
      execution_role: [=c.name]-prod-execution
      task_role: [=c.name]-prod-app
      tag: prod
[#if c.storage == "nfs"]
      volumes:
        # The uploaded files, on EFS.
        storage: {file_system: fs-0123456789abcdef0, access_point: fsap-0123456789abcdef0}
[/#if]
    secrets:
      [=secret]: {secrets_manager: [=c.name]/prod/app, key: app_secret}
      DATABASE_URL: {secrets_manager: [=c.name]/prod/database, key: url}
    services:
      app:
[#if c.complete()]
        replicas: 2
[/#if]
        env:
          [=(fw.id() == "laravel")?then("DB_URL", "DATABASE_URL")]: {secret: DATABASE_URL}
      web:
        # nginx runs beside php-fpm in the app's task and reaches it at localhost; the load
        # balancer's target group points at its port 80.
        ports: [80]
        ecs: {task: app}
      db:
        external: {host: [=c.name]-prod.cluster-c1a2b3c4d5e6.eu-central-1.rds.amazonaws.com, user: [=c.name?replace("-", "_")?truncate_c(32, "")], database: [=c.name?replace("-", "_")]}
[#if c.cache != "none"]
      cache:
        external: {host: [=c.name]-prod.a1b2c3.ng.0001.euc1.cache.amazonaws.com}
[/#if]
[#if c.httpCache != "none"]
      # On AWS a CDN (CloudFront) or the load balancer caches; the HTTP cache runs where compose does.
      http-cache: null
[/#if]
[#if c.complete()]
      search:
        # No managed Solr on AWS: a Solr server of yours (or a hosted one).
        external: {host: solr.[=c.name].example.com}
      worker:
        env:
          [=(fw.id() == "laravel")?then("DB_URL", "DATABASE_URL")]: {secret: DATABASE_URL}
[/#if]
[#break]
[#case "platformsh"]
  prod:
    description: Production on Platform.sh - every branch pushed there becomes an environment built from these files
    targets: [platformsh]
    services:
      web: null                 # Platform.sh's own web server serves the app (platformsh.apps.app.web)
[#if c.httpCache != "none"]
      http-cache:
        in_front_of: app
[/#if]
[#if c.complete()]
      search:
        use: solr:9.6           # the newest Solr Platform.sh offers
[/#if]
    platformsh:
      apps:
        app:
          build: {flavor: composer}
          web:
            locations:
              /:
                root: [=fw.documentRoot()]
                passthru: /index.php
[/#switch]
[/#if]
[/#list]
