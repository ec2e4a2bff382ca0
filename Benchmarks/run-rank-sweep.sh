#!/usr/bin/env bash
# The province-scale `rank` sweep through the one-node Slurm cluster
# (issue 17): generates the province case (Benchmarks/generate_province_case.py),
# writes a manifest of E × L × S runs (every park's energy quota × E factors,
# its new-land quota × L factors, the 增存挂钩 ratio × S values; each run
# `rank --outputs first --top 1 --threads 1`, so a run keeps only what
# `batch merge` reads), runs it as SHARDS array tasks plus a merge job
# through scripts/test-slurm.sh (as root), then times `batch merge` alone and
# prints the total time, the merge time and the disk use.
# Usage: Benchmarks/run-rank-sweep.sh [WORK]   (default /tmp/parkopt-rank-sweep)
# Environment: E, L, S (default 2, 2, 2: 8 runs; 25, 20, 20 is 10,000),
# SHARDS (default 4), PARKOPT (default: a release build), BATCH_OPTIONS
# (default --in-process: each shard ranks its runs in one process, re-using
# the parsed case and the eligible parcels; set it empty for a process per run).
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/parkopt-rank-sweep}"
E="${E:-2}" L="${L:-2}" S="${S:-2}" shards="${SHARDS:-4}"
export BATCH_OPTIONS="${BATCH_OPTIONS---in-process}"
if [ -z "${PARKOPT:-}" ]; then
  swift build -c release --product parkopt >&2
  PARKOPT="$(pwd)/.build/release/parkopt"
fi
mkdir -p "$work"
[ -f "$work/case/projects.csv" ] || python3 Benchmarks/generate_province_case.py "$work/case" >&2
values() { # values N FIRST STEP: N numbers from FIRST by STEP, comma-separated
  python3 -c "import sys; n, a, d = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print(', '.join(format(round(a + d * i, 4), 'g') for i in range(n)))" "$@"
}
cat >"$work/sweep.yaml" <<YAML
# $((E * L * S)) rank runs on the province case: quotas and the 增存挂钩 ratio.
runs:
  - name: province
    command: rank
    case: case
    args: [--outputs, first, --top, "1", --threads, "1"]
    sweep:
      scenario:
        stock_link_ratio: [$(values "$S" 0 0.05)]
      scale:
        parks.csv:
          energy_quota_tce: [$(values "$E" 0.8 0.02)]
          new_land_quota_mu: [$(values "$L" 0.8 0.02)]
YAML
rm -rf "$work/batch"
echo "$((E * L * S)) runs, $shards shards; load: $(uptime)" >&2
start=$(date +%s.%N)
LOCAL=0 OUT="$work/batch" WAIT_S="${WAIT_S:-86400}" PARKOPT="$PARKOPT" scripts/test-slurm.sh "$work/sweep.yaml" "$shards" >&2
total=$(echo "$(date +%s.%N) - $start" | bc)
cp "$work/batch/summary.csv" "$work/summary-slurm.csv"
merge_start=$(date +%s.%N)
"$PARKOPT" batch merge "$work/batch" >&2
merge=$(echo "$(date +%s.%N) - $merge_start" | bc)
cmp "$work/batch/summary.csv" "$work/summary-slurm.csv"
runs=$(find "$work/batch/runs" -name run.json | wc -l)
echo "runs with results: $runs of $((E * L * S))"
echo "total (cluster start, shards, merge job, daemons stopped): $total s"
echo "batch merge alone: $merge s"
echo "disk: $(du -sh "$work/batch" | cut -f1) batch folder ($(du -sk "$work/batch/runs" | cut -f1) KB for $runs runs); load: $(uptime)"
