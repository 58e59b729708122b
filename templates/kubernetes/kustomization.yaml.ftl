[#import "/common/header.ftl" as h]
[@h.header /]
#
# Environment [=environment] on Kubernetes. Deploy it (after creating the Secrets that README.md lists):
#   kubectl apply -k deploy/kubernetes/[=environment]
# Or make it the base of an overlay of your own (another tag, replicas, patches):
#   resources: [../../deploy/kubernetes/[=environment]]

[=body]
