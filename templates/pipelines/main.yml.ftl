[#import "/common/header.ftl" as h]
[#import "lib.ftl" as l]
[@h.header /]
#
# The main-branch pipeline (seed 002, CI and CD): build the production images once, start the
# compose stacks of the smoke-tested environments with them and run their checks, then deploy
# to AWS ECS, one environment after the other, each after its approval.
#
#   production images: [=images?join(", ")]
#   smoke-tested:      [=smokeJobs?map(j -> j.environment())?join(", ")]
#   deployed:          [=deployJobs?map(j -> j.environment() + j.approvalEnvironment()?has_content?then(" (approval: GitHub environment " + j.approvalEnvironment() + ")", ""))?join(", then ")]
name: Main

on:
  push:
    branches:
      - [=gh.str(settings.mainBranch())]
  workflow_dispatch:

[@l.common project settings /]

jobs:
[#if images?has_content]
  [=mainBuildJob]:
    name: Build the production images
    runs-on: [=gh.str(settings.runner())]
    steps:
[@l.checkout /]
[@l.build images /]
      - name: Save the images
        env:
          IMAGES: [=gh.str(images?join(" "))]
        run: |
          mkdir -p "$RUNNER_TEMP/images"
          for image in $IMAGES; do
            docker save "$REPOSITORY:$image-$IMAGE_TAG" | gzip > "$RUNNER_TEMP/images/$image.tar.gz"
          done
      - name: Keep the images for the next jobs
        uses: [=l.uploadArtifactAction]
        with:
          name: images
          path: ${{ runner.temp }}/images
          retention-days: 30
          compression-level: 0
          if-no-files-found: error
[/#if]
[#list smokeJobs as job]

  [=job.id()]:
    name: Smoke-test [=job.environment()]
[#if images?has_content]
    needs:
      - [=mainBuildJob]
[/#if]
    runs-on: [=gh.str(settings.runner())]
    env:
      COMPOSE_FILE: [=gh.str(job.composeFile())]
      COMPOSE_PROJECT_NAME: [=gh.str(job.composeProject())]
    steps:
[@l.checkout /]
[#if images?has_content]
[@l.loadImages /]
[/#if]
[#if job.variables()?has_content]
      - name: Variables of the stack (a GitHub secret of the same name, else a random value)
        env:
          VARIABLES: [=gh.str(job.variables()?join(" "))]
[#list job.variables() as variable]
          [=variable]: ${{ secrets.[=variable] }}
[/#list]
        run: |
          for name in $VARIABLES; do
            value="${!name:-}"
            if [[ -z "$value" ]]; then
              value="$(openssl rand -hex 16)"
            fi
            delimiter="gantry_$(openssl rand -hex 8)"
            printf '%s<<%s\n%s\n%s\n' "$name" "$delimiter" "$value" "$delimiter" >> "$GITHUB_ENV"
          done
[/#if]
      - name: Start the [=job.environment()] stack
        run: docker compose up --detach
[#list job.checks() as check]
      - name: Smoke check [=check?counter] of [=job.checks()?size] (service [=check.service()])
        env:
          SMOKE_URL: [=gh.str(check.url())]
          SMOKE_STATUS: "[=check.status()]"
          SMOKE_CONTAINS: [=gh.str(check.contains())]
        run: |
          body="$RUNNER_TEMP/smoke-body"
          status=""
          for _ in $(seq 1 60); do
            status="$(curl -sS -o "$body" -w '%{http_code}' "$SMOKE_URL" || true)"
            if [[ "$status" == "$SMOKE_STATUS" ]] && { [[ -z "$SMOKE_CONTAINS" ]] || grep -qF -- "$SMOKE_CONTAINS" "$body"; }; then
              echo "$SMOKE_URL answered $status"
              exit 0
            fi
            sleep 5
          done
          echo "::error::$SMOKE_URL answered ${status:-nothing} within 5 minutes, not $SMOKE_STATUS${SMOKE_CONTAINS:+ with the expected text}"
          exit 1
[/#list]
      - name: Show the state and logs of the stack
        if: failure()
        run: |
          docker compose ps --all
          docker compose logs --no-color --tail 200
      - name: Stop the stack
        if: always()
        run: docker compose down --volumes --remove-orphans
[/#list]
[#list deployJobs as job]

  [=job.id()]:
    name: Deploy [=job.environment()]
    needs:
[#list job.needs() as need]
      - [=need]
[/#list]
    runs-on: [=gh.str(settings.runner())]
[#if job.approvalEnvironment()?has_content]
    environment:
      name: [=gh.str(job.approvalEnvironment())]
[/#if]
    concurrency:
      group: [=job.id()]
      cancel-in-progress: false
    permissions:
      contents: read
      id-token: write
    env:
      ECS_CLUSTER: [=gh.str(job.cluster())]
      BUILT_IMAGES: [=gh.str(job.images()?join(" "))]
    steps:
[@l.checkout /]
[#if job.images()?has_content]
[@l.loadImages /]
[/#if]
      - name: Assume the deploy role
        uses: [=l.awsCredentialsAction]
        with:
          role-to-assume: [=gh.str(job.awsRole())]
          aws-region: [=gh.str(job.region())]
[#if job.images()?has_content]
[@l.login job.login() /]
[@l.push job.images() /]
[/#if]
      - name: Point the task definitions at this commit's images
        env:
          PROJECT_IMAGES: [=gh.str(project.images()?keys?join(" "))]
          TASK_DEFINITIONS: [=gh.str(job.services()?map(s -> s.taskDefinition())?join(" "))]
        run: |
[#noparse]
          mkdir -p "$RUNNER_TEMP/task-definitions"
          for file in $TASK_DEFINITIONS; do
            jq --arg repository "$REPOSITORY" --arg tag "$IMAGE_TAG" \
              --arg known "$PROJECT_IMAGES" --arg built "$BUILT_IMAGES" '
              ($built | split(" ")) as $built
              | .containerDefinitions |= map(. as $container
                | ([$known | split(" ")[] | select(. as $name | $container.image
                    | . == ($repository + ":" + $name) or startswith($repository + ":" + $name + "-"))]
                  | max_by(length)) as $image
                | if $image != null and any($built[]; . == $image)
                  then .image = ($repository + ":" + $image + "-" + $tag) else . end)
            ' "$file" > "$RUNNER_TEMP/task-definitions/$(basename "$file")"
          done
[/#noparse]
[#list job.services() as service]
      - name: Deploy [=service.service()] ([=service.blueGreen()?then("blue-green through CodeDeploy", "rolling")])
        env:
          TASK_DEFINITION: [=gh.str(service.taskDefinition())]
[#if service.blueGreen()]
          CODEDEPLOY_APPLICATION: [=gh.str(service.application())]
          CODEDEPLOY_GROUP: [=gh.str(service.deploymentGroup())]
          CONTAINER_PORT: "[=service.port()]"
[#else]
          ECS_SERVICE: [=gh.str(service.ecsService())]
          MIN_HEALTHY_PERCENT: "[=service.minHealthyPercent()]"
          MAX_PERCENT: "[=service.maxPercent()]"
[/#if]
        run: |
[#noparse]
          file="$RUNNER_TEMP/task-definitions/$(basename "$TASK_DEFINITION")"
          arn="$(aws ecs register-task-definition --cli-input-json "file://$file" \
            --query taskDefinition.taskDefinitionArn --output text)"
          echo "registered $arn"
[/#noparse]
[#if service.blueGreen()]
[#noparse]
          container="$(jq -r --argjson port "$CONTAINER_PORT" \
            'first(.containerDefinitions[] | select(any(.portMappings[]?; .containerPort == $port)) | .name) // empty' \
            "$file")"
          if [[ -z "$container" ]]; then
            echo "::error::no container of $TASK_DEFINITION listens on port $CONTAINER_PORT"
            exit 1
          fi
          revision="$(jq -n --arg arn "$arn" --arg container "$container" --argjson port "$CONTAINER_PORT" '
            [{TargetService: {Type: "AWS::ECS::Service", Properties: {TaskDefinition: $arn,
              LoadBalancerInfo: {ContainerName: $container, ContainerPort: $port}}}}] as $resources
            | {revisionType: "AppSpecContent",
               appSpecContent: {content: ("{\"version\":0.0,\"Resources\":" + ($resources | tojson) + "}")}}')"
          deployment="$(aws deploy create-deployment --application-name "$CODEDEPLOY_APPLICATION" \
            --deployment-group-name "$CODEDEPLOY_GROUP" --revision "$revision" --query deploymentId --output text)"
          echo "CodeDeploy deployment $deployment shifts the traffic to $arn"
          aws deploy wait deployment-successful --deployment-id "$deployment"
[/#noparse]
[#else]
[#noparse]
          aws ecs update-service --cluster "$ECS_CLUSTER" --service "$ECS_SERVICE" --task-definition "$arn" \
            --deployment-configuration "minimumHealthyPercent=$MIN_HEALTHY_PERCENT,maximumPercent=$MAX_PERCENT,deploymentCircuitBreaker={enable=true,rollback=true}" \
            --query service.serviceArn --output text
          aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$ECS_SERVICE"
[/#noparse]
[/#if]
[/#list]
[@l.notify settings "always()" "Deploy of [=job.environment()] (${IMAGE_TAG}) by ${GITHUB_REPOSITORY}: $JOB_STATUS" /]
[/#list]
