[#import "/common/header.ftl" as h]
[#import "lib.ftl" as d]
[#if syntax??]
# syntax=[=syntax]
[/#if]
[@h.header /]
#
# Every image is a build target:
[#list images as image]
#   docker build --target [=image.id] -t [=project.repository()]:[=image.id] .
[/#list]
# To build or debug one stage, use .docker/build-stages.sh.
[#list images as image]
[#if image.fromArgument??]
[#if image?is_first || !images[0..<image?index]?filter(i -> i.fromArgument??)?has_content]

# The image each of these starts from differs by environment; compose passes it as a build argument.
[/#if]
ARG [=df.pair(image.fromArgument.key, image.fromArgument.value)]
[/#if]
[/#list]

[#list images as image]
[@d.image image /]
[/#list]
