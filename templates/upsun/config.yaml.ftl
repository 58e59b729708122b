[#import "/common/header.ftl" as h]
[#-- .upsun/config.yaml. The body is the applications, services and routes, written by Gantry's YAML
     writer. --]
[@h.header /]
#
# Upsun reads this file for every branch pushed to it: each branch becomes an Upsun environment
# with these applications, services and routes, rendered from environment `[=config.environment]`
# ([=config.kind]) of [=project.sourceName()]. Upsun sizes containers and disks with
# `upsun resources:set`, not here.
[#if config.variables.secrets?has_content || config.s3]
#
# Secrets are Upsun variables, never in this file. Set each once per project:
[#list config.variables.secrets as secret]
#   upsun variable:create --level project --name env:[=secret] --sensitive true --value '...'
[/#list]
[#if config.s3]
# The apps reach S3 with AWS keys of their own: set env:AWS_ACCESS_KEY_ID and
# env:AWS_SECRET_ACCESS_KEY the same way.
[/#if]
[/#if]
[#if config.variables.settings?has_content]
#
# Settings (`from_env`, no secrets) come from Upsun variables too; set those that need a value
# other than their default:
[#list config.variables.settings as setting]
#   upsun variable:create --level project --name env:[=setting] --value '...'
[/#list]
[/#if]

[=body]
