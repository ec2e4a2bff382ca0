#!/usr/bin/env bash
# Compares building (and solving) sparse LPs through ParkOpt's Swift API with
# a plain C program that calls glp_load_matrix. See Benchmarks/README.md.
#
# Usage: bash Benchmarks/run-glpk-bench.sh
# Environment (all optional):
#   REPEATS       runs per case and program; medians are reported (default 5)
#   SCRATCH_PATH  swift build --scratch-path (default .build)
#   SEED          generator seed (default 42)
#   BUILD_CASES   ROWSxCOLSxPER_ROW cases timed without solving (may be empty)
#   SOLVE_CASES   ROWSxCOLSxPER_ROW cases that are also solved (may be empty)
set -euo pipefail
cd "$(dirname "$0")/.."

REPEATS=${REPEATS:-5}
SCRATCH=${SCRATCH_PATH:-.build}
SEED=${SEED:-42}
BUILD_CASES=${BUILD_CASES-"10000x10000x10 100000x100000x10 10000x100000x100"}
SOLVE_CASES=${SOLVE_CASES-"2000x2000x10 5000x5000x10"}

# One build at a time (the products share most of their dependencies).
swift build -c release --scratch-path "$SCRATCH" --product glpk-bench >&2
swift build -c release --scratch-path "$SCRATCH" --product glpk-bench-c >&2
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The median of the numbers on standard input ("-" when there are none).
median() {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "-"; exit }
      if (NR % 2) printf "%.6f\n", v[(NR + 1) / 2]
      else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

# median_of PREFIX KEY: the median of KEY=value over the runs PREFIX-*.txt.
median_of() {
  local prefix=$1 key=$2
  cat "$prefix"-*.txt | sed -n "s/^$key=//p" | median
}

# paired_ratio DIR SWIFT_KEY C_KEY: the median over runs r of
# SWIFT_KEY(swift-r) / C_KEY(c-r). Runs r of both programs are adjacent, so
# each ratio sees the same background load; this is steadier than a ratio of
# medians on a shared machine.
paired_ratio() {
  local dir=$1 swift_key=$2 c_key=$3 r a b
  for ((r = 1; r <= REPEATS; r++)); do
    a=$(sed -n "s/^$swift_key=//p" "$dir/swift-$r.txt")
    b=$(sed -n "s/^$c_key=//p" "$dir/c-$r.txt")
    awk -v a="$a" -v b="$b" 'BEGIN { if (b + 0 > 0) printf "%.6f\n", a / b }'
  done | median | awk '{ if ($1 == "-") print "-"; else printf "%.2f\n", $1 }'
}

# ms SECONDS: milliseconds with one decimal ("-" stays "-").
ms() {
  awk -v s="$1" 'BEGIN { if (s == "-") print "-"; else printf "%.1f\n", s * 1000 }'
}

# sec SECONDS: seconds with three decimals ("-" stays "-").
sec() {
  awk -v s="$1" 'BEGIN { if (s == "-") print "-"; else printf "%.3f\n", s }'
}

# run_case ROWSxCOLSxPER_ROW [--no-solve]: REPEATS runs of each program,
# alternating which goes first; prints one Markdown table row.
run_case() {
  local spec=$1 extra=${2:-}
  local rows cols per
  IFS=x read -r rows cols per <<<"$spec"
  local dir="$WORK/$spec"
  mkdir -p "$dir"
  for ((r = 1; r <= REPEATS; r++)); do
    if ((r % 2)); then
      "$BIN/glpk-bench-c" "$rows" "$cols" "$per" "$SEED" $extra >"$dir/c-$r.txt"
      "$BIN/glpk-bench" "$rows" "$cols" "$per" "$SEED" $extra >"$dir/swift-$r.txt"
    else
      "$BIN/glpk-bench" "$rows" "$cols" "$per" "$SEED" $extra >"$dir/swift-$r.txt"
      "$BIN/glpk-bench-c" "$rows" "$cols" "$per" "$SEED" $extra >"$dir/c-$r.txt"
    fi
    echo "  $spec run $r/$REPEATS done" >&2
  done

  local nnz c_build s_model s_validate s_load s_total s_expr c_solve s_solve objective
  nnz=$(sed -n 's/^nonzeros=//p' "$dir/c-1.txt")
  c_build=$(median_of "$dir/c" c_build_seconds)
  s_model=$(median_of "$dir/swift" swift_model_build_seconds)
  s_validate=$(median_of "$dir/swift" swift_validate_seconds)
  s_load=$(median_of "$dir/swift" swift_load_seconds)
  s_total=$(median_of "$dir/swift" swift_total_build_seconds)
  s_expr=$(median_of "$dir/swift" swift_expr_model_build_seconds)
  c_solve=$(median_of "$dir/c" c_solve_seconds)
  s_solve=$(median_of "$dir/swift" swift_solve_seconds)
  objective=$(check_objectives "$dir")

  printf '| %s | %s | %s | %s | %s | %s | %s | **%s** | %s | %s | %s | %s | %s |\n' \
    "$spec" "$nnz" "$(ms "$c_build")" "$(ms "$s_model")" "$(ms "$s_validate")" \
    "$(ms "$s_load")" "$(ms "$s_total")" \
    "$(paired_ratio "$dir" swift_total_build_seconds c_build_seconds)" \
    "$(paired_ratio "$dir" swift_model_build_seconds c_build_seconds)" "$(ms "$s_expr")" \
    "$(sec "$c_solve")" "$(sec "$s_solve")" "$objective"
}

# check_objectives DIR: "-" without solves, else the objective and whether
# every Swift run matches every C run within a relative 1e-9.
check_objectives() {
  local dir=$1
  if ! grep -q '^objective=' "$dir/c-1.txt"; then
    echo "-"
    return
  fi
  cat "$dir"/c-*.txt "$dir"/swift-*.txt | sed -n 's/^objective=//p' | awk '
    NR == 1 { first = $1; lo = $1; hi = $1 }
    { if ($1 < lo) lo = $1; if ($1 > hi) hi = $1 }
    END {
      scale = (first < 0 ? -first : first); if (scale < 1) scale = 1
      if ((hi - lo) / scale <= 1e-9) printf "%.12g (match)\n", first
      else printf "MISMATCH %.17g vs %.17g\n", lo, hi
    }'
}

echo "GLPK $(sed -n 's/^#define GLP_MAJOR_VERSION *//p' /usr/include/glpk.h).$(sed -n 's/^#define GLP_MINOR_VERSION *//p' /usr/include/glpk.h), seed $SEED, median of $REPEATS runs, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
echo
echo "Build columns in milliseconds, solve columns in seconds."
echo "ratio = Swift total build / C build, model ratio = Swift model construction / C build,"
echo "each the median of the $REPEATS per-run ratios (run r of Swift against run r of C)."
echo
echo "| case (rows×cols×per row) | nonzeros | C build ms | Swift model ms | Swift validate ms | Swift load ms | Swift total ms | ratio | model ratio | Swift expr model ms | C solve s | Swift solve s | objective |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
ROWS_OUT="$WORK/table.txt"
for spec in $BUILD_CASES; do run_case "$spec" --no-solve | tee -a "$ROWS_OUT"; done
for spec in $SOLVE_CASES; do run_case "$spec" | tee -a "$ROWS_OUT"; done

if grep -q MISMATCH "$ROWS_OUT"; then
  echo "error: the Swift and C solves reached different objectives" >&2
  exit 1
fi
