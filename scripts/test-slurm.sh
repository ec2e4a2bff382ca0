#!/usr/bin/env bash
# On demand, as root (not in CI): a one-node Slurm cluster on this machine
# runs a batch manifest through `sbatch --array` (Workflows/slurm/submit.sh)
# and, with SNAKEMAKE_SLURM=1 and snakemake-executor-plugin-slurm installed in
# .venv-workflows, through Snakemake's Slurm executor; each merged
# summary.csv must be byte-identical to a local `parkopt batch run` + `merge`.
# The executor asks `sacct` for job states, which needs Slurm accounting
# (slurmdbd); this one-node cluster has none, so that step waits in vain
# (seen 2026-11-28: jobs submitted and run, states never read): it is off by
# default and stopped after 300 s.
# Installs slurm-wlm and munge from Debian when missing; writes the Slurm
# configuration to a temporary folder; stops the daemons it started, by pid.
# Usage: scripts/test-slurm.sh [MANIFEST] [SHARDS]   (default: Examples/batch/kunming-quotas.yaml, 4)
# Environment: PARKOPT=BINARY uses that program instead of building the debug
# one; LOCAL=0 skips the local run and the comparison (Benchmarks/run-rank-sweep.sh);
# OUT=DIR writes the sbatch batch folder there (default: in the temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
manifest="${1:-Examples/batch/kunming-quotas.yaml}"
shards="${2:-4}"
[ "$(id -u)" -eq 0 ] || { echo "error: run as root (it starts munged, slurmctld and slurmd)" >&2; exit 1; }
scripts/ensure-deps.sh slurm-wlm munge
if [ -n "${PARKOPT:-}" ]; then
  parkopt="$(cd "$(dirname "$PARKOPT")" && pwd)/$(basename "$PARKOPT")"
else
  swift build --product parkopt >&2
  parkopt="$(pwd)/.build/debug/parkopt"
fi
case "$manifest" in /*) ;; *) manifest="$(pwd)/$manifest" ;; esac
tmp="$(mktemp -d /tmp/parkopt-slurm.XXXXXX)"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap stop EXIT
host="$(hostname -s)"
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/munge" /run/munge
[ -f /etc/munge/munge.key ] || { mungekey -c 2>/dev/null || create-munge-key -f; }
chown root:root /etc/munge/munge.key /run/munge 2>/dev/null || true
munged --force --socket="$tmp/munge/munge.socket" --pid-file="$tmp/munge/munged.pid" --log-file="$tmp/munge/munged.log" \
  --seed-file="$tmp/munge/munged.seed"
sleep 1
pids+=("$(cat "$tmp/munge/munged.pid")")
cat >"$tmp/slurm.conf" <<CONF
ClusterName=parkopt
SlurmctldHost=$host
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=$host CPUs=$(nproc) RealMemory=$(free -m | awk '/^Mem:/ {print $2}') State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$tmp/slurm.conf"
slurmctld -f "$SLURM_CONF" -i
sleep 1
pids+=("$(cat "$tmp/slurmctld.pid")")
slurmd -f "$SLURM_CONF"
sleep 2
pids+=("$(cat "$tmp/slurmd.pid")")
for _ in $(seq 30); do sinfo -h -o '%T' 2>/dev/null | grep -qE 'idle|mixed' && break; sleep 1; done
sinfo >&2

if [ "${LOCAL:-1}" != 0 ]; then
  echo "local run" >&2
  start=$(date +%s.%N)
  "$parkopt" batch run "$manifest" -o "$tmp/local" --merge >/dev/null 2>&1 || true
  echo "local: $(echo "$(date +%s.%N) - $start" | bc) s" >&2
fi
out="${OUT:-$tmp/sbatch}"

wait_queue() { for _ in $(seq "${WAIT_S:-600}"); do [ -z "$(squeue -h)" ] && return 0; sleep 1; done; echo "timeout" >&2; return 1; }
echo "sbatch --array ($shards shards) + merge job" >&2
start=$(date +%s.%N)
(cd "$tmp" && PARKOPT="$parkopt" "$OLDPWD/Workflows/slurm/submit.sh" "$manifest" "$out" "$shards")
wait_queue
echo "sbatch: $(echo "$(date +%s.%N) - $start" | bc) s" >&2
if [ "${LOCAL:-1}" != 0 ]; then
  cmp "$tmp/local/summary.csv" "$out/summary.csv"
  echo "sbatch: summary.csv identical to the local run" >&2
fi

snakemake=".venv-workflows/bin/snakemake"
if [ "${SNAKEMAKE_SLURM:-0}" = 1 ] && [ -x "$snakemake" ] \
  && .venv-workflows/bin/python -c "import snakemake_executor_plugin_slurm" 2>/dev/null; then
  echo "Snakemake, Slurm executor" >&2
  timeout 300 "$snakemake" -s Workflows/Snakefile --executor slurm --jobs "$shards" --latency-wait 5 --directory "$tmp" \
    --default-resources slurm_partition=debug runtime=60 mem_mb=500 \
    --config manifest="$manifest" out="$tmp/snake" shards="$shards" parkopt="$parkopt" >&2
  cmp "$tmp/local/summary.csv" "$tmp/snake/summary.csv"
  echo "snakemake --executor slurm: summary.csv identical to the local run" >&2
else
  echo "skipped Snakemake's Slurm executor (SNAKEMAKE_SLURM=1; needs Slurm accounting and snakemake-executor-plugin-slurm)" >&2
fi
echo "ok"
