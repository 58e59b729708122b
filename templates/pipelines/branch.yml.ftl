[#import "/common/header.ftl" as h]
[#import "lib.ftl" as l]
[@h.header /]
#
# The branch pipeline (seed 002): on every push to a branch other than the main branch, and on
# pull requests to it, check that the generated files are current, build the images, lint and
# test[#if settings.openPullRequest()], then open a pull request if the branch has none[/#if].
[#assign commandRuns = settings.lint()?size + settings.test()?size]
[#assign hasBuild = images?has_content || commandRuns > 0]
name: Branch

on:
  push:
    branches-ignore:
      - [=gh.str(settings.mainBranch())]
  pull_request:
    branches:
      - [=gh.str(settings.mainBranch())]

[@l.common project settings /]

concurrency:
  group: branch-${{ github.ref }}
  cancel-in-progress: true

jobs:
  generated:
    name: Generated files are current
    runs-on: [=gh.str(settings.runner())]
    steps:
[@l.checkout /]
[#if settings.gantryJar().isPresent()]
[#assign jar = settings.gantryJar().get()]
      - name: Set up Java
        uses: [=l.setupJavaAction]
        with:
          distribution: temurin
          java-version: "17"
      - name: Download Gantry
        env:
          GANTRY_JAR_URL: [=gh.str(jar.url())]
          GANTRY_JAR_SHA256: [=gh.str(jar.sha256())]
        run: |
          curl -fsSL --proto '=https' --output "$RUNNER_TEMP/gantry.jar" "$GANTRY_JAR_URL"
          echo "$GANTRY_JAR_SHA256  $RUNNER_TEMP/gantry.jar" | sha256sum --check --strict
      - name: Check that the generated files are current
        env:
          ENVIRONMENT_FILE: [=gh.str(project.sourceName())]
        run: java -jar "$RUNNER_TEMP/gantry.jar" generate --check --error-format github -f "$ENVIRONMENT_FILE"
[#else]
[#-- Gantry's own action, at the release that generated this file: a tag, not a commit, since the
     release is tagged after it is built; the action checks the archive's SHA-256 checksum. --]
      - name: Set up Gantry
        uses: [=gantry.uses()]
        with:
          version: [=gh.str(gantry.version())]
      - name: Check that the generated files are current
        env:
          ENVIRONMENT_FILE: [=gh.str(project.sourceName())]
        run: gantry generate --check --error-format github -f "$ENVIRONMENT_FILE"
[/#if]
[#if hasBuild]

  build:
    name: Build, lint and test
    runs-on: [=gh.str(settings.runner())]
    steps:
[@l.checkout /]
[@l.build images /]
[@commands "Lint" settings.lint() /]
[@commands "Test" settings.test() /]
[/#if]
[#if settings.openPullRequest()]

  pull-request:
    name: Open a pull request
    needs:
      - generated
[#if hasBuild]
      - build
[/#if]
    if: github.event_name == 'push'
    runs-on: [=gh.str(settings.runner())]
    permissions:
      contents: read
      pull-requests: write
    steps:
      - name: Open a pull request unless the branch has one
        env:
          GH_TOKEN: ${{ github.token }}
          MAIN_BRANCH: [=gh.str(settings.mainBranch())]
        run: |
          open="$(gh pr list --repo "$GITHUB_REPOSITORY" --head "$GITHUB_REF_NAME" --base "$MAIN_BRANCH" \
            --state open --json number --jq '.[].number')"
          if [[ -z "$open" ]]; then
            gh pr create --repo "$GITHUB_REPOSITORY" --head "$GITHUB_REF_NAME" --base "$MAIN_BRANCH" \
              --title "$GITHUB_REF_NAME" --body "Opened by the branch workflow: its checks passed."
          fi
[/#if]
[#-- Each command a step of its own, on the runner or in a container of the checks image. --]
[#macro commands what list]
[#list list as command]
      - name: [=what] ([=command?counter] of [=list?size])
[#if settings.checksImage().isPresent()]
        env:
          IMAGE: [=gh.str(settings.checksImage().get().value())]
          COMMAND: [=gh.str(command)]
        run: docker run --rm --entrypoint /bin/sh "$REPOSITORY:$IMAGE-$IMAGE_TAG" -c "$COMMAND"
[#else]
        run: [=gh.str(command)]
[/#if]
[/#list]
[/#macro]
