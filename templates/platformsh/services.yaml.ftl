[#import "/common/header.ftl" as h]
[#-- The body is the services' content, written by Gantry's YAML writer. --]
[@h.header /]
#
# Platform.sh services of environment `[=config.environment]`: what the applications reach through
# their relationships. Changing a service's name or type replaces it, with all its data.

[=body]
