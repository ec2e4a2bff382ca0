#!/usr/bin/env bash
# A longer fuzz run on demand: N mutations per command (assign, evaluate,
# size, solve) drawn by the committed fuzz test's generator
# (Tests/ParkOptCLITests/Fuzz/), run through the built parkopt, and a count of
# the outcomes per command: exit code -> count, crashes, hangs, result folders
# a failed run changed, and each broken rule with an example.
#
#   scripts/fuzz.sh N [--seed S] [--jobs J] [--timeout SECONDS] [--log FILE]
#
# The same N and seed give the same mutations. Every outcome is written to
# the log (tab-separated: command, index, ending, broken rules, kind,
# mutation, first message line, reproducer); the case folders of runs that
# broke a rule are kept for reproduction (PARKOPT_KEEP_SCRATCH=1: the test
# process's scratch folder, TMPDIR/parkopt-tests-PID, stays when not empty).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/fuzz.sh N [--seed S] [--jobs J] [--timeout SECONDS] [--log FILE]" >&2; exit 2; }
[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || usage
count=$1; shift
seed=14 jobs=2 timeout=20 log=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --seed) seed=${2:?}; shift 2 ;;
    --jobs) jobs=${2:?}; shift 2 ;;
    --timeout) timeout=${2:?}; shift 2 ;;
    --log) log=${2:?}; shift 2 ;;
    *) usage ;;
  esac
done
log=${log:-${TMPDIR:-/tmp}/parkopt-fuzz-seed$seed-n$count.tsv}
rm -f "$log"

scripts/ensure-deps.sh libglpk-dev glpk-utils
swift build --build-tests >&2

status=0
PARKOPT_FUZZ_COUNT=$count PARKOPT_FUZZ_SEED=$seed PARKOPT_FUZZ_JOBS=$jobs PARKOPT_FUZZ_TIMEOUT=$timeout \
  PARKOPT_FUZZ_LOG=$log PARKOPT_KEEP_SCRATCH=1 swift test --skip-build --filter FuzzTests > "$log.out" 2>&1 || status=$?

echo "seed $seed, $count mutations per command, $jobs at a time, hang after $timeout s"
grep '^fuzz:' "$log.out" | sed 's/^fuzz: //' || { cat "$log.out"; exit 3; }
if [[ -s $log ]]; then
  echo
  echo "broken rules (command, rule: count, first example):"
  awk -F'\t' '$4 != "" {
      n = split($4, rules, ",")
      for (i = 1; i <= n; i++) {
        key = $1 " " rules[i]
        if (!(key in count)) example[key] = $6 " -> " $3 ": " substr($7, 1, 160) "\t" $8
        count[key]++
      }
    }
    END { for (k in count) printf "%s\t%d\t%s\n", k, count[k], example[k] }' "$log" | sort |
    awk -F'\t' '{ printf "  %s: %d\n    e.g. %s\n    %s\n", $1, $2, $3, $4 }'
fi
echo
echo "every outcome: $log; the test's output: $log.out"
exit $status
