[#import "/common/header.ftl" as h]
[#-- The body is the environment's compose content, written by Gantry's YAML writer in block style,
     so that each changed value is one line of a diff. --]
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

[=file.body]