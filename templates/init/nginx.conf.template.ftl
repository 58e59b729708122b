[#-- docker/nginx/default.conf.template: the site nginx serves, for the framework's document root. --]
[#assign root = "/var/www/app/" + c.framework.documentRoot()]
# Written by `gantry init`; yours to edit. The web image holds it as
# /etc/nginx/templates/default.conf.template: when the container starts, nginx's image writes it to
# /etc/nginx/conf.d/default.conf, with the value of the variable PHP_FPM_HOST where it is named
# below: the host of the app service (`app` under compose, `localhost` beside it in an ECS task).
# In dev the file is mounted: an edit applies when web starts again (`./dk stop && ./dk start`).
server {
    listen 80;
    server_name _;
    root [=root];
    client_max_body_size 32m;

[#if c.framework.id() == "drupal"]
    # Files under web/ are served as they are; every other path goes to Drupal's index.php.
    location / {
        try_files $uri /index.php?$query_string;
    }

    # Image styles are made by Drupal on their first request.
    location ~ ^/sites/[^/]+/files/styles/ {
        try_files $uri /index.php?$query_string;
    }

    # Hidden files, private files and PHP files in places no PHP runs from are never sent.
    location ~ (^|/)\. {
        return 403;
    }

    location ~ ^/sites/[^/]+/(files|private)/.*\.php$ {
        return 403;
    }

    location ~ ^/sites/.*/private/ {
        return 403;
    }

    location ~ \..*/.*\.php$ {
        return 403;
    }

    # Drupal's PHP entry points: index.php, update.php, core/install.php, ...
    location ~ \.php(/|$) {
        fastcgi_split_path_info ^(.+?\.php)(/.*)?$;
        try_files $fastcgi_script_name =404;
        include fastcgi_params;
        fastcgi_param HTTP_PROXY "";
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        fastcgi_param PATH_INFO $fastcgi_path_info;
        fastcgi_param QUERY_STRING $query_string;
        fastcgi_intercept_errors on;
        fastcgi_pass ${PHP_FPM_HOST}:9000;
    }
[#else]
    # Files under [=c.framework.documentRoot()]/ are served as they are; every other path goes to the front controller.
    location / {
        try_files $uri /index.php$is_args$args;
    }

    location ~ ^/index\.php(/|$) {
        fastcgi_split_path_info ^(.+\.php)(/.*)$;
        include fastcgi_params;
        fastcgi_param HTTP_PROXY "";
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        fastcgi_param DOCUMENT_ROOT $document_root;
        fastcgi_pass ${PHP_FPM_HOST}:9000;
        # /index.php/... is reached through the rule above only, never asked for by name.
        internal;
    }

    # No other PHP file runs, and none is sent as text.
    location ~ \.php$ {
        return 404;
    }
[/#if]
}
