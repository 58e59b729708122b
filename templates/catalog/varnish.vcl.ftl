[#import "/common/header.ftl" as h]
[@h.header /]
#
# Varnish in front of [=backendHost] in environment [=environment]. To tune it, copy this file,
# point `config.vcl` of service [=service] at the copy, and edit it there.
vcl 4.1;

backend default {
    .host = "[=backendHost]";
    .port = "[=backendPort?c]";
}

sub vcl_recv {
    # Never cache requests that carry credentials.
    if (req.http.Authorization) {
        return (pass);
    }
}
