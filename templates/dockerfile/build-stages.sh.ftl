#!/usr/bin/env bash
[#import "/common/header.ftl" as h]
[@h.header /]
#
# Builds image stages one at a time, each from its own Dockerfile under $STAGES_DIR
# (default: [=stagesDir]), and tags each one [=project.repository()]:<image>-<stage>.
# Each stage file holds every stage before it, so any stage builds on its own.
[#if onDemand]
# The stage files are not committed (`dockerfile: {stage_files: on_demand}`): before it builds a
# stage, this script writes its file from the assembled Dockerfile, the same bytes
# `gantry generate` would write.
[/#if]
#
#   [=stagesDir]/build-stages.sh                every stage of every image, in build order
#   [=stagesDir]/build-stages.sh IMAGE          every stage of one image
#   [=stagesDir]/build-stages.sh IMAGE:N ...    the given stages, in the order given
#   [=stagesDir]/build-stages.sh --dry-run ...  print the commands without running them
[#if onDemand]
#   [=stagesDir]/build-stages.sh --write-only ...  write the stage files, build nothing
[/#if]
#
# DOCKER selects the builder (default: docker); any tool with docker's build syntax works,
# e.g. DOCKER=podman or DOCKER=buildah.
set -euo pipefail

readonly repository=[=q.sh(project.repository())]
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stages_dir="${STAGES_DIR:-[=stagesDir]}"
read -r -a docker <<< "${DOCKER:-docker}"

[#if onDemand]
# Eight fields per stage, in build order: id, tag, Dockerfile (relative to the stages folder), the
# builder's flags (the images to start from where environments differ, and the build secrets the
# stages mount, each read from the builder's environment variable of the same name), the stage's
# name, the build targets of the assembled Dockerfile that its file holds, the Dockerfile frontend
# its file names, and the build arguments it starts from.
readonly fields=8
readonly stages=(
[#list stages as s]
  [=q.sh(s.id)] [=q.sh(s.tag)] [=q.sh(s.file?remove_beginning(stagesDir + "/"))] [=q.sh(s.flags?join(" "))] [=q.sh(s.name)] [=q.sh(s.targets)] [=q.sh(s.syntax)] [=q.sh(s.arguments)]
[/#list]
)
# The folder the comment of every stage file names, and the first lines of every stage file.
readonly default_stages_dir=[=q.sh(stagesDir)]
header() {
  cat <<'HEADER'
[@h.header /]
HEADER
}
[#else]
# Four fields per stage, in build order: id, tag, Dockerfile (relative to the stages folder), and the
# builder's flags: the images to start from where environments differ, and the build secrets the
# stages mount, each read from the builder's environment variable of the same name.
readonly fields=4
readonly stages=(
[#list stages as s]
  [=q.sh(s.id)] [=q.sh(s.tag)] [=q.sh(s.file?remove_beginning(stagesDir + "/"))] [=q.sh(s.flags?join(" "))]
[/#list]
)
[/#if]

[#noparse]
usage() {
[/#noparse]
[#if onDemand]
  printf 'Usage: %s [--dry-run] [--write-only] [IMAGE | IMAGE:N]...\n\n' "$0"
  printf 'Writes each stage file from the Dockerfile, then builds the given stages (all of them when\n'
  printf 'none is given) and tags each one; --write-only writes the files and builds nothing.\n\nStages:\n'
[#else]
  printf 'Usage: %s [--dry-run] [IMAGE | IMAGE:N]...\n\n' "$0"
  printf 'Builds the given stages (all of them when none is given) and tags each one.\n\nStages:\n'
[/#if]
[#noparse]
  local i
  for ((i = 0; i < ${#stages[@]}; i += fields)); do
    printf '  %-20s tag %s:%s\n' "${stages[i]}" "$repository" "${stages[i + 1]}"
  done
}

dry_run=0
[/#noparse]
[#if onDemand]
build=1
[/#if]
[#noparse]
selected=()

select_stages() {
  local wanted="$1" found=0 i
  for ((i = 0; i < ${#stages[@]}; i += fields)); do
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
[/#noparse]
[#if onDemand]
    --write-only) build=0 ;;
[/#if]
[#noparse]
    *) select_stages "$arg" ;;
  esac
done
if [[ "${#selected[@]}" -eq 0 ]]; then
  for ((i = 0; i < ${#stages[@]}; i += fields)); do
    selected+=("$i")
  done
fi

[/#noparse]
[#if onDemand]
[#noparse]
# Writes the file of stage $1 (its index in stages) from the assembled Dockerfile: the header, then
# each block (a comment and a FROM ... AS <target> with its instructions) of the targets it holds.
write_stage() {
  local i="$1"
  local file="$stages_dir/${stages[i + 2]}"
  printf '+ write %s\n' "$file" >&2
  if [[ "$dry_run" -ne 0 ]]; then
    return
  fi
  mkdir -p "$(dirname "$file")"
  {
    if [[ -n "${stages[i + 6]}" ]]; then
      printf '# syntax=%s\n' "${stages[i + 6]}"
    fi
    header
    printf '#\n# Stage %s of image %s (%s), with everything it builds on, so it builds alone:\n' \
      "${stages[i]##*:}" "${stages[i]%%:*}" "${stages[i + 4]}"
    printf '#   docker build -f %s/%s -t %s:%s .\n' "$default_stages_dir" "${stages[i + 2]}" "$repository" \
      "${stages[i + 1]}"
    if [[ -n "${stages[i + 7]}" ]]; then
      printf '\n# The image it starts from differs by environment: pass it with --build-arg.\n'
      # The ARG lines before the Dockerfile's first FROM, of the arguments this stage starts from.
      awk -v wanted="${stages[i + 7]}" '
        BEGIN { n = split(wanted, names, " "); for (k = 1; k <= n; k++) want[names[k]] = 1 }
        /^FROM / { exit }
        /^ARG / { name = $2; sub(/=.*/, "", name); if (name in want) print }' Dockerfile
    fi
    printf '\n'
    awk -v wanted="${stages[i + 5]}" '
      BEGIN { RS = ""; n = split(wanted, names, " "); for (k = 1; k <= n; k++) want[names[k]] = 1 }
      {
        count = split($0, lines, "\n"); target = ""
        for (k = 1; k <= count; k++) {
          if (lines[k] ~ /^FROM .* AS [^ ]+$/) { target = lines[k]; sub(/.* AS /, "", target) }
        }
        if (target in want) { printf "%s%s\n", separator, $0; separator = "\n" }
      }' Dockerfile
  } > "$file.tmp"
  mv "$file.tmp" "$file"
}

[/#noparse]
[/#if]
[#noparse]
cd "$root"
for i in "${selected[@]}"; do
[/#noparse]
[#if onDemand]
  write_stage "$i"
  if [[ "$build" -eq 0 ]]; then
    continue
  fi
[/#if]
[#noparse]
  read -r -a flags <<< "${stages[i + 3]}"
  command=("${docker[@]}" build "${flags[@]}" -f "$stages_dir/${stages[i + 2]}" -t "$repository:${stages[i + 1]}" .)
  printf '+ %s\n' "${command[*]}" >&2
  if [[ "$dry_run" -eq 0 ]]; then
    "${command[@]}"
  fi
done
[/#noparse]
