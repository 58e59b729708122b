#!/usr/bin/env bash
[#import "/common/header.ftl" as h]
[@h.header /]
#
# The developer's entry point to the local environments of [=project.name]: a Vagrant-like
# tool tailored to Docker. `./dk help` lists the verbs; every verb prints the docker or
# docker-compose command it runs. DOCKER and DOCKER_COMPOSE select other binaries.
set -euo pipefail

readonly repository=[=q.sh(project.repository())]
readonly default_environment=[=q.sh(defaultEnvironment)]
# Three fields per environment: name, compose file, compose project name.
readonly environments=(
[#list environments as e]
  [=q.sh(e.name)] [=q.sh(e.file)] [=q.sh(e.projectName)]
[/#list]
)

# The services of an environment, and the images it builds locally (which `start` needs); where
# they mount build secrets, which docker-compose 1.x cannot pass, how docker builds each of them
# (four fields each: tag, target, build arguments and secrets, space-separated).
load_environment() {
  case "$1" in
[#list environments as e]
    [=q.sh(e.name)])
      services=([#list e.services as s][=q.sh(s)][#sep] [/#sep][/#list])
      images=([#list e.images as i][=q.sh(i)][#sep] [/#sep][/#list])
      docker_builds=([#list e.builds as b][=q.sh(b.tag)] [=q.sh(b.target)] [=q.sh(b.args?join(" "))] [=q.sh(b.secrets?join(" "))][#sep] [/#sep][/#list])
      ;;
[/#list]
    *) return 1 ;;
  esac
}
[#noparse]

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
read -r -a docker_cmd <<< "${DOCKER:-docker}"
read -r -a compose_cmd <<< "${DOCKER_COMPOSE:-docker-compose}"

usage() {
  cat <<'USAGE'
Usage: ./dk [--env ENV] VERB [ARGS...]

Verbs:
  build                         build the images of ENV (docker-compose build)
  build IMAGE|IMAGE:N ...       build single stages, to debug them (.docker/build-stages.sh)
  start                         start ENV in the background
  stop                          stop ENV; its containers and data stay
  status                        list the containers of ENV and their health
  logs [SERVICE]                follow the logs of every service, or of one
  shell [SERVICE]               a temporary container of SERVICE; changes vanish on exit
  shell --persistent [SERVICE]  a named container that stays; run it again to return to it
  exec SERVICE COMMAND...       run COMMAND in the running container of SERVICE
  commit SERVICE [TAG]          save SERVICE's running container as an image
  destroy [--yes]               remove the containers, networks and volumes (data) of ENV
  dump-prod [ARGS...]           replace the database and files of ENV with production's
                                (deploy/dump-prod.sh --to ENV; dump-prod --help for ARGS)
  help                          this text
USAGE
  printf '\nEnvironments:'
  local i
  for ((i = 0; i < ${#environments[@]}; i += 3)); do
    printf ' %s' "${environments[i]}"
  done
  printf ' (default: %s)\n' "$default_environment"
}

fail() {
  printf 'dk: %s\n' "$1" >&2
  exit "${2:-1}"
}

# Prints a command, shell-quoted, then runs it.
run() {
  printf '+'
  printf ' %q' "$@"
  printf '\n'
  "$@"
}

select_environment() {
  local wanted="$1" i
  for ((i = 0; i < ${#environments[@]}; i += 3)); do
    if [[ "${environments[i]}" == "$wanted" ]]; then
      environment="${environments[i]}"
      compose_file="${environments[i + 1]}"
      project_name="${environments[i + 2]}"
      load_environment "$environment"
      return 0
    fi
  done
  fail "no environment '$wanted'; run ./dk help for the list" 2
}

compose() {
  run "${compose_cmd[@]}" -f "$root/$compose_file" -p "$project_name" "$@"
}

check_service() {
  local s
  for s in "${services[@]}"; do
    [[ "$s" == "$1" ]] && return 0
  done
  fail "environment $environment has no service '$1'; its services: ${services[*]}" 2
}

default_service() {
  printf '%s' "${services[0]}"
}

# Builds the images with docker itself, passing each build secret from the variable of its name.
docker_build_all() {
  local i arg secret command
  for ((i = 0; i < ${#docker_builds[@]}; i += 4)); do
    command=("${docker_cmd[@]}" build --target "${docker_builds[i + 1]}" -t "${docker_builds[i]}")
    for arg in ${docker_builds[i + 2]}; do
      command+=(--build-arg "$arg")
    done
    for secret in ${docker_builds[i + 3]}; do
      [[ -n "${!secret:-}" ]] || fail "building ${docker_builds[i]} needs the build secret $secret: export it first"
      command+=(--secret "id=$secret,env=$secret")
    done
    run "${command[@]}" "$root"
  done
}

verb_build() {
  if [[ $# -eq 0 && ${#docker_builds[@]} -gt 0 ]]; then
    docker_build_all
  elif [[ $# -eq 0 ]]; then
    compose build
  elif [[ -x "$root/.docker/build-stages.sh" ]]; then
    run "$root/.docker/build-stages.sh" "$@"
  else
    fail "this project builds no images in stages"
  fi
}

verb_start() {
  local image missing=()
  for image in "${images[@]}"; do
    "${docker_cmd[@]}" image inspect "$image" > /dev/null 2>&1 || missing+=("$image")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    printf 'dk: the images of %s are not built yet: %s\n' "$environment" "${missing[*]}" >&2
    fail "build them first: ./dk --env $environment build"
  fi
  compose up -d
}

verb_logs() {
  if [[ $# -gt 0 ]]; then
    check_service "$1"
  fi
  compose logs -f --tail=100 "$@"
}

verb_shell() {
  local persistent=0
  if [[ "${1:-}" == "--persistent" ]]; then
    persistent=1
    shift
  fi
  local service="${1:-$(default_service)}"
  check_service "$service"
  if [[ "$persistent" -eq 0 ]]; then
    printf 'dk: a temporary container of %s: changes vanish when you exit.\n' "$service" >&2
    printf 'dk: to keep them, use ./dk shell --persistent %s, or ./dk commit %s to save a running container.\n' \
      "$service" "$service" >&2
    compose run --rm --entrypoint /bin/sh "$service"
    return
  fi
  local name="$project_name-$service-shell"
  if "${docker_cmd[@]}" container inspect "$name" > /dev/null 2>&1; then
    printf 'dk: back to the persistent container %s.\n' "$name" >&2
    run "${docker_cmd[@]}" start -ai "$name"
  else
    printf 'dk: the container %s stays after you exit; run this again to return to it.\n' "$name" >&2
    compose run --name "$name" --entrypoint /bin/sh "$service"
  fi
}

verb_exec() {
  [[ $# -ge 2 ]] || fail "usage: ./dk exec SERVICE COMMAND..." 2
  check_service "$1"
  compose exec "$@"
}

verb_commit() {
  [[ $# -ge 1 && $# -le 2 ]] || fail "usage: ./dk commit SERVICE [TAG]" 2
  local service="$1" tag="${2:-snapshot-$(date -u +%Y%m%d-%H%M%S)}" container
  check_service "$service"
  [[ "$tag" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}$ ]] || fail "'$tag' is not a valid image tag" 2
  container="$("${compose_cmd[@]}" -f "$root/$compose_file" -p "$project_name" ps -q "$service" | head -n 1)"
  if [[ -z "$container" ]] && "${docker_cmd[@]}" container inspect "$project_name-$service-shell" > /dev/null 2>&1; then
    container="$project_name-$service-shell"
  fi
  [[ -n "$container" ]] || fail "$service is not running in $environment: ./dk --env $environment start"
  run "${docker_cmd[@]}" commit "$container" "$repository:$service-$tag"
  printf 'dk: saved as %s; use it as the image of a service to start from it.\n' "$repository:$service-$tag" >&2
}

verb_destroy() {
  if [[ "${1:-}" != "--yes" ]]; then
    [[ -t 0 ]] || fail "destroy deletes all data of $environment; pass --yes to confirm without a terminal" 2
    local answer
    read -r -p "Remove the containers, networks and volumes (all data) of $environment? [y/N] " answer
    [[ "$answer" == "y" || "$answer" == "Y" ]] || fail "nothing removed"
  fi
  compose down --volumes --remove-orphans
}

verb_dump_prod() {
  [[ -x "$root/deploy/dump-prod.sh" ]] || fail "this project has no database or file storage to copy (no deploy/dump-prod.sh)"
  run "$root/deploy/dump-prod.sh" --to "$environment" "$@"
}

environment_name="$default_environment"
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --env)
      [[ $# -ge 2 ]] || fail "--env needs an environment name" 2
      environment_name="$2"
      shift 2
      ;;
    --help) usage; exit 0 ;;
    *) fail "unknown option $1; run ./dk help" 2 ;;
  esac
done
select_environment "$environment_name"

verb="${1:-help}"
[[ $# -gt 0 ]] && shift
case "$verb" in
  build) verb_build "$@" ;;
  start) verb_start ;;
  stop) compose stop ;;
  status) compose ps ;;
  logs) verb_logs "$@" ;;
  shell) verb_shell "$@" ;;
  exec) verb_exec "$@" ;;
  commit) verb_commit "$@" ;;
  destroy) verb_destroy "$@" ;;
  dump-prod) verb_dump_prod "$@" ;;
  help | -h) usage ;;
  *) fail "unknown verb '$verb'; run ./dk help" 2 ;;
esac
[/#noparse]
