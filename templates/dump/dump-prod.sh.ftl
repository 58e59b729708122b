#!/usr/bin/env bash
[#import "/common/header.ftl" as h]
[@h.header /]
#
# Copies the database and the files of a production environment of [=project.name] into a local
# environment, and re-initialises the local database and files from them (seed 000):
#
#   ./dk dump-prod                                   from [=defaultFrom?has_content?then(defaultFrom, "--from ENV")] into the environment of ./dk (default [=defaultTo?has_content?then(defaultTo, "--to ENV")])
#   deploy/dump-prod.sh --from ENV --to ENV          between other environments
#   deploy/dump-prod.sh --dry-run                    print every command, run none
#   deploy/dump-prod.sh --help                       all options
#
# It reads from the source with its platform's tools (the platform CLI, docker-machine and
# docker-compose, aws, docker) and never writes there; it writes only into dev and test
# environments run with docker-compose. No credentials are written here: the platform CLI and
# aws use their own login (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...), an external database's password
# comes from the variable named in the table below, and local containers use their own env.
# DOCKER, DOCKER_COMPOSE and DOCKER_MACHINE select other binaries.
set -euo pipefail

readonly default_from=[=q.sh(defaultFrom)]
readonly default_to=[=q.sh(defaultTo)]
readonly environments=([#list environments?keys as name][=q.sh(name)][#sep] [/#sep][/#list])

# What dump-prod knows about an environment. db_source and files_source say how the database and
# the files are read from it (db_problem and files_problem why they cannot be), files_target how
# files are written into it. Values are single-quoted: a `$` or a backtick is part of the value.
# shellcheck disable=SC1003,SC2016,SC2034,SC2088
load_environment() {
[#list fields as f]
  [=f]=''
[/#list]
  case "$1" in
[#list environments as name, row]
    [=q.sh(name)])
[#list row as field, value]
      [=field]=[=q.sh(value)]
[/#list]
      ;;
[/#list]
    *) return 1 ;;
  esac
}

# The commands of each database kind, run with sh inside a container (see catalog.yaml, `dump`).
# shellcheck disable=SC2016
load_engine() {
  case "$1" in
[#list engines as kind, commands]
    [=q.sh(kind)])
[#list commands as name, command]
      [=name]=[=q.sh(command)]
[/#list]
      ;;
[/#list]
    *) return 1 ;;
  esac
}
[#noparse]

usage() {
  cat <<USAGE
Usage: $0 [--from ENV] [--to ENV] [--skip-db] [--skip-files] [--keep-dump] [--db-host HOST[:PORT]] [--dry-run]

Copies the database and the files of ENV (default: ${default_from:-none}) into a local environment
(default: ${default_to:-none}), replacing the local database and files.

  --from ENV              the environment to copy from; it is only read
  --to ENV                the dev or test environment to copy into
  --skip-db               leave the database alone
  --skip-files            leave the files alone
  --keep-dump             keep the downloaded dump and files (their folder is printed)
  --db-host HOST[:PORT]   reach an external source database here instead, e.g. through an
                          SSH tunnel (ssh -L 13306:db.internal:3306 bastion, then 127.0.0.1:13306)
  --dry-run               print every command, run none
  -h, --help              print this help

Environments: ${environments[*]}
USAGE
}

say() {
  printf 'dump-prod: %s\n' "$*" >&2
}

fail() {
  say "$1"
  exit "${2:-1}"
}

from=''
to=''
db_host_option=''
skip_db=0
skip_files=0
keep_dump=0
dry_run=0

set_option() {
  case "$1" in
    --from) from="$2" ;;
    --to) to="$2" ;;
    --db-host) db_host_option="$2" ;;
  esac
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --from | --to | --db-host)
      [[ $# -ge 2 && -n "$2" ]] || fail "$1 needs a value" 2
      set_option "$1" "$2"
      shift 2
      ;;
    --from=?* | --to=?* | --db-host=?*) set_option "${1%%=*}" "${1#*=}"; shift ;;
    --skip-db) skip_db=1; shift ;;
    --skip-files) skip_files=1; shift ;;
    --keep-dump) keep_dump=1; shift ;;
    --dry-run) dry_run=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'dump-prod: unknown argument: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
  esac
done

read -r -a docker <<< "${DOCKER:-docker}"
read -r -a docker_compose <<< "${DOCKER_COMPOSE:-docker-compose}"
read -r -a docker_machine <<< "${DOCKER_MACHINE:-docker-machine}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Prints a word as the shell reads it back: as it is when that is safe, else single-quoted.
quote() {
  local escaped="'\\''"
  if [[ "$1" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
    printf ' %s' "$1"
  else
    printf " '%s'" "${1//\'/$escaped}"
  fi
}

# execute IN OUT COMMAND...: prints COMMAND, each word shell-quoted, with its input and output
# files (either may be empty), then runs it unless this is a dry run.
execute() {
  local in="$1" out="$2" word
  shift 2
  {
    printf '+'
    for word in "$@"; do
      quote "$word"
    done
    [[ -z "$in" ]] || { printf ' <'; quote "$in"; }
    [[ -z "$out" ]] || { printf ' >'; quote "$out"; }
    printf '\n'
  } >&2
  if [[ "$dry_run" -eq 0 ]]; then
    "$@" < "${in:-/dev/stdin}" > "${out:-/dev/stdout}"
  fi
}

run() {
  execute '' '' "$@"
}

# need COMMAND WHAT-TO-DO: stops with a clear message when COMMAND is not installed.
need() {
  if [[ "$dry_run" -eq 0 ]] && ! command -v "$1" > /dev/null 2>&1; then
    fail "$1 is not installed: $2"
  fi
}

check_environment() {
  local name
  for name in "${environments[@]}"; do
    [[ "$name" == "$1" ]] && return 0
  done
  fail "no environment '$1'; environments: ${environments[*]}" 2
}

from="${from:-$default_from}"
to="${to:-$default_to}"
[[ -n "$from" ]] || fail "there is no prod environment to copy from: give --from ENV" 2
[[ -n "$to" ]] || fail "there is no dev environment run with docker-compose: give --to ENV" 2
check_environment "$from"
check_environment "$to"

# The environment written to, first: only what the import needs.
load_environment "$to"
case "$kind" in
  staging | prod) fail "dump-prod only writes to dev and test environments; $to is a $kind environment" 2 ;;
esac
[[ "$from" != "$to" ]] || fail "--from and --to name the same environment, $to" 2
[[ -n "$uses_compose" ]] || fail "dump-prod writes only to environments run with docker-compose, and $to has no compose target" 2
readonly to_compose=("${docker_compose[@]}" -f "$compose_file" -p "$compose_project")
to_db_service="$db_service"
to_db_kind="$db_kind"
to_db_format="$db_format"
to_files_target="$files_target"
to_files_service="$files_service"
to_files_mount="$files_mount"
to_bucket="$bucket"

# Then the environment read from.
load_environment "$from"
[[ -n "$platform" ]] || fail "dump-prod cannot read from $from: it has none of the targets platformsh, upsun, docker-machine, ecs, compose"
if [[ -n "$db_host_option" ]]; then
  [[ "$db_host_option" =~ ^[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]] || fail "--db-host takes HOST or HOST:PORT, not '$db_host_option'" 2
  [[ "$db_source" == client ]] || fail "--db-host applies to an external source database, and the database of $from is not one" 2
  db_host="${db_host_option%%:*}"
  [[ "$db_host_option" != *:* ]] || db_port="${db_host_option##*:}"
fi
platform_args=(--environment "${PLATFORM_ENVIRONMENT:-main}" --yes)
if [[ -n "${PLATFORM_PROJECT:-}" ]]; then
  platform_args+=(--project "$PLATFORM_PROJECT")
fi

# What to copy, checked before anything runs.
copy_db=0
copy_files=0
if [[ "$skip_db" -eq 0 ]]; then
  if [[ -z "$db_service" && -z "$to_db_service" ]]; then
    say "neither $from nor $to has a database: nothing to copy there"
  else
    [[ -n "$db_service" ]] || fail "$from has no database to copy into $to (--skip-db copies the files only)"
    [[ -n "$to_db_service" ]] || fail "$to has no database to import the one of $from into (--skip-db copies the files only)"
    [[ -z "$db_problem" ]] || fail "$db_problem (--skip-db copies the files only)"
    [[ "$db_format" == "$to_db_format" ]] \
      || fail "the database of $from is $db_kind, which cannot be imported into $to_db_kind, the database of $to"
    copy_db=1
  fi
fi
if [[ "$skip_files" -eq 0 ]]; then
  if [[ -z "$files_source" && -z "$files_problem" && -z "$to_files_target" ]]; then
    say "the project has no file storage: no files to copy"
  else
    [[ -z "$files_problem" ]] || fail "$files_problem (--skip-files copies the database only)"
    [[ -n "$to_files_target" ]] || fail "$to has no file storage to copy the files of $from into (--skip-files copies the database only)"
    if [[ "$to_files_target" == volume && -z "$to_files_service" ]]; then
      fail "no service of $to built from this project's images mounts its storage, so there is no container to copy the files into"
    fi
    copy_files=1
  fi
fi
if [[ "$copy_db" -eq 0 && "$copy_files" -eq 0 ]]; then
  say "nothing to copy"
  exit 0
fi

need "${docker_compose[0]}" "install it (Debian: apt-get install docker-compose), or set DOCKER_COMPOSE, e.g. DOCKER_COMPOSE='docker compose'"
[[ "$platform" != docker-machine ]] || need "${docker_machine[0]}" "install docker-machine (https://github.com/docker/machine), or set DOCKER_MACHINE"
if [[ "$db_source" == platformsh && "$copy_db" -eq 1 ]] || [[ "$files_source" == platform-mount && "$copy_files" -eq 1 ]]; then
  need "$platform_cli" "install the command-line client of $platform, $platform_cli (see its documentation), then log in with: $platform_cli login"
fi
if [[ "$db_source" == client && "$copy_db" -eq 1 ]]; then
  need "${docker[0]}" "install Docker (https://docs.docker.com/engine/install/), or set DOCKER"
  if [[ "$dry_run" -eq 0 && -z "${!db_password_variable:-}" ]]; then
    fail "set $db_password_variable to the password of $db_user on $db_host (the database of $from): it is read from the environment only"
  fi
fi
if [[ "$files_source" == aws && "$copy_files" -eq 1 ]]; then
  need aws "install the AWS CLI (Debian: apt-get install awscli); it takes credentials from AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/dump-prod.XXXXXX")"
cleanup() {
  if [[ "$keep_dump" -eq 1 && "$dry_run" -eq 0 ]]; then
    say "the dump and the files are kept in $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
readonly files_dir="$work/files"
mkdir -p "$files_dir"

# The source's compose commands, on the Docker engine of its machine for docker-machine: its
# settings are parsed from `docker-machine env`, never evaluated.
source_compose=("${docker_compose[@]}" -f "$compose_file" -p "$compose_project")
if [[ "$platform" == docker-machine ]] && { [[ "$db_source" == exec && "$copy_db" -eq 1 ]] || [[ "$files_source" == tar && "$copy_files" -eq 1 ]]; }; then
  execute '' "$work/machine.env" "${docker_machine[@]}" env --shell bash "$machine"
  if [[ "$dry_run" -eq 0 ]]; then
    machine_env=()
    while IFS= read -r line; do
      if [[ "$line" =~ ^export\ (DOCKER_TLS_VERIFY|DOCKER_HOST|DOCKER_CERT_PATH|DOCKER_MACHINE_NAME)=\"(.*)\"$ ]]; then
        machine_env+=("${BASH_REMATCH[1]}=${BASH_REMATCH[2]}")
      fi
    done < "$work/machine.env"
    [[ "${#machine_env[@]}" -gt 0 ]] || fail "docker-machine env $machine printed no Docker settings: is the machine running? (docker-machine status $machine)"
    source_compose=(env "${machine_env[@]}" "${source_compose[@]}")
  else
    say "the commands on $from run with the Docker settings that docker-machine env $machine prints"
  fi
fi

dump_database() {
  local dump="$1"
  case "$db_source" in
    platformsh) run "$platform_cli" db:dump --app "$platform_db_app" --relationship "$db_relationship" --file "$dump" "${platform_args[@]}" ;;
    exec)
      load_engine "$db_kind"
      execute '' "$dump" "${source_compose[@]}" exec -T "$db_service" sh -c "$dump_command"
      ;;
    client)
      load_engine "$db_kind"
      DUMP_PASSWORD="${!db_password_variable:-}"
      export DUMP_PASSWORD
      execute '' "$dump" "${docker[@]}" run --rm --network host -e DUMP_PASSWORD "$db_image" \
        sh -c "$client_dump_command" sh "$db_host" "$db_port" "$db_user" "$db_name"
      unset DUMP_PASSWORD
      ;;
  esac
}

dump_files() {
  case "$files_source" in
    aws)
      local region_args=()
      [[ -z "$region" ]] || region_args=(--region "$region")
      run aws s3 sync "s3://$bucket" "$files_dir" --only-show-errors ${region_args[@]+"${region_args[@]}"}
      ;;
    minio) run "${source_compose[@]}" run --rm -v "$files_dir:/export" s3-init mirror --quiet "local/$bucket" /export ;;
    platform-mount) run "$platform_cli" mount:download --app "$platform_files_app" --mount "$platform_mount" --target "$files_dir" "${platform_args[@]}" ;;
    tar)
      execute '' "$work/files.tar" "${source_compose[@]}" exec -T "$files_service" tar -C "$files_mount" -cf - .
      run tar -C "$files_dir" -xf "$work/files.tar"
      ;;
  esac
}

import_database() {
  local dump="$1"
  if [[ "$dry_run" -eq 0 && -z "$("${to_compose[@]}" ps -q "$to_db_service")" ]]; then
    fail "the database $to_db_service of $to is not running: start it first (./dk --env $to start)"
  fi
  load_engine "$to_db_kind"
  execute "$dump" '' "${to_compose[@]}" exec -T "$to_db_service" sh -c "$import_command" sh "$db_name"
}

import_files() {
  case "$to_files_target" in
    minio)
      run "${to_compose[@]}" run --rm -v "$files_dir:/import:ro" s3-init \
        mirror --quiet --overwrite --remove /import "local/$to_bucket"
      ;;
    volume)
      # shellcheck disable=SC2016
      run "${to_compose[@]}" run --rm --no-deps -T -v "$files_dir:/import:ro" --entrypoint sh "$to_files_service" \
        -c 'find "$1" -mindepth 1 -delete && cp -a /import/. "$1"/' sh "$to_files_mount"
      ;;
  esac
}

# Everything is read first, so that nothing local changes when a download fails.
dump="$work/$from.dump"
if [[ "$copy_db" -eq 1 ]]; then
  say "reading the database $db_service of $from ($platform)"
  dump_database "$dump"
  if [[ -n "$sanitize" ]]; then
    say "sanitising it with the command of $from"
    execute "$dump" "$work/sanitized.dump" bash -c "$sanitize"
  fi
fi
if [[ "$copy_files" -eq 1 ]]; then
  say "reading the files of $from ($platform)"
  dump_files
fi
if [[ "$copy_db" -eq 1 ]]; then
  [[ -z "$sanitize" ]] || dump="$work/sanitized.dump"
  if [[ "$dry_run" -eq 0 && ! -s "$dump" ]]; then
    fail "the dump of $from is empty; nothing was imported"
  fi
  say "replacing the database $to_db_service of $to"
  import_database "$dump"
fi
if [[ "$copy_files" -eq 1 ]]; then
  say "replacing the files of $to"
  import_files
fi
if [[ "$dry_run" -eq 1 ]]; then
  say "dry run: nothing was run"
else
  say "done: $to has the data of $from"
fi
[/#noparse]
