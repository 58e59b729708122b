[#import "/common/header.ftl" as h]
[#import "lib.ftl" as l]
[@h.header /]
#
# The base image pipeline (seed 002): when what the base images are built from changes, build
# their stages one by one and check them; on the main branch, push each as
# <repository>:<image>-<commit SHA> and tell the team. Pull requests build and check only.
#
#   base images: [=images?join(", ")]
#   repository:  [=project.repository()]
name: Base image

on:
  push:
    branches:
      - [=gh.str(settings.mainBranch())]
    paths:
[#list paths as path]
      - [=gh.str(path)]
[/#list]
      - ".github/workflows/base-image.yml"
  pull_request:
    paths:
[#list paths as path]
      - [=gh.str(path)]
[/#list]
      - ".github/workflows/base-image.yml"
  workflow_dispatch:

[@l.common project settings /]

jobs:
  base-image:
    name: Build, check and push the base images
    runs-on: [=gh.str(settings.runner())]
[#if login.kind == "ecr"]
    permissions:
      contents: read
      id-token: write
[/#if]
    steps:
[@l.checkout /]
[#list images as image]
      - name: Build the stages of [=image] one by one
        env:
          IMAGE: [=gh.str(image)]
        run: .docker/build-stages.sh "$IMAGE"
[/#list]
[@l.build images /]
[#list images as image]
[#list settings.baseImages().checks() as check]
      - name: Check [=image] ([=check?counter] of [=settings.baseImages().checks()?size])
        env:
          IMAGE: [=gh.str(image)]
          CHECK: [=gh.str(check)]
        run: docker run --rm --entrypoint /bin/sh "$REPOSITORY:$IMAGE-$IMAGE_TAG" -c "$CHECK"
[/#list]
[/#list]
[@l.login login "github.event_name != 'pull_request'" /]
[@l.push images "github.event_name != 'pull_request'" /]
[@l.notify settings "github.event_name != 'pull_request'"
    "New base images of ${GITHUB_REPOSITORY} are ready: "
        + images?map(image -> "docker pull ${REPOSITORY}:" + image + "-${IMAGE_TAG}")?join("; ") /]
