#!/usr/bin/env bash
# Scale benchmark for `parkopt evaluate`: 100,000 generated firms scored and
# graded (with thresholds and low-efficiency land), and DEA on 1,000 and on
# 10,000 firms (BCC and CCR, input-oriented, slack phase where needed, with
# super-efficiency; default inputs and outputs). Results go in
# Benchmarks/EVALUATE.md. With CHECK=1 (needs `pip install highspy numpy`)
# the 1,000-unit DEA results are also compared with Benchmarks/dea_reference.py.
# Usage: bash Benchmarks/run-evaluate-bench.sh
# Environment (optional): SCRATCH_PATH (swift build --scratch-path, default .build),
#   FIRMS (default 100000), DEA_UNITS (default 1000), DEA_UNITS_LARGE (default
#   10000; 0 skips), CHECK (default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH_PATH:-.build}
FIRMS=${FIRMS:-100000}
DEA_UNITS=${DEA_UNITS:-1000}
DEA_UNITS_LARGE=${DEA_UNITS_LARGE:-10000}
CHECK=${CHECK:-0}
swift build --scratch-path "$SCRATCH" -c release --product parkopt >&2
bin="$SCRATCH/release/parkopt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Examples/generate_benefit_case.py --firms "$FIRMS" --out "$work/firms.csv"
python3 Examples/generate_benefit_case.py --firms "$DEA_UNITS" --out "$work/dea.csv" --seed 7
if [ "$DEA_UNITS_LARGE" -gt 0 ]; then
  python3 Examples/generate_benefit_case.py --firms "$DEA_UNITS_LARGE" --out "$work/dea-large.csv" --seed 7
fi
scenario=Examples/kunming/evaluate.yaml
run() { # label, then the command; prints a table row with wall and CPU seconds and peak memory
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out.txt"
  read -r seconds user system kb <"$work/time"
  printf '| %s | %s | %s | %s |\n' "$label" "$seconds" "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" "$((kb / 1024))"
}
printf '| run | wall s | CPU s | peak MB |\n|---|---:|---:|---:|\n'
run "score + grade $FIRMS firms (CSV in, 6 tables out)" \
  "$bin" evaluate "$work/firms.csv" --scenario "$scenario" -o "$work/out-score"
run "DEA BCC input, $DEA_UNITS firms, with super-efficiency" \
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-bcc" --dea firms --dea-model bcc
run "DEA CCR input, $DEA_UNITS firms, with super-efficiency" \
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-ccr" --dea firms --dea-model ccr
run "DEA CCR output, $DEA_UNITS firms, no super-efficiency" \
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-ccro" --dea firms --dea-orientation output --no-super-efficiency
if [ "$DEA_UNITS_LARGE" -gt 0 ]; then
  run "DEA CCR input, $DEA_UNITS_LARGE firms, with super-efficiency" \
    "$bin" evaluate "$work/dea-large.csv" --scenario "$scenario" -o "$work/out-ccr-large" --dea firms --dea-model ccr
  run "DEA BCC input, $DEA_UNITS_LARGE firms, with super-efficiency" \
    "$bin" evaluate "$work/dea-large.csv" --scenario "$scenario" -o "$work/out-bcc-large" --dea firms --dea-model bcc
fi
if [ "$CHECK" = 1 ]; then
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-ccr-json" --dea firms --dea-model ccr --write-json >/dev/null
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-bcc-json" --dea firms --dea-model bcc --write-json >/dev/null
  python3 Benchmarks/dea_reference.py "$work/dea.csv" "$work/reference.csv" >/dev/null
  python3 Benchmarks/dea_compare.py "$work/reference.csv" ccr "$work/out-ccr-json/results.json"
  python3 Benchmarks/dea_compare.py "$work/reference.csv" bcc "$work/out-bcc-json/results.json"
fi
