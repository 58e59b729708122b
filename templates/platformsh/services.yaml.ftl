[#import "/common/header.ftl" as h]
[#import "/platformsh/lib.ftl" as ps]
[@h.header /]
#
# Platform.sh services of environment `[=config.environment]`: what the applications reach through
# their relationships. Changing a service's name or type replaces it, with all its data.
[#if !config.services?has_content]

{}
[/#if]
[#list config.services as s]

[=q.key(s.name)]:
[#if s.description??]
  # [=q.comment(s.description)]
[/#if]
  type: [=q.yaml(s.type)]
[#if s.disk??]
  disk: [=s.disk?c]
[/#if]
[@ps.strings "relationships" s.relationships "  " /]
[#if s.databases?? || s.include??]
  configuration:
[#if s.databases??]
[@ps.list s.databases.listKey s.databases.names "    " /]
    endpoints:
[#list s.databases.endpoints as name, e]
      [=q.key(name)]:
        [=s.databases.defaultKey]: [=q.yaml(e.defaultDatabase)]
[@ps.strings "privileges" e.privileges "        " /]
[/#list]
[/#if]
[#if s.include??]
    [=q.key(s.include.key)]: !include
      type: "string"
      path: [=q.yaml(s.include.path)]
[/#if]
[/#if]
[/#list]
