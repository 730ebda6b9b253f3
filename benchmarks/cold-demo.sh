#!/usr/bin/env bash
# Cold Demo: ./build.sh --target=Demo on a fresh clone, wall time and the CPU time of every process it
# starts. Usage: benchmarks/cold-demo.sh [commit]   (default HEAD; run as root for the CPU figure)
#
# CPU is read from a cpuacct cgroup (cgroup v1) holding the build, with the shared compiler server and
# MSBuild node reuse turned off, so no compile happens in a process outside it. On a busy machine the
# wall time varies with the load; the CPU time does not.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="${1:-HEAD}"
work="$(mktemp -d)"
git clone -q "$repo" "$work/clone"
git -C "$work/clone" checkout -q "$commit"
cgroup=/sys/fs/cgroup/cpuacct/cold-demo-$$
mkdir -p "$cgroup" 2>/dev/null || cgroup=
start=$(date +%s.%N)
(
  cd "$work/clone"
  [ -n "$cgroup" ] && echo $BASHPID > "$cgroup/cgroup.procs"
  export UseSharedCompilation=false MSBUILDDISABLENODEREUSE=1
  ./build.sh --target=Demo > "$work/demo.log" 2>&1
) || { echo "the Demo failed; its log: $work/demo.log"; exit 1; }
end=$(date +%s.%N)
echo "wall $(echo "$end - $start" | bc) s"
if [ -n "$cgroup" ]; then
  awk '/user/{u=$2/100} /system/{s=$2/100} END{printf "cpu  %.1f s (user %.1f s, system %.1f s)\n", u+s, u, s}' "$cgroup/cpuacct.stat"
  rmdir "$cgroup"
fi
grep -E "^\s+[A-Za-z-]+\s+[0-9]{2}:[0-9]{2}:[0-9]{2}" "$work/demo.log" | sed 's/\x1b\[[0-9;]*m//g'
rm -rf "$work"
