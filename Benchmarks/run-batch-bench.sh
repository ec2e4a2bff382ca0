#!/usr/bin/env bash
# Benchmark for `parkopt batch run`: RUNS assign --no-explain runs on
# Examples/kunming (energy quotas × factors around 1.0, two 增存挂钩 ratios),
# with 1 and 2 jobs, one process per run (the default) and one thread per run
# (the hidden --in-process mode). Prints runs per minute, the speed-up, the
# overhead per run beyond the solve (wall × jobs against the sum of the runs'
# own run.json `total`), peak memory, the batch folder's size, and merge time.
# Usage: Benchmarks/run-batch-bench.sh [RUNS] [MIP_GAP]   (defaults: 12, 0.01)
# MODES="process" measures only one process per run (default: "process thread").
# SCRATCH_PATH=DIR builds into DIR instead of .build; PARKOPT=PATH uses that
# binary instead of building a release one.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-12}"
gap="${2:-0.01}"
scratch="${SCRATCH_PATH:-.build}"
if [ -n "${PARKOPT:-}" ]; then
  parkopt="$PARKOPT"
else
  swift build -c release --scratch-path "$scratch" --product parkopt >&2
  parkopt="$(pwd)/$scratch/release/parkopt"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
half=$(( (runs + 1) / 2 ))
factors=$(python3 -c "n=$half; print(', '.join('%.3f' % (0.8 + 0.4 * i / max(1, n - 1)) for i in range(n)))")
cat >"$work/m.yaml" <<YAML
runs:
  - name: quotas
    command: assign
    case: $(pwd)/Examples/kunming
    args: [--no-explain, --mip-gap, "$gap", --time-limit, "120"]
    sweep:
      scenario: {stock_link_ratio: [0.0, 0.5]}
      scale: {parks.csv: {energy_quota_tce: [$factors]}}
YAML
count=$("$parkopt" batch plan "$work/m.yaml" | wc -l)
echo "$(date -u +%Y-%m-%d) $(nproc) cores, $count runs, mip_gap $gap; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| mode | jobs | wall s | runs/min | speed-up | overhead beyond the runs | peak RSS of the batch process, MB |\n|---|---:|---:|---:|---:|---:|---:|\n'
base=""
for mode in ${MODES:-process thread}; do
  for jobs in 1 2; do
    out="$work/$mode-$jobs"
    flag=""; [ "$mode" = thread ] && flag="--in-process"
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/time" "$parkopt" batch run "$work/m.yaml" --jobs "$jobs" -o "$out" $flag \
      >/dev/null 2>"$work/log" || true
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc)
    [ -n "$base" ] || base=$wall
    # The runs' own time (run.json total: reading, solving, writing) against wall × jobs.
    stats=$(python3 - "$out" "$wall" "$jobs" <<'PY'
import glob, json, sys
out, wall, jobs = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
totals = [json.load(open(p))["timings_s"]["total"] for p in glob.glob(out + "/runs/*/result/run.json")]
busy = sum(totals)
print("%.1f %%" % (100 * (wall * jobs - busy) / (wall * jobs)) if totals else "-")
PY
)
    peak_batch=$(( $(tail -1 "$work/time") / 1024 ))
    grep -o "[0-9]* failed, [^,]*" "$work/log" | tail -1 | grep -q "^0 failed" || echo "WARNING: failed runs in $mode-$jobs: $(tail -1 "$work/log")" >&2
    printf '| %s | %d | %.1f | %.1f | %.2f× | %s | %d |\n' "$mode" "$jobs" "$wall" \
      "$(echo "$count * 60 / $wall" | bc -l)" "$(echo "$base / $wall" | bc -l)" "$stats" "$peak_batch"
  done
done
one="$work/process-1"
run_id=$(ls "$one/runs" | head -1)
/usr/bin/time -f '%M' -o "$work/time1" "$parkopt" assign "$one/runs/$run_id/case" --no-explain --mip-gap "$gap" \
  -o "$work/single" >/dev/null 2>&1 || true
echo "memory of one run (peak RSS): $(( $(tail -1 "$work/time1") / 1024 )) MB"
echo "batch folder: $(du -sh "$one" | cut -f1) for $count runs ($(du -sk "$one/runs/$run_id" | cut -f1) KB per run; result files $(du -sk "$one/runs/$run_id/result" | cut -f1) KB)"
start=$(date +%s.%N)
"$parkopt" batch merge "$one" >/dev/null
echo "merge: $(echo "$(date +%s.%N) - $start" | bc) s"
