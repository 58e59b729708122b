[#import "/common/header.ftl" as h]
[#import "lib.ftl" as d]
[#assign current = stages?last]
[#if syntax??]
# syntax=[=syntax]
[/#if]
[@h.header /]
#
# Stage [=current.index] of image [=image.id] ([=current.name]), with everything it builds on, so it builds alone:
#   docker build -f .docker/[=image.id]/Dockerfile.stage[=current.index] -t [=project.repository()]:[=current.target] .
[#list fromArguments as a]
[#if a?is_first]

# The image it starts from differs by environment: pass it with --build-arg.
[/#if]
ARG [=df.pair(a.key, a.value)]
[/#list]

[#list before as parent]
[@d.image parent /]
[/#list]
[#list stages as s]
[@d.stage s image /]
[/#list]
