[#import "/common/header.ftl" as h]
[#import "lib.ftl" as d]
[@h.header /]
#
# Every image is a build target:
[#list images as image]
#   docker build --target [=image.id] -t [=project.repository()]:[=image.id] .
[/#list]
# To build or debug one stage, use .docker/build-stages.sh.

[#list images as image]
[@d.image image /]
[/#list]
