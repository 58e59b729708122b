[#import "/platformsh/lib.ftl" as ps]
[@ps.appHeader /]
[#list config.apps as a]

[@ps.app a "- " "  " /]
[/#list]
