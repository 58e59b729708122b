[#import "/common/header.ftl" as h]
[@h.header /]
#
# The variables the compose files read from .env. Copy this file to .env, keep .env out of
# git (add it to .gitignore), and replace every change-me; settings that are no secrets show
# their default, and one passed to the containers only when set is commented out.
[#list variables as name, environments]

# [=descriptions[name]] (used by: [=environments?join(", ")])
[=placeholders[name]]
[/#list]
