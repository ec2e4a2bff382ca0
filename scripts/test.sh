#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing (GLPK and glpsol, the
# reference the tests compare against), builds everything, runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh libglpk-dev glpk-utils
swift build --build-tests
swift test --skip-build "$@"
