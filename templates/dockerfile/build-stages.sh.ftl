#!/usr/bin/env bash
[#import "/common/header.ftl" as h]
[@h.header /]
#
# Builds image stages one at a time, each from its own Dockerfile under $STAGES_DIR
# (default: [=stagesDir]), and tags each one [=project.repository()]:<image>-<stage>.
# Each stage file holds every stage before it, so any stage builds on its own.
#
#   [=stagesDir]/build-stages.sh                every stage of every image, in build order
#   [=stagesDir]/build-stages.sh IMAGE          every stage of one image
#   [=stagesDir]/build-stages.sh IMAGE:N ...    the given stages, in the order given
#   [=stagesDir]/build-stages.sh --dry-run ...  print the commands without running them
#
# DOCKER selects the builder (default: docker); any tool with docker's build syntax works,
# e.g. DOCKER=podman or DOCKER=buildah.
set -euo pipefail

readonly repository=[=q.sh(project.repository())]
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stages_dir="${STAGES_DIR:-[=stagesDir]}"
read -r -a docker <<< "${DOCKER:-docker}"

# Four fields per stage, in build order: id, tag, Dockerfile (relative to the stages folder), and the
# builder's flags: the images to start from where environments differ, and the build secrets the
# stages mount, each read from the builder's environment variable of the same name.
readonly stages=(
[#list stages as s]
  [=q.sh(s.id)] [=q.sh(s.tag)] [=q.sh(s.file?remove_beginning(stagesDir + "/"))] [=q.sh(s.flags?join(" "))]
[/#list]
)

[#noparse]
usage() {
  printf 'Usage: %s [--dry-run] [IMAGE | IMAGE:N]...\n\n' "$0"
  printf 'Builds the given stages (all of them when none is given) and tags each one.\n\nStages:\n'
  local i
  for ((i = 0; i < ${#stages[@]}; i += 4)); do
    printf '  %-20s tag %s:%s\n' "${stages[i]}" "$repository" "${stages[i + 1]}"
  done
}

dry_run=0
selected=()

select_stages() {
  local wanted="$1" found=0 i
  for ((i = 0; i < ${#stages[@]}; i += 4)); do
    if [[ "${stages[i]}" == "$wanted" || "${stages[i]%%:*}" == "$wanted" ]]; then
      selected+=("$i")
      found=1
    fi
  done
  if [[ "$found" -eq 0 ]]; then
    printf 'build-stages.sh: no stage %s\n\n' "$wanted" >&2
    usage >&2
    exit 2
  fi
}

for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --dry-run) dry_run=1 ;;
    *) select_stages "$arg" ;;
  esac
done
if [[ "${#selected[@]}" -eq 0 ]]; then
  for ((i = 0; i < ${#stages[@]}; i += 4)); do
    selected+=("$i")
  done
fi

cd "$root"
for i in "${selected[@]}"; do
  read -r -a flags <<< "${stages[i + 3]}"
  command=("${docker[@]}" build "${flags[@]}" -f "$stages_dir/${stages[i + 2]}" -t "$repository:${stages[i + 1]}" .)
  printf '+ %s\n' "${command[*]}" >&2
  if [[ "$dry_run" -eq 0 ]]; then
    "${command[@]}"
  fi
done
[/#noparse]
