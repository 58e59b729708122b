[#import "/common/header.ftl" as h]
[#-- The body is the routes' content, written by Gantry's YAML writer. --]
[@h.header /]
#
# Routes of environment `[=config.environment]`. `{default}` is the domain of each Platform.sh
# environment; requests over plain HTTP are redirected to these HTTPS routes.

[=body]
