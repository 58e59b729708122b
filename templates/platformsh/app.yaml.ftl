[#import "/common/header.ftl" as h]
[#-- .platform.app.yaml, or .platform/applications.yaml for several applications. The body is the
     applications' content, written by Gantry's YAML writer. --]
[@h.header /]
#
# Platform.sh reads this file and .platform/ for every branch pushed to it: each branch becomes a
# Platform.sh environment with these applications, services and routes. They are rendered from
# environment `[=config.environment]` ([=config.kind]) of [=project.sourceName()].
[#if config.variables.secrets?has_content || config.s3]
#
# Secrets are Platform.sh variables, never in these files. Set each once per project:
[#list config.variables.secrets as secret]
#   platform variable:create --level project --name env:[=secret] --sensitive true --value '...'
[/#list]
[#if config.s3]
# The apps reach S3 with AWS keys of their own: set env:AWS_ACCESS_KEY_ID and
# env:AWS_SECRET_ACCESS_KEY the same way.
[/#if]
[/#if]
[#if config.variables.settings?has_content]
#
# Settings (`from_env`, no secrets) come from Platform.sh variables too; set those that need a
# value other than their default:
[#list config.variables.settings as setting]
#   platform variable:create --level project --name env:[=setting] --value '...'
[/#list]
[/#if]

[=body]
