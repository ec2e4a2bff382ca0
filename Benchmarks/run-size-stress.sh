#!/usr/bin/env bash
# Runs `parkopt size` (default method) on every stress case of
# Benchmarks/generate_size_stress.py and prints, per case: exit code, wall
# and CPU time, termination, objective, method used, battery cycles,
# curtailment and the hours that both charge and discharge (> 1e-6 MW).
#
#   Benchmarks/run-size-stress.sh [CASES_DIR] [HOURS]
#   BIN=/tmp/parkopt LIMIT=150 Benchmarks/run-size-stress.sh
#
# CASES_DIR defaults to /tmp/size-stress (generated when missing); HOURS to
# 8760. Release build in .build-size. Copy the table into Benchmarks/SIZE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-/tmp/size-stress}"
HOURS="${2:-8760}"
[ -d "$DIR" ] || python3 Benchmarks/generate_size_stress.py "$DIR" --hours "$HOURS"
# BIN: a parkopt binary to use instead of building one; LIMIT: seconds per
# case (the case is stopped and marked exit 124 past it).
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path .build-size --product parkopt >/dev/null
  BIN=.build-size/release/parkopt
fi
LIMIT="${LIMIT:-0}"
OUT="$(mktemp -d)"
echo "stress cases in $DIR, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| case | exit | wall s | CPU s | termination | objective 万元/yr | cycles/horizon | curtailed MWh | simultaneous h | method |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for c in "$DIR"/*/; do
  name="$(basename "$c")"
  set +e
  /usr/bin/time -f "%e %U %S" -o "$OUT/$name.time" timeout "$LIMIT" \
    "$BIN" size "$c" --output "$OUT/$name" --format json > "$OUT/$name.json" 2> "$OUT/$name.err"
  code=$?
  set -e
  python3 - "$name" "$code" "$OUT/$name.time" "$OUT/$name.json" "$OUT/$name/dispatch.csv" "$OUT/$name.err" <<'PY'
import csv, json, os, sys
name, code, tfile, jfile, dfile, efile = sys.argv[1:]
wall, user, system = (float(x) for x in open(tfile).read().split()[-3:])
try:
    d = json.load(open(jfile))
except Exception:
    d = {}
simultaneous = "–"
if os.path.exists(dfile) and d:
    rows = list(csv.DictReader(open(dfile)))
    simultaneous = sum(1 for r in rows if float(r["charge_mw"]) > 1e-6 and float(r["discharge_mw"]) > 1e-6)
def f(x, digits):
    return "–" if x is None else f"{x:.{digits}f}"
if d:
    e = d.get("energy_mwh", {})
    cycles = d.get("battery_full_cycles_per_horizon", d.get("battery_full_cycles"))
    print(f"| {name} | {code} | {wall:.1f} | {user + system:.1f} | {d.get('termination')} | "
          f"{f(d.get('annual_cost_wan'), 6)} | {f(cycles, 1)} | {f(e.get('curtailed'), 0)} | {simultaneous} | "
          f"{d.get('method')} |")
else:
    err = " ".join(open(efile).read().split())[:300]
    print(f"| {name} | {code} | {wall:.1f} | {user + system:.1f} | – | – | – | – | – | {err} |")
PY
done
