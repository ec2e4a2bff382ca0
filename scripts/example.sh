#!/usr/bin/env bash
# The main job on the bundled example data: installs what is missing, builds
# parkopt in release mode and solves the illustrative parcel-assignment model.
# Extra arguments are passed to `parkopt solve` (e.g. --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh libglpk-dev
swift build -c release --product parkopt >&2
exec .build/release/parkopt solve Examples/solve/park_parcels.mod "$@"
