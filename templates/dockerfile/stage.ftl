[#import "/common/header.ftl" as h]
[#import "lib.ftl" as d]
[#assign current = stages?last]
[@h.header /]
#
# Stage [=current.index] of image [=image.id] ([=current.name]), with everything it builds on, so it builds alone:
#   docker build -f .docker/[=image.id]/Dockerfile.stage[=current.index] -t [=project.repository()]:[=current.target] .

[#list before as parent]
[@d.image parent /]
[/#list]
[#list stages as s]
[@d.stage s image /]
[/#list]
