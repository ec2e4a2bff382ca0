#!/usr/bin/env bash
# Scale benchmark for `parkopt evaluate`: 100,000 generated firms scored and
# graded (with thresholds and low-efficiency land), and DEA on 1,000 firms
# (BCC and CCR, input-oriented, two phases plus super-efficiency: 3 LPs per
# unit). Results go in Benchmarks/EVALUATE.md.
# Usage: bash Benchmarks/run-evaluate-bench.sh
# Environment (optional): SCRATCH_PATH (swift build --scratch-path, default .build),
#   FIRMS (default 100000), DEA_UNITS (default 1000).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH_PATH:-.build}
FIRMS=${FIRMS:-100000}
DEA_UNITS=${DEA_UNITS:-1000}
swift build --scratch-path "$SCRATCH" -c release --product parkopt >&2
bin="$SCRATCH/release/parkopt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Examples/generate_benefit_case.py --firms "$FIRMS" --out "$work/firms.csv"
python3 Examples/generate_benefit_case.py --firms "$DEA_UNITS" --out "$work/dea.csv" --seed 7
scenario=Examples/kunming/evaluate.yaml
run() { # label, then the command; prints a table row with wall seconds and peak memory
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out.txt"
  read -r seconds kb <"$work/time"
  printf '| %s | %s | %s |\n' "$label" "$seconds" "$((kb / 1024))"
}
printf '| run | wall s | peak MB |\n|---|---:|---:|\n'
run "score + grade $FIRMS firms (CSV in, 6 tables out)" \
  "$bin" evaluate "$work/firms.csv" --scenario "$scenario" -o "$work/out-score"
run "DEA BCC input, $DEA_UNITS firms, with super-efficiency" \
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-bcc" --dea firms --dea-model bcc
run "DEA CCR input, $DEA_UNITS firms, with super-efficiency" \
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-ccr" --dea firms --dea-model ccr
run "DEA CCR output, $DEA_UNITS firms, no super-efficiency" \
  "$bin" evaluate "$work/dea.csv" --scenario "$scenario" -o "$work/out-ccro" --dea firms --dea-orientation output --no-super-efficiency
