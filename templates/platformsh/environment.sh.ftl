[#import "/common/header.ftl" as h]
[@h.header /]
#
# Platform.sh and Upsun source this file before the applications of environment
# `[=config.environment]` whose code is in this folder, their workers, crons and hooks run. It
# exports the variables that environment.yaml declares as references (`{ref: service.field}`) from
# the relationships in PLATFORM_RELATIONSHIPS, in the form the compose files give them: the app
# reads the same variables wherever it runs.
[#if script.exports?has_content]
[#if script.lookups?has_content]
[#noparse]

# The value of one property of a relationship's first endpoint, empty when there is none.
gantry_relationship() {
    printf '%s' "${PLATFORM_RELATIONSHIPS:-}" | base64 -d 2>/dev/null \
        | jq -r --arg rel "$1" --arg key "$2" '.[$rel][0][$key] // empty' 2>/dev/null
}

# Whether this container has the relationship (a worker may have fewer than its app).
gantry_has_relationship() {
    printf '%s' "${PLATFORM_RELATIONSHIPS:-}" | base64 -d 2>/dev/null \
        | jq -e --arg rel "$1" 'has($rel)' >/dev/null 2>&1
}
[/#noparse]

[#list script.lookups as l]
[=l.variable]="$(gantry_relationship [=q.sh(l.relationship)] [=q.sh(l.property)])"
[/#list]
[/#if]

[#list script.exports as e]
[#if e.relationships?has_content]
if [#list e.relationships as r]gantry_has_relationship [=q.sh(r)][#sep] && [/#sep][/#list]; then
    export [=e.name]=[=sh.word(e.value)]
fi
[#else]
export [=e.name]=[=sh.word(e.value)]
[/#if]
[/#list]
[#if script.lookups?has_content]

unset -f gantry_relationship gantry_has_relationship
unset[#list script.lookups as l] [=l.variable][/#list]
[/#if]
[/#if]
[#list script.own as o]

# The project's own lines, from platformsh.apps.[=o.app].environment in [=project.sourceName()]:
[=o.text]
[/#list]
