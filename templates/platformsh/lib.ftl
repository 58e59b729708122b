[#-- Pieces of the Platform.sh files. Every value goes through q.yaml or q.key; block style, so each
     changed value is one line of a diff. --]
[#import "/common/header.ftl" as h]

[#-- A scalar as YAML types it: booleans and numbers bare, strings double-quoted. --]
[#function scalar v]
[#if v?is_boolean || v?is_number][#return v?c][/#if]
[#return q.yaml(v)]
[/#function]

[#macro strings key map indent]
[#if map?has_content]
[=indent][=q.key(key)]:
[#list map as k, v]
[=indent]  [=q.key(k)]: [=q.yaml(v)]
[/#list]
[/#if]
[/#macro]

[#macro list key items indent]
[#if items?has_content]
[=indent][=key]:
[#list items as item]
[=indent]  - [=q.yaml(item)]
[/#list]
[/#if]
[/#macro]

[#macro variables env php indent]
[#if env?has_content || php?has_content]
[=indent]variables:
[@strings "env" env indent + "  " /]
[@strings "php" php indent + "  " /]
[/#if]
[/#macro]

[#-- The header of the application file(s): what it is, and the secrets to set on Platform.sh. --]
[#macro appHeader]
[@h.header /]
#
# Platform.sh reads this file and .platform/ for every branch pushed to it: each branch becomes a
# Platform.sh environment with these applications, services and routes. They are rendered from
# environment `[=config.environment]` ([=config.kind]) of [=project.sourceName()].
[#if config.secrets?has_content || config.s3]
#
# Secrets are Platform.sh variables, never in these files. Set each once per project:
[#list config.secrets as secret]
#   platform variable:create --level project --name env:[=secret] --sensitive true --value '...'
[/#list]
[#if config.s3]
# The apps reach S3 with AWS keys of their own: set env:AWS_ACCESS_KEY_ID and
# env:AWS_SECRET_ACCESS_KEY the same way.
[/#if]
[/#if]
[#if config.settings?has_content]
#
# Settings (`from_env`, no secrets) come from Platform.sh variables too; set those that need a
# value other than their default:
[#list config.settings as setting]
#   platform variable:create --level project --name env:[=setting] --value '...'
[/#list]
[/#if]
[/#macro]

[#-- One application. `first` starts its first line ("" in .platform.app.yaml, "- " in a list). --]
[#macro app a first indent]
[#if a.description??]
[=indent]# [=q.comment(a.description)]
[/#if]
[=first]name: [=q.yaml(a.name)]
[=indent]type: [=q.yaml(a.type)]
[#if a.root??]
[=indent]source:
[=indent]  root: [=q.yaml(a.root)]
[/#if]
[#if a.buildFlavor??]
[=indent]build:
[=indent]  flavor: [=q.yaml(a.buildFlavor)]
[/#if]
[#if a.dependencies?has_content]
[=indent]dependencies:
[#list a.dependencies as manager, packages]
[@strings manager packages indent + "  " /]
[/#list]
[/#if]
[#if a.extensions?has_content || a.disabledExtensions?has_content]
[=indent]runtime:
[@list "extensions" a.extensions indent + "  " /]
[@list "disabled_extensions" a.disabledExtensions indent + "  " /]
[/#if]
[@variables a.variables a.php indent /]
[@strings "relationships" a.relationships indent /]
[#if a.disk??]
[=indent]disk: [=a.disk?c]
[/#if]
[#if a.mounts?has_content]
[=indent]mounts:
[#list a.mounts as path, m]
[=indent]  [=q.key(path)]:
[=indent]    source: [=q.yaml(m.source)]
[#if m.service??]
[=indent]    service: [=q.yaml(m.service)]
[/#if]
[=indent]    source_path: [=q.yaml(m.sourcePath)]
[/#list]
[/#if]
[#if a.start?? || a.locations?has_content]
[=indent]web:
[#if a.start??]
[=indent]  commands:
[=indent]    start: [=q.yaml(a.start)]
[/#if]
[#if a.locations?has_content]
[=indent]  locations:
[#list a.locations as path, l]
[@location path l indent + "    " /]
[/#list]
[/#if]
[/#if]
[#if a.workers?has_content]
[=indent]workers:
[#list a.workers as name, w]
[=indent]  [=q.key(name)]:
[#if w.description??]
[=indent]    # [=q.comment(w.description)]
[/#if]
[=indent]    commands:
[=indent]      start: [=q.yaml(w.start)]
[#if w.relationships??]
[@strings "relationships" w.relationships indent + "    " /]
[/#if]
[#if w.variables??]
[@variables w.variables a.php indent + "    " /]
[/#if]
[/#list]
[/#if]
[#if a.crons?has_content]
[=indent]crons:
[#list a.crons as name, c]
[=indent]  [=q.key(name)]:
[=indent]    spec: [=q.yaml(c.spec)]
[=indent]    commands:
[=indent]      start: [=q.yaml(c.start)]
[#if c.stop??]
[=indent]      stop: [=q.yaml(c.stop)]
[/#if]
[#if c.shutdownTimeout??]
[=indent]    shutdown_timeout: [=c.shutdownTimeout?c]
[/#if]
[/#list]
[/#if]
[@strings "hooks" a.hooks indent /]
[@strings "additional_hosts" a.additionalHosts indent /]
[#if a.timezone??]
[=indent]timezone: [=q.yaml(a.timezone)]
[/#if]
[/#macro]

[#macro location path l indent]
[=indent][=q.key(path)]:
[#if l.root??]
[=indent]  root: [=q.yaml(l.root)]
[/#if]
[#if l.passthru??]
[=indent]  passthru: [=scalar(l.passthru)]
[/#if]
[#if l.expires??]
[=indent]  expires: [=scalar(l.expires)]
[/#if]
[#if l.allow??]
[=indent]  allow: [=l.allow?c]
[/#if]
[#if l.scripts??]
[=indent]  scripts: [=l.scripts?c]
[/#if]
[@list "index" l.index indent + "  " /]
[@strings "headers" l.headers indent + "  " /]
[#if l.rules?has_content]
[=indent]  rules:
[#list l.rules as pattern, r]
[=indent]    [=q.key(pattern)]:
[#if r.allow??]
[=indent]      allow: [=r.allow?c]
[/#if]
[#if r.expires??]
[=indent]      expires: [=scalar(r.expires)]
[/#if]
[#if r.passthru??]
[=indent]      passthru: [=q.yaml(r.passthru)]
[/#if]
[#if r.scripts??]
[=indent]      scripts: [=r.scripts?c]
[/#if]
[@strings "headers" r.headers indent + "      " /]
[/#list]
[/#if]
[/#macro]
