[#import "/common/header.ftl" as h]
[#import "/platformsh/lib.ftl" as ps]
[@h.header /]
#
# Routes of environment `[=config.environment]`. `{default}` is the domain of each Platform.sh
# environment; requests over plain HTTP are redirected to these HTTPS routes.
[#list config.routes as r]

[=q.key(r.url)]:
  type: [=q.yaml(r.type)]
[#if r.primary]
  primary: true
[/#if]
[#if r.upstream??]
  upstream: [=q.yaml(r.upstream)]
[/#if]
[#if r.to??]
  to: [=q.yaml(r.to)]
[/#if]
[#if r.cache??]
  cache:
    enabled: [=r.cache.enabled?c]
[#if r.cache.defaultTtl??]
    default_ttl: [=r.cache.defaultTtl?c]
[/#if]
[#if r.cache.cookies??]
[@ps.list "cookies" r.cache.cookies "    " /]
[/#if]
[#if r.cache.headers??]
[@ps.list "headers" r.cache.headers "    " /]
[/#if]
[/#if]
[/#list]
