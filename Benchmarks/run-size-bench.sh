#!/usr/bin/env bash
# Times `parkopt size` on the Kunming green-power example with each method
# (and, when a venv with pypsa + highspy is given, the PyPSA/linopy peer).
#
#   Benchmarks/run-size-bench.sh [HOURS] [PYTHON_WITH_PYPSA]
#   METHODS="interior" Benchmarks/run-size-bench.sh 8760 /tmp/pypsa-venv/bin/python
#
# HOURS defaults to 8760 (the full year); 2160 is a quick check. Results go to
# stdout; copy the figures into Benchmarks/GREENPOWER.md with the date.
set -euo pipefail
cd "$(dirname "$0")/.."
HOURS="${1:-8760}"
PY="${2:-}"
swift build -c release --scratch-path .build-size --product parkopt >/dev/null
BIN=.build-size/release/parkopt
OUT="$(mktemp -d)"
echo "case: Examples/kunming-greenpower, ${HOURS} h, $(date -u +%FT%TZ), $(nproc) cores"
for method in ${METHODS:-interior staged plain}; do
  /usr/bin/time -f "${method}: %e s wall, %U s user, %M KB max RSS" \
    "$BIN" size Examples/kunming-greenpower --hours "$HOURS" --method "$method" \
      --output "$OUT/$method" --format json > "$OUT/$method.json" 2> "$OUT/$method.err" || true
  tail -1 "$OUT/$method.err"
  python3 - "$OUT/$method.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"  termination {d['termination']}, objective {d['annual_cost_wan']} 万元/yr, method: {d['method']}")
PY
done
if [ -n "$PY" ]; then
  "$BIN" size Examples/kunming-greenpower --hours "$HOURS" --output "$OUT/peer" \
    --write-mathprog-data "$OUT/case.dat" --method interior >/dev/null || true
  /usr/bin/time -f "pypsa+highs: %e s wall, %U s user, %M KB max RSS" "$PY" Benchmarks/pypsa_peer.py "$OUT/case.dat"
fi
