#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing (GLPK and glpsol, the
# reference the tests compare against; Snakemake, which the batch workflow
# test runs; highspy, HiGHS for the written-MPS checks), builds everything,
# runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh libglpk-dev glpk-utils
scripts/ensure-deps.sh --workflows
swift build --build-tests
swift test --skip-build "$@"
