#!/usr/bin/env bash
# Submits a `parkopt batch` manifest to Slurm: an array job of N shards
# (Workflows/slurm/batch.sbatch) and a merge job that starts once every shard
# has ended (afterany: a shard with failed runs still gets merged).
# Usage: Workflows/slurm/submit.sh MANIFEST OUT [N]   (N shards, default 4)
# PARKOPT names the program (default: parkopt on PATH); extra sbatch options
# go in SBATCH_OPTIONS (e.g. "--partition=cpu --account=my-group"), extra
# `batch run` options in BATCH_OPTIONS (e.g. "--in-process").
set -euo pipefail
manifest=${1:?usage: submit.sh MANIFEST OUT [N]}
out=${2:?usage: submit.sh MANIFEST OUT [N]}
shards=${3:-4}
parkopt=${PARKOPT:-parkopt}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck disable=SC2086
array=$(sbatch --parsable ${SBATCH_OPTIONS:-} --export=ALL,PARKOPT="$parkopt",BATCH_OPTIONS="${BATCH_OPTIONS:-}" --array=0-$((shards - 1)) \
  "$here/batch.sbatch" "$manifest" "$out")
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_OPTIONS:-} --job-name=parkopt-merge --dependency=afterany:"$array" \
  --output=parkopt-merge-%j.log --wrap "$(printf '%q batch merge %q' "$parkopt" "$out")")
echo "shards: job $array (array 0-$((shards - 1))); merge: job ${merge%%;*}"
