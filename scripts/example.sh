#!/usr/bin/env bash
# The main job on the bundled example data: installs what is missing, builds
# parkopt in release mode and runs the standard-land assignment on the
# illustrative Kunming case (Examples/kunming).
# Extra arguments are passed to `parkopt assign` (e.g. --language zh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh libglpk-dev
swift build -c release --product parkopt >&2
exec .build/release/parkopt assign Examples/kunming "$@"
