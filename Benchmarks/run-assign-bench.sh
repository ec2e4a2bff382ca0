#!/usr/bin/env bash
# Scale benchmark for `parkopt assign`: generated land cases, solved to a
# proven gap of 0.01 % by GLPK (through parkopt) and by CBC on the same MIP
# written as MPS. Needs coinor-cbc (installed when missing).
# Usage: Benchmarks/run-assign-bench.sh [TIME_LIMIT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
limit="${1:-600}"
scripts/ensure-deps.sh libglpk-dev coinor-cbc
swift build -c release --product parkopt >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '| instance | eligible pairs | rows | parkopt build s | GLPK solve s | parkopt total s | parkopt objective | CBC total s | CBC objective |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for spec in "6 300 200 600 small" "20 3000 2000 4000 large"; do
  read -r parks parcels projects firms name <<<"$spec"
  case_dir="$work/$name"
  python3 Examples/generate_land_case.py --parks "$parks" --parcels "$parcels" --projects "$projects" \
    --firms "$firms" --seed 7 --out "$case_dir" >/dev/null
  start=$(date +%s.%N)
  .build/release/parkopt assign "$case_dir" --no-explain --mip-gap 0.0001 --time-limit "$limit" \
    --output "$case_dir/results" --write-model "$case_dir/model.mps" --format json -v \
    >"$case_dir/plan.json" 2>"$case_dir/parkopt.log" || true
  end=$(date +%s.%N)
  total=$(echo "$end - $start" | bc)
  build=$(grep -o 'build [0-9.]*' "$case_dir/parkopt.log" | awk '{print $2}')
  solve=$(grep -o 'solve [0-9.]*' "$case_dir/parkopt.log" | awk '{print $2}')
  pairs=$(grep -o '^parkopt: [0-9]* eligible' "$case_dir/parkopt.log" | awk '{print $2}')
  rows=$(grep -o '(\([0-9]*\) constraints' "$case_dir/parkopt.log" | tr -dc '0-9')
  objective=$(python3 -c "import json,sys; print(json.load(open('$case_dir/plan.json')).get('objective','-'))")
  cstart=$(date +%s.%N)
  cbc "$case_dir/model.mps" -maximize -ratio 0.0001 -sec "$limit" -solve >"$case_dir/cbc.log" 2>&1 || true
  cend=$(date +%s.%N)
  ctotal=$(echo "$cend - $cstart" | bc)
  cobjective=$(grep -o 'Objective value: *[-0-9.e+]*' "$case_dir/cbc.log" | awk '{print $3}' | head -1)
  printf '| %s (%s parks, %s parcels, %s projects) | %s | %s | %s | %s | %.2f | %s | %.2f | %s |\n' \
    "$name" "$parks" "$parcels" "$projects" "$pairs" "$rows" "$build" "$solve" "$total" "$objective" "$ctotal" "$cobjective"
done
