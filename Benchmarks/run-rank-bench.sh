#!/usr/bin/env bash
# Scale benchmark for `parkopt rank`: the generated province case (10,000
# projects, 100 parks, 20,000 parcels; Benchmarks/generate_province_case.py,
# seed 16) and the Kunming example, release build. Wall time and peak memory
# (maximum resident set) from /usr/bin/time -v; CPU = user + system; the
# phases (read, rank, write) from `parkopt rank -v`.
# Usage: Benchmarks/run-rank-bench.sh [CASE_FOLDER]   (default: generate one)
# SCRATCH_PATH=DIR builds into DIR instead of .build.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product parkopt >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
province="${1:-}"
if [ -z "$province" ]; then
  province="$work/province"
  python3 Benchmarks/generate_province_case.py "$province" >&2
fi
printf '| case | projects | sites (project, park) | wall s | CPU s | peak RSS MB | read s | rank s | write s | ms per project |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for spec in "kunming Examples/kunming" "province $province"; do
  read -r name folder <<<"$spec"
  out="$work/$name-results"
  /usr/bin/time -v -o "$work/$name.time" "$scratch/release/parkopt" rank "$folder" -o "$out" -v \
    >"$work/$name.out" 2>"$work/$name.log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/$name.time")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/$name.time")
  read_s=$(grep -o 'read [0-9.]*' "$work/$name.log" | awk '{print $2}')
  rank_s=$(grep -o 'rank [0-9.]*' "$work/$name.log" | awk '{print $2}')
  write_s=$(grep -o 'write [0-9.]*' "$work/$name.log" | awk '{print $2}')
  projects=$(grep -o '[0-9]* projects,' "$work/$name.out" | head -1 | tr -dc '0-9')
  sites=$(($(wc -l <"$out/ranking.csv") - 1))
  per=$(echo "scale=3; 1000 * $wall / $projects" | bc)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$projects" "$sites" "$wall" "$cpu" "$rss" \
    "$read_s" "$rank_s" "$write_s" "$per"
done
