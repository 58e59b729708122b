[#import "/common/header.ftl" as h]
[#assign onPlatformsh = platformsh!false]
[@h.header /]
#
[#if onPlatformsh]
# Varnish in front of [=backendHost] on Platform.sh (environment [=environment]). Platform.sh adds the
# `vcl` line, vcl_init and a backend for each relationship of service [=service] itself. To tune
# this file, copy it, point `config.vcl` of service [=service] at the copy in environment
# [=environment], and edit it there.
[#else]
# Varnish in front of [=backendHost] in environment [=environment]. To tune it, copy this file,
# point `config.vcl` of service [=service] at the copy, and edit it there.
vcl 4.1;

backend default {
    .host = "[=backendHost]";
    .port = "[=backendPort?c]";
}
[/#if]

sub vcl_recv {
[#if onPlatformsh]
    set req.backend_hint = [=backendHost].backend();

[/#if]
    # Never cache requests that carry credentials.
    if (req.http.Authorization) {
        return (pass);
    }
}
