#!/usr/bin/env bash
[#import "/common/header.ftl" as h]
[@h.header /]
#
# Turns on authentication in etcd (the service [=etcd]) and puts the configuration keys of the
# components of environment [=environment] into it, each component's keys under
# /[=project.name]/<component>/. Components:
[#list components as c]
#   [=c]
[/#list]
[#if !components?has_content]
#   (none declares keys yet)
[/#if]
#
# With ETCD_ROOT_PASSWORD set, it first makes sure that etcd requires a login: it creates the
# role and the user root with that password, grants root the role and enables authentication; an
# etcd that already requires one keeps it (root's password is set to ETCD_ROOT_PASSWORD when root
# exists but authentication is off). The password may hold no blank: etcdctl reads it from its
# input, which keeps it out of the process list, up to the first one. The keys are then put as
# root, unless ETCD_USER says who.
# It only puts keys, so it can run again at any time; keys it does not list are left as they are.
[#if authentication]
# The compose service [=etcd]-seed runs it once [=etcd] is healthy, with the root password from
# .env; it also runs on its own:
[#else]
# The compose service [=etcd]-seed runs it once [=etcd] is healthy; it also runs on its own:
[/#if]
#
#   docker/[=environment]/[=etcd]/seed.sh                      against $ETCD_ENDPOINTS, else http://127.0.0.1:2379
#   docker/[=environment]/[=etcd]/seed.sh --endpoints URL      against another etcd
#   docker/[=environment]/[=etcd]/seed.sh --dry-run            print the etcdctl commands instead of running them
#
# No credentials are written here: when ETCD_USER is set, etcdctl logs in as that user with the
# password in ETCD_PASSWORD (its --user option, given as ETCDCTL_USER so that the password stays
# out of the process list; the root password reaches etcdctl on its standard input). ETCDCTL
# selects the etcdctl command (default: etcdctl).
set -euo pipefail

# Two fields per key: the key, then its value. Values are single-quoted: a `$`, a backtick or a
# backslash in them is part of the value.
# shellcheck disable=SC1003,SC2016,SC2088
readonly keys=(
[#list keys as k]
  [=q.sh(k.key)] [=q.sh(k.value)]
[/#list]
)
[#noparse]

usage() {
  cat <<USAGE
Usage: $0 [--endpoints URL] [--dry-run]

Puts $((${#keys[@]} / 2)) configuration keys into etcd with etcdctl put.

  --endpoints URL   the etcd endpoints, comma-separated
                    (default: \$ETCD_ENDPOINTS, else http://127.0.0.1:2379)
  --dry-run         print the etcdctl commands instead of running them
  -h, --help        print this help

Credentials: ETCD_ROOT_PASSWORD to turn authentication on (and log in as root);
ETCD_USER and ETCD_PASSWORD to log in as another user.
USAGE
}

say() {
  printf 'seed.sh: %s\n' "$*" >&2
}

fail() {
  say "$1"
  exit "${2:-1}"
}

endpoints="${ETCD_ENDPOINTS:-http://127.0.0.1:2379}"
dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --endpoints)
      [[ $# -ge 2 && -n "$2" ]] || fail "--endpoints needs a URL" 2
      endpoints="$2"
      shift 2
      ;;
    --endpoints=?*) endpoints="${1#--endpoints=}"; shift ;;
    --dry-run) dry_run=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'seed.sh: unknown argument: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
  esac
done

read -r -a etcdctl <<< "${ETCDCTL:-etcdctl}"
if [[ "$dry_run" -eq 0 ]] && ! command -v "${etcdctl[0]}" > /dev/null 2>&1; then
  fail "${etcdctl[0]} is not installed: install etcd's client (Debian and Ubuntu: apt-get install etcd-client), or set ETCDCTL to its path"
fi
if [[ -n "${ETCD_USER:-}" ]]; then
  [[ -n "${ETCD_PASSWORD:-}" ]] || fail "ETCD_USER is set, but ETCD_PASSWORD is not: set both to log in, or neither"
fi

# Prints a command, each word shell-quoted, then runs it (its "OK" silenced) unless this is a dry run.
run() {
  { printf '+'; printf ' %q' "$@"; printf '\n'; } >&2
  if [[ "$dry_run" -eq 0 ]]; then
    "$@" > /dev/null
  fi
}

# Runs an etcdctl command as root, the password given in the environment, never on the command line.
as_root() {
  ETCDCTL_USER="root:$ETCD_ROOT_PASSWORD" run "${etcdctl[@]}" --endpoints "$endpoints" "$@"
}

# Makes sure etcd requires a login, with root's password ETCD_ROOT_PASSWORD. With authentication off,
# etcd ignores a login, so root "exists" below whenever etcd answers as root or root is there.
enable_authentication() {
  if [[ "$dry_run" -eq 1 ]] || ! ETCDCTL_USER="root:$ETCD_ROOT_PASSWORD" \
      "${etcdctl[@]}" --endpoints "$endpoints" user get root > /dev/null 2>&1; then
    if [[ "$dry_run" -eq 1 ]] || ! "${etcdctl[@]}" --endpoints "$endpoints" role get root > /dev/null 2>&1; then
      run "${etcdctl[@]}" --endpoints "$endpoints" role add root \
        || fail "etcd requires a login already, and root's password is not ETCD_ROOT_PASSWORD"
    fi
    printf '%s\n' "$ETCD_ROOT_PASSWORD" | run "${etcdctl[@]}" --endpoints "$endpoints" user add root \
      --interactive=false \
      || fail "etcd requires a login already, and root's password is not ETCD_ROOT_PASSWORD"
  else
    printf '%s\n' "$ETCD_ROOT_PASSWORD" | as_root user passwd root --interactive=false
  fi
  as_root user grant-role root root
  as_root auth enable
}

if [[ -n "${ETCD_ROOT_PASSWORD:-}" ]]; then
  if [[ "$ETCD_ROOT_PASSWORD" =~ [[:space:]] ]]; then
    fail "ETCD_ROOT_PASSWORD holds a blank, and etcdctl reads a new password from its input only up to one: choose one without" 2
  fi
  enable_authentication
  if [[ -z "${ETCD_USER:-}" ]]; then
    ETCD_USER=root
    ETCD_PASSWORD="$ETCD_ROOT_PASSWORD"
  fi
fi
if [[ -n "${ETCD_USER:-}" ]]; then
  export ETCDCTL_USER="$ETCD_USER:$ETCD_PASSWORD"
fi

for ((i = 0; i < ${#keys[@]}; i += 2)); do
  run "${etcdctl[@]}" --endpoints "$endpoints" put -- "${keys[i]}" "${keys[i + 1]}"
done
if [[ "$dry_run" -eq 0 ]]; then
  say "put $((${#keys[@]} / 2)) keys into $endpoints"
fi
[/#noparse]
