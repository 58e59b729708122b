[#import "/common/header.ftl" as h]
[@h.header /]
#
# An nginx disk cache in front of [=backendHost] in environment [=environment]. To tune it, copy
# this file, point `config.nginx_conf` of service [=service] at the copy, and edit it there.
proxy_cache_path /var/cache/nginx/gantry levels=1:2 keys_zone=gantry:10m max_size=[=cacheMiB]m inactive=60m use_temp_path=off;

server {
    listen 80;

    location = /gantry-health {
        access_log off;
        return 200 "ok\n";
    }

    location / {
        proxy_pass http://[=backendHost]:[=backendPort?c];
        proxy_cache gantry;
        proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        add_header X-Cache-Status $upstream_cache_status;
    }
}
