[#import "/platformsh/lib.ftl" as ps]
[@ps.appHeader /]

[@ps.app config.apps[0] "" "" /]
