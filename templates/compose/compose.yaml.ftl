[#import "/common/header.ftl" as h]
[#-- Block style throughout, so each changed value is one line of a diff. --]
[#macro list key items indent]
[#if items?has_content]
[=indent][=key]:
[#list items as item]
[=indent]  - [=q.compose(item)]
[/#list]
[/#if]
[/#macro]
[#macro values key items indent]
[#if items?has_content]
[=indent][=key]:
[#list items as item]
[=indent]  - [=cs.value(item)]
[/#list]
[/#if]
[/#macro]
[#macro map key entries indent]
[#if entries?has_content]
[=indent][=key]:
[#list entries as k, v]
[=indent]  [=q.key(k)]: [=q.compose(v)]
[/#list]
[/#if]
[/#macro]
[@h.header /]
#
# Environment [=file.environment] ([=file.kind])[#if file.description??]: [=q.comment(file.description)][/#if]
[#if file.branch??]
# Deploys branch [=file.branch], profile [=file.profile].
[/#if]
#
#   docker-compose -f docker-compose.[=file.environment].yml -p [=file.projectName] up -d
#
# Variables written ${NAME:?...} come from the .env file beside this one: see .env.example.

services:
[#list file.services as s]
  [=q.key(s.name)]:
[#if s.description??]
    # [=q.comment(s.description)]
[/#if]
    image: [=cs.value(s.image)]
[#if s.build??]
    build:
      context: [=q.compose(s.build.context)]
      dockerfile: [=q.compose(s.build.dockerfile)]
      target: [=q.compose(s.build.target)]
[/#if]
[@list "entrypoint" s.entrypoint![] "    " /]
[@values "command" s.command![] "    " /]
[#if s.workingDir??]
    working_dir: [=q.compose(s.workingDir)]
[/#if]
[#if s.user??]
    user: [=q.compose(s.user)]
[/#if]
[#if s.environment?has_content]
    environment:
[#list s.environment as k, v]
      [=q.key(k)]: [=cs.value(v)]
[/#list]
[/#if]
[@list "env_file" s.envFiles "    " /]
[@list "ports" s.ports "    " /]
[@list "expose" s.expose "    " /]
[@list "volumes" s.volumes "    " /]
[#if s.dependsOn?has_content]
    depends_on:
[#list s.dependsOn as dep, condition]
      [=q.key(dep)]:
        condition: [=condition]
[/#list]
[/#if]
[#if s.healthcheck??]
    healthcheck:
[#if s.healthcheck.disable]
      disable: true
[#else]
[@list "test" s.healthcheck.test![] "      " /]
[#if s.healthcheck.interval??]
      interval: [=q.compose(s.healthcheck.interval)]
[/#if]
[#if s.healthcheck.timeout??]
      timeout: [=q.compose(s.healthcheck.timeout)]
[/#if]
[#if s.healthcheck.retries??]
      retries: [=s.healthcheck.retries?c]
[/#if]
[#if s.healthcheck.startPeriod??]
      start_period: [=q.compose(s.healthcheck.startPeriod)]
[/#if]
[/#if]
[/#if]
[@map "labels" s.labels "    " /]
[#if s.restart??]
    restart: [=q.compose(s.restart)]
[/#if]
[#if s.cpus??]
    cpus: [=s.cpus?c]
[/#if]
[#if s.memLimit??]
    mem_limit: [=q.compose(s.memLimit)]
[/#if]
[#if s.scale??]
    scale: [=s.scale?c]
[/#if]
[#if s.privileged]
    privileged: true
[/#if]
[@list "devices" s.devices "    " /]
[@list "cap_add" s.capAdd "    " /]
[#if s.extraHosts?has_content]
    extra_hosts:
[#list s.extraHosts as host, ip]
      - [=q.compose(host + ":" + ip)]
[/#list]
[/#if]
[@list "networks" s.networks "    " /]
[#sep]

[/#sep]
[/#list]
[#if file.volumes?has_content]

volumes:
[#list file.volumes as name, nfs]
[#if nfs??]
  [=q.key(name)]:
    driver: "local"
    driver_opts:
      type: "nfs"
      o: [=q.compose(nfs.address)]
      device: [=q.compose(nfs.device)]
[#else]
  [=q.key(name)]: {}
[/#if]
[/#list]
[/#if]
[#if file.networks?has_content]

networks:
[#list file.networks as name]
  [=q.key(name)]: {}
[/#list]
[/#if]
