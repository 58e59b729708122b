[#-- Steps the workflows share. Actions are pinned to full commit SHAs (GitHub's hardening guide);
     override this file to move a pin. Every value from environment.yaml reaches a step through
     `env:` as gh.str(...), and scripts read it as "$NAME", so no value is ever parsed as shell. --]
[#assign checkoutAction = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"]
[#assign setupJavaAction = "actions/setup-java@c5195efecf7bdfc987ee8bae7a71cb8b11521c00 # v4.7.1"]
[#assign awsCredentialsAction = "aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2"]
[#assign uploadArtifactAction = "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2"]
[#assign downloadArtifactAction = "actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0"]

[#macro common project settings]
permissions:
  contents: read

env:
  REPOSITORY: [=gh.str(project.repository())]
  IMAGE_TAG: ${{ github.sha }}

defaults:
  run:
    shell: bash
[/#macro]

[#macro checkout]
      - name: Check out the repository
        uses: [=checkoutAction]
        with:
          persist-credentials: false
[/#macro]

[#macro build images]
[#list images as image]
      - name: Build image [=image]
        env:
          IMAGE: [=gh.str(image)]
        run: docker buildx build --load --target "$IMAGE" --tag "$REPOSITORY:$IMAGE-$IMAGE_TAG" .
[/#list]
[/#macro]

[#macro push images condition=""]
[#list images as image]
      - name: Push image [=image]
[#if condition?has_content]
        if: [=condition]
[/#if]
        env:
          IMAGE: [=gh.str(image)]
        run: docker push "$REPOSITORY:$IMAGE-$IMAGE_TAG"
[/#list]
[/#macro]

[#-- Assumes the role (when the step has one) through OIDC, then logs docker in. --]
[#macro login step condition=""]
[#if step.kind == "ecr" && step.role?has_content]
      - name: Assume the registry role
[#if condition?has_content]
        if: [=condition]
[/#if]
        uses: [=awsCredentialsAction]
        with:
          role-to-assume: [=gh.str(step.role)]
          aws-region: [=gh.str(step.region)]
[/#if]
      - name: Log in to the registry
[#if condition?has_content]
        if: [=condition]
[/#if]
        env:
          REGISTRY_HOST: [=gh.str(step.host)]
[#if step.kind == "ecr"]
          ECR_REGION: [=gh.str(step.region)]
        run: aws ecr get-login-password --region "$ECR_REGION" | docker login --username AWS --password-stdin "$REGISTRY_HOST"
[#else]
          REGISTRY_USERNAME: ${{ secrets.[=step.usernameSecret] }}
          REGISTRY_PASSWORD: ${{ secrets.[=step.passwordSecret] }}
        run: printf '%s' "$REGISTRY_PASSWORD" | docker login --username "$REGISTRY_USERNAME" --password-stdin "$REGISTRY_HOST"
[/#if]
[/#macro]

[#-- Posts TEXT (a bash double-quoted string built from the step's variables) to the Slack webhook. --]
[#macro notify settings condition text]
[#if settings.slackWebhookSecret().isPresent()]
[#assign secret = settings.slackWebhookSecret().get()]
      - name: Tell the team
        if: [=condition]
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.[=secret] }}
          JOB_STATUS: ${{ job.status }}
        run: |
          if [[ -z "$SLACK_WEBHOOK_URL" ]]; then
            echo "::warning::the secret [=secret] is not set, so nobody was told"
            exit 0
          fi
          text="[=text]"
          jq -n --arg text "$text" '{text: $text}' |
            curl -fsS -X POST -H 'Content-Type: application/json' --data @- "$SLACK_WEBHOOK_URL"
[/#if]
[/#macro]

[#macro loadImages]
      - name: Fetch the images
        uses: [=downloadArtifactAction]
        with:
          name: images
          path: ${{ runner.temp }}/images
      - name: Load the images
        run: |
          for file in "$RUNNER_TEMP"/images/*.tar.gz; do
            gunzip --stdout "$file" | docker load
          done
[/#macro]
