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

# The databases upgrade-db carries between versions, per environment: for each, the image the
# compose file runs, its data volume and database, and the catalog's commands that dump it in its
# container and import a dump into it ("$1": the database's name). `load_databases ENV [SERVICE]`
# sets db_services, and the db_ values of SERVICE. Values are single-quoted: a `$` is part of the
# command, expanded in the container.
# shellcheck disable=SC2016
load_databases() {
  db_services=() db_image='' db_volume='' db_name='' db_dump='' db_import=''
[#if environments?filter(e -> e.databases?has_content)?has_content]
  case "$1" in
[#list environments?filter(e -> e.databases?has_content) as e]
    [=q.sh(e.name)]) db_services=([#list e.databases as d][=q.sh(d.service)][#sep] [/#sep][/#list]) ;;
[/#list]
  esac
[/#if]
  case "$1/${2:-}" in
[#list environments as e]
[#list e.databases as d]
    [=q.sh(e.name + "/" + d.service)])
      db_image=[=q.sh(d.image)]
      db_volume=[=q.sh(d.volume)]
      db_name=[=q.sh(d.database)]
      db_dump=[=q.sh(d.dump)]
      db_import=[=q.sh(d.import)]
      ;;
[/#list]
[/#list]
    *) [[ -z "${2:-}" ]] ;; # status 1: no such database
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
  upgrade-db [SERVICE] [--from IMAGE]
                                carry a database's data to the version the compose file now
                                runs: dump, fresh volume, import; the old volume stays
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

# Stops with one line when the Docker engine does not answer, before the first docker or docker-compose
# command: docker-compose would fail with a long Python traceback, and `start` would take every image
# for missing. Asked once a run.
engine_answered=0
need_engine() {
  [[ "$engine_answered" -eq 0 ]] || return 0
  command -v "${docker_cmd[0]}" > /dev/null 2>&1 \
    || fail "${docker_cmd[0]} is not installed: install Docker (https://docs.docker.com/engine/install/), or set DOCKER"
  local reason
  if ! reason="$("${docker_cmd[@]}" version --format '{{.Server.Version}}' 2>&1 > /dev/null)"; then
    fail "the Docker engine does not answer${reason:+ (${reason##*$'\n'})}: start it, or check DOCKER_HOST and that you may use it"
  fi
  engine_answered=1
}

compose() {
  need_engine
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
    need_engine
    run "$root/.docker/build-stages.sh" "$@"
  else
    fail "this project builds no images in stages"
  fi
}

verb_start() {
  local image missing=()
  need_engine
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
  need_engine
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
  need_engine
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

# Whether dump-prod's arguments ask it only to show something (a dry run, its help): no engine needed.
only_shows() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      --dry-run | --help | -h) return 0 ;;
    esac
  done
  return 1
}

verb_dump_prod() {
  [[ -x "$root/deploy/dump-prod.sh" ]] || fail "this project has no database or file storage to copy (no deploy/dump-prod.sh)"
  only_shows "$@" || need_engine
  run "$root/deploy/dump-prod.sh" --to "$environment" "$@"
}

# Prints a command, shell-quoted, then runs it with its output into the file $1.
run_into() {
  local file="$1"
  shift
  printf '+'
  printf ' %q' "$@"
  printf ' > %q\n' "$file"
  "$@" > "$file"
}

# Waits until the container of service $1 reports healthy (DK_WAIT seconds at most, default 300).
wait_healthy() {
  local container state deadline=$((SECONDS + ${DK_WAIT:-300}))
  container="$("${compose_cmd[@]}" -f "$root/$compose_file" -p "$project_name" ps -q "$1" | head -n 1)"
  [[ -n "$container" ]] || fail "$1 did not start; see ./dk --env $environment logs $1"
  while :; do
    state="$("${docker_cmd[@]}" inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$container")"
    case "$state" in
      healthy) return 0 ;;
      unhealthy | exited | dead) fail "$1 is $state; see ./dk --env $environment logs $1" ;;
    esac
    ((SECONDS < deadline)) || fail "$1 is not healthy after ${DK_WAIT:-300}s (it is $state); see ./dk --env $environment logs $1"
    sleep 2
  done
}

# Carries a database's data from the version its container ran to the one the compose file now runs:
# dumps it from the old version, moves the old volume aside, starts the new version on a fresh
# volume and imports the dump. The old data stays in a volume of its own until the user removes it.
verb_upgrade_db() {
  local service='' from='' usage='usage: ./dk upgrade-db [SERVICE] [--from IMAGE]'
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --from)
        [[ $# -ge 2 ]] || fail "$usage" 2
        from="$2"
        shift 2
        ;;
      -*) fail "unknown option $1; $usage" 2 ;;
      *)
        [[ -z "$service" ]] || fail "$usage" 2
        service="$1"
        shift
        ;;
    esac
  done
  need_engine
  load_databases "$environment"
  if [[ -z "$service" ]]; then
    [[ ${#db_services[@]} -gt 0 ]] || fail "$environment runs no database in a container"
    [[ ${#db_services[@]} -eq 1 ]] || fail "$environment runs several databases; name one: ${db_services[*]}" 2
    service="${db_services[0]}"
  fi
  load_databases "$environment" "$service" \
    || fail "$service is no database that $environment runs in a container; its databases: ${db_services[*]:-none}" 2

  # The old version: the image the service's container was made from (before a ./dk start made it anew).
  local container
  container="$("${docker_cmd[@]}" ps -aq --filter "label=com.docker.compose.project=$project_name" \
    --filter "label=com.docker.compose.service=$service" | head -n 1)"
  if [[ -z "$from" ]]; then
    [[ -n "$container" ]] || fail "$environment has no container of $service to tell the version its data is from;\
 give it: ./dk --env $environment upgrade-db $service --from ${db_image%:*}:VERSION" 2
    from="$("${docker_cmd[@]}" inspect --format '{{.Config.Image}}' "$container")"
  fi
  [[ "$from" =~ ^[A-Za-z0-9][A-Za-z0-9._/:-]*:[A-Za-z0-9_][A-Za-z0-9._-]*$ ]] \
    || fail "'$from' is not an image with a tag, e.g. ${db_image%:*}:VERSION" 2
  [[ "${from%:*}" == "${db_image%:*}" ]] \
    || fail "the data of $service is from $from, and $environment now runs $db_image: upgrade-db moves data between versions of one database" 2
  if [[ "$from" == "$db_image" ]]; then
    printf 'dk: %s of %s already runs %s, the version of %s: nothing to do.\n' "$service" "$environment" \
      "$db_image" "$compose_file" >&2
    fail "if ./dk start made it anew on data of another version, give that one: --from ${db_image%:*}:VERSION" 0
  fi

  local volume backup
  volume="$("${docker_cmd[@]}" volume ls -q --filter "label=com.docker.compose.project=$project_name" \
    --filter "label=com.docker.compose.volume=$db_volume" | head -n 1)"
  [[ -n "$volume" ]] || fail "$environment has no volume $db_volume, so no data to carry over; ./dk --env $environment start starts $db_image"
  backup="$volume-${from##*:}"
  if "${docker_cmd[@]}" volume inspect "$backup" > /dev/null 2>&1; then
    fail "volume $backup is there already (an earlier upgrade-db?); remove it first: docker volume rm $backup"
  fi

  local dir
  dir="$(mktemp -d)"
  # shellcheck disable=SC2064 # the folder is known now, and the trap runs after this function returns
  trap "rm -rf $(printf '%q' "$dir")" EXIT
  printf 'services:\n  %s:\n    image: "%s"\n' "$service" "$from" > "$dir/old-version.yml"
  printf 'dk: carrying %s of %s from %s to %s; the environment stops meanwhile.\n' "$service" "$environment" \
    "$from" "$db_image" >&2

  compose stop
  run "${compose_cmd[@]}" -f "$root/$compose_file" -f "$dir/old-version.yml" -p "$project_name" up -d --no-deps "$service"
  wait_healthy "$service"
  run_into "$dir/dump" "${compose_cmd[@]}" -f "$root/$compose_file" -p "$project_name" exec -T "$service" sh -c "$db_dump"
  [[ -s "$dir/dump" ]] || fail "the dump of $service is empty; nothing was changed ($from still runs on its data)"

  compose rm --stop --force "$service"
  run "${docker_cmd[@]}" volume create "$backup"
  run "${docker_cmd[@]}" run --rm -v "$volume:/from:ro" -v "$backup:/to" --entrypoint sh "$from" -c 'cp -a /from/. /to/'
  run "${docker_cmd[@]}" volume rm "$volume"
  compose up -d --no-deps "$service"
  wait_healthy "$service"
  compose exec -T "$service" sh -c "$db_import" sh "$db_name" < "$dir/dump"

  printf 'dk: %s of %s runs %s with the data of %s.\n' "$service" "$environment" "$db_image" "$from" >&2
  printf 'dk: the old data stays in volume %s; once %s works, remove it: docker volume rm %s\n' "$backup" \
    "$environment" "$backup" >&2
  printf 'dk: start the rest of %s: ./dk --env %s start\n' "$environment" "$environment" >&2
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
  upgrade-db) verb_upgrade_db "$@" ;;
  help | -h) usage ;;
  *) fail "unknown verb '$verb'; run ./dk help" 2 ;;
esac
[/#noparse]
