[#import "/common/header.ftl" as h]
[#-- Kubernetes objects, one YAML document each, written by Gantry's YAML writer in block style so
     that each changed value is one line of a diff. --]
[@h.header /]
#
# Environment [=environment]: [=q.comment(about)]. Deployed with the other files of this folder:
#   kubectl apply -k deploy/kubernetes/[=environment]
[#list documents as document]
---
[=document][/#list]
