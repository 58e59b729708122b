#!/usr/bin/env bash
[#import "/common/header.ftl" as h]
[@h.header /]
#
# Environment [=environment]: brings up its docker-machine hosts (driver [=driver]) and deploys
# [=composeFile] on each of them as compose project [=composeProject] (pull, then up -d).
#
#   [=script]            create missing machines, start stopped ones, deploy
#   [=script] --dry-run  print the commands instead of running them
#
# It can run again at any time: an existing machine is never created again, and a setting that
# differs from [=project.sourceName()] is reported, not applied (to apply one, remove the machine
# with `docker-machine rm NAME` and run this script again).
#
# No credentials are written here; docker-machine takes them from the environment:
[#list credentials as line]
#   [=line]
[/#list]
#
# DOCKER_MACHINE and DOCKER_COMPOSE select the commands (default: docker-machine and
# docker-compose; e.g. DOCKER_COMPOSE="docker compose").
set -euo pipefail

readonly source_file=[=q.sh(project.sourceName())]
readonly compose_file=[=q.sh(composeFile)]
readonly compose_project=[=q.sh(composeProject)]
readonly machines=(
[#list machines as machine]
  [=q.sh(machine)]
[/#list]
)
# The arguments of `docker-machine create` before the machine name. Values are single-quoted:
# a `$` or a backtick in them is part of the value.
# shellcheck disable=SC2016
readonly create_args=(
[#list createArgs as arg]
  [=arg.flag][#if arg.value??] [#if arg.home]"$HOME"/[/#if][=q.sh(arg.value)][/#if]
[/#list]
)
# Settings compared with each existing machine, three fields each: the key in the source file,
# the `docker-machine inspect` format that reads it back, and the value the source file gives.
# shellcheck disable=SC2016
readonly drift_checks=(
[#list driftChecks as check]
  [=q.sh(check.key)] [=q.sh(check.format)] [=q.sh(check.expected)]
[/#list]
)
# 1 when the driver sets up an existing host, which docker-machine cannot start when it is down.
readonly existing_host=[#if existingHost]1[#else]0[/#if]
[#if builds]
# The project's images are built on each machine from this folder, again on every deploy.
readonly up_flags=(--build)
[#else]
readonly up_flags=()
[/#if]

[#noparse]
usage() {
  cat <<USAGE
Usage: $0 [--dry-run]

Brings up the machines ${machines[*]} and deploys $compose_file
on each of them as compose project $compose_project.

  --dry-run   print the commands instead of running them; nothing is run, not even queries,
              so the commands shown are those for machines that do not exist yet
  -h, --help  print this help
USAGE
}

dry_run=0
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=1 ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'deploy.sh: unknown argument: %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

read -r -a docker_machine <<< "${DOCKER_MACHINE:-docker-machine}"
read -r -a docker_compose <<< "${DOCKER_COMPOSE:-docker-compose}"
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

say() {
  printf 'deploy.sh: %s\n' "$*" >&2
}

fail() {
  say "$*"
  exit 1
}

# Prints a command, each word shell-quoted, then runs it unless this is a dry run.
run() {
  { printf '+'; printf ' %q' "$@"; printf '\n'; } >&2
  if [[ "$dry_run" -eq 0 ]]; then
    "$@"
  fi
}

drifted=0

# Reports each setting of an existing machine that differs from the source file.
report_drift() {
  local name="$1" i actual
  for ((i = 0; i < ${#drift_checks[@]}; i += 3)); do
    actual="$("${docker_machine[@]}" inspect --format "${drift_checks[i + 1]}" "$name")" \
      || fail "cannot read ${drift_checks[i]} of machine $name (see above)"
    if [[ "$actual" != "${drift_checks[i + 2]}" && "$actual" != '<no value>' ]]; then
      say "warning: machine $name has ${drift_checks[i]} '$actual', but $source_file says '${drift_checks[i + 2]}'; the machine is left as it is"
      drifted=$((drifted + 1))
    fi
  done
}

# Creates the machine when docker-machine does not know it; starts it when it is stopped; then
# reports how an existing machine differs from the source file.
bring_up() {
  local name="$1" state
  if [[ "$dry_run" -eq 1 ]] || ! "${docker_machine[@]}" inspect "$name" > /dev/null 2>&1; then
    run "${docker_machine[@]}" create "${create_args[@]}" "$name"
    return
  fi
  state="$("${docker_machine[@]}" status "$name")" || fail "cannot read the state of machine $name (see above)"
  case "$state" in
    Running) ;;
    Stopped)
      if [[ "$existing_host" -eq 1 ]]; then
        fail "machine $name does not answer on its SSH port, and docker-machine cannot start an existing host: check the host, then run this script again"
      fi
      run "${docker_machine[@]}" start "$name"
      ;;
    *) fail "machine $name is in state '$state', not Running or Stopped: resolve that (docker-machine status, start, restart, or rm to create it anew), then run this script again" ;;
  esac
  report_drift "$name"
}

# Selects the machine's Docker engine (DOCKER_HOST and its TLS settings, parsed from
# `docker-machine env`, never evaluated) and runs the compose file on it.
deploy() {
  local name="$1" output='' line
  local -x DOCKER_TLS_VERIFY DOCKER_HOST DOCKER_CERT_PATH DOCKER_MACHINE_NAME
  if [[ "$dry_run" -eq 1 ]]; then
    run "${docker_machine[@]}" env --shell bash "$name"
  elif ! output="$("${docker_machine[@]}" env --shell bash "$name")"; then
    say "docker-machine env $name failed; regenerating its certificates, since its IP address may have changed"
    run "${docker_machine[@]}" regenerate-certs -f "$name"
    output="$("${docker_machine[@]}" env --shell bash "$name")" \
      || fail "docker-machine env $name still fails after regenerating its certificates"
  fi
  while IFS= read -r line; do
    if [[ "$line" =~ ^export\ (DOCKER_TLS_VERIFY|DOCKER_HOST|DOCKER_CERT_PATH|DOCKER_MACHINE_NAME)=\"(.*)\"$ ]]; then
      printf -v "${BASH_REMATCH[1]}" '%s' "${BASH_REMATCH[2]}"
    fi
  done <<< "$output"
  if [[ "$dry_run" -eq 0 && -z "${DOCKER_HOST:-}" ]]; then
    fail "docker-machine env $name printed no DOCKER_HOST"
  fi
  run "${docker_compose[@]}" -f "$compose_file" -p "$compose_project" pull
  run "${docker_compose[@]}" -f "$compose_file" -p "$compose_project" up -d "${up_flags[@]}"
}

if [[ ! -f "$compose_file" ]]; then
  fail "$compose_file is missing: generate it with gantry (target compose) first"
fi
if [[ "$dry_run" -eq 1 ]]; then
  say "dry run: the commands for machines that do not exist yet; nothing is run"
fi
for name in "${machines[@]}"; do
  bring_up "$name"
done
for name in "${machines[@]}"; do
  deploy "$name"
done
if [[ "$drifted" -gt 0 ]]; then
  say "$drifted setting(s) of existing machines differ from $source_file (see the warnings above)"
fi
[/#noparse]
