#!/usr/bin/env bash
# Benchmark for `parkopt assign`: first the bundled example (Examples/kunming)
# with every explanation, then generated land cases solved to a proven gap of
# 0.01 % by GLPK (through parkopt), by CBC and by HiGHS on the same MIP
# written as MPS. Needs coinor-cbc (installed when missing); HiGHS runs when
# .venv-workflows has highspy (`scripts/ensure-deps.sh --workflows`), one
# thread, through Benchmarks/forced_optimum.py.
# Usage: Benchmarks/run-assign-bench.sh [TIME_LIMIT_SECONDS]
# SCRATCH_PATH=DIR builds into DIR instead of .build (e.g. beside another
# build in the same tree). CPU seconds are user + system, from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
limit="${1:-600}"
scratch="${SCRATCH_PATH:-.build}"
scripts/ensure-deps.sh libglpk-dev coinor-cbc
swift build -c release --scratch-path "$scratch" --product parkopt >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=.venv-workflows/bin/python3
highs=no
if [ -x "$python" ] && "$python" -c 'import highspy' 2>/dev/null; then highs=yes; fi

# The example, whole run: the plan, every explanation, the limit values.
/usr/bin/time -f 'wall %e cpu %U %S' -o "$work/kunming.time" \
  "$scratch/release/parkopt" assign Examples/kunming --output "$work/kunming" >"$work/kunming.txt" 2>&1
python3 - "$work" <<'PY'
import csv, json, sys
work = sys.argv[1]
t = open(f"{work}/kunming.time").read().split()
plan = json.load(open(f"{work}/kunming/plan.json"))
rows = [r for r in csv.DictReader(open(f"{work}/kunming/unplaced.csv")) if r["reason"] == "lost_to_competition"]
proven = [r for r in rows if r["cost_to_place"] and not r["cost_to_place_at_least"]]
gap = plan.get("relative_gap")
print("| Examples/kunming, whole run | wall s | CPU s | plan | costs to place proven |")
print("|---|---:|---:|---|---|")
print(f"| 80 projects, 150 parcels, 6 parks | {t[1]} | {float(t[3]) + float(t[4]):.2f} | {plan.get('objective')}, "
      f"{plan.get('status')}, gap {100 * gap:.4f} % | {len(proven)} of {len(rows)}: "
      + ", ".join(f"{r['project_id']} {r['cost_to_place']}" for r in rows) + " |")
print()
PY

printf '| instance | eligible pairs | rows | parkopt build s | GLPK solve s | parkopt total s | parkopt CPU s | parkopt objective | parkopt status, gap | CBC total s | CBC CPU s | CBC objective | CBC status, gap | HiGHS s | HiGHS objective | HiGHS status, gap |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---|\n'
for spec in "6 300 200 600 small" "20 3000 2000 4000 large"; do
  read -r parks parcels projects firms name <<<"$spec"
  case_dir="$work/$name"
  python3 Examples/generate_land_case.py --parks "$parks" --parcels "$parcels" --projects "$projects" \
    --firms "$firms" --seed 7 --out "$case_dir" >/dev/null
  start=$(date +%s.%N)
  /usr/bin/time -f 'cpu %U %S' -o "$case_dir/parkopt.time" \
    "$scratch/release/parkopt" assign "$case_dir" --no-explain --mip-gap 0.0001 --time-limit "$limit" \
    --output "$case_dir/results" --write-model "$case_dir/model.mps" --format json -v \
    >"$case_dir/plan.json" 2>"$case_dir/parkopt.log" || true
  end=$(date +%s.%N)
  total=$(echo "$end - $start" | bc)
  build=$(grep -o 'build [0-9.]*' "$case_dir/parkopt.log" | awk '{print $2}')
  solve=$(grep -o 'solve [0-9.]*' "$case_dir/parkopt.log" | awk '{print $2}')
  pairs=$(grep -o '^parkopt: [0-9]* eligible' "$case_dir/parkopt.log" | awk '{print $2}')
  rows=$(grep -o '(\([0-9]*\) constraints' "$case_dir/parkopt.log" | tr -dc '0-9')
  objective=$(python3 -c "import json,sys; print(json.load(open('$case_dir/plan.json')).get('objective','-'))")
  status=$(python3 -c "import json; d = json.load(open('$case_dir/plan.json')); g = d.get('relative_gap'); print(d.get('status', '-') + ', ' + ('%.4f %%' % (100 * g) if g is not None else 'no gap'))")
  cpu=$(awk '/^cpu/ {print $2 + $3}' "$case_dir/parkopt.time")
  cstart=$(date +%s.%N)
  /usr/bin/time -f 'cpu %U %S' -o "$case_dir/cbc.time" \
    cbc "$case_dir/model.mps" -maximize -ratio 0.0001 -sec "$limit" -solve >"$case_dir/cbc.log" 2>&1 || true
  cend=$(date +%s.%N)
  ctotal=$(echo "$cend - $cstart" | bc)
  cobjective=$(grep -o 'Objective value: *[-0-9.e+]*' "$case_dir/cbc.log" | awk '{print $3}' | head -1)
  cresult=$(grep -o '^Result - .*' "$case_dir/cbc.log" | head -1 | sed 's/^Result - //')
  # CBC prints its gap rounded to 0.01 (as a fraction): compute it from the bound.
  cbound=$(grep -oE '^(Upper|Lower) bound: *[-0-9.e+]*' "$case_dir/cbc.log" | awk '{print $3}' | head -1)
  cgap=$(python3 -c "o, b = '$cobjective', '$cbound'; print('%.4f %%' % (100 * abs(float(b) - float(o)) / abs(float(o))) if o and b else '-')")
  ccpu=$(awk '/^cpu/ {print $2 + $3}' "$case_dir/cbc.time")
  hcells='| - | - | - |'
  if [ "$highs" = yes ]; then
    # "STATUS objective O bound B nodes N seconds S" (one thread, gap 1e-4;
    # the status may hold spaces: "Time limit reached")
    "$python" Benchmarks/forced_optimum.py "$case_dir/model.mps" --gap 0.0001 --time-limit "$limit" \
      2>/dev/null | tail -1 >"$case_dir/highs.txt" || true
    hcells=$(python3 - "$case_dir/highs.txt" <<'PY'
import re, sys
line = open(sys.argv[1]).read().strip()
m = re.match(r"(.*) objective (\S+) bound (\S+) nodes (\d+) seconds (\S+)", line)
if not m:
    print("| - | - | HiGHS failed |")
else:
    status, o, b, nodes, seconds = m.groups()
    gap = 100 * abs(float(b) - float(o)) / abs(float(o))
    print(f"| {seconds} | {o} | {status}, gap {gap:.4f} %, {nodes} nodes |")
PY
)
  fi
  printf '| %s (%s parks, %s parcels, %s projects) | %s | %s | %s | %s | %.2f | %s | %s | %s | %.2f | %s | %s | %s, gap %s %s\n' \
    "$name" "$parks" "$parcels" "$projects" "$pairs" "$rows" "$build" "$solve" "$total" "$cpu" "$objective" "$status" \
    "$ctotal" "$ccpu" "$cobjective" "$cresult" "${cgap:--}" "$hcells"
done
