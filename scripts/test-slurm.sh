#!/usr/bin/env bash
# On demand, as root (not in CI): a one-node Slurm cluster on this machine
# runs a batch manifest through `sbatch --array` (Workflows/slurm/submit.sh)
# and, with SNAKEMAKE_SLURM=1, through Snakemake's Slurm executor; each merged
# summary.csv must be byte-identical to a local `parkopt batch run` + `merge`.
# Installs slurm-wlm and munge from Debian when missing; writes the Slurm
# configuration to a temporary folder; stops the daemons it started, by pid.
#
# SNAKEMAKE_SLURM=1: the executor asks `sacct` for job states, which needs
# Slurm accounting, so the cluster also gets slurmdbd on a MariaDB of its own:
# installs slurmdbd and mariadb-server from Debian when missing, starts
# mariadbd on a data folder and a free 127.0.0.1 port in the temporary
# folder, creates the accounting database and its user, starts slurmdbd with
# a configuration there (slurm.conf: AccountingStorageType=
# accounting_storage/slurmdbd), registers the cluster (`sacctmgr -i add
# cluster`), and installs snakemake 9.27.1, snakemake-executor-plugin-slurm
# 2.8.0 and snakemake-executor-plugin-slurm-jobstep 0.6.0 from PyPI into
# .venv-workflows when missing (pinned: the plugin's 2.x line needs
# snakemake >= 9 and jobstep >= 0.6.0; jobstep 0.6.1 removes SLURM_CONF from
# the environment of the `srun` it starts inside each job, so on a cluster
# whose slurm.conf is not in the default place, like this one, every job
# fails with "srun: fatal: Could not establish a configuration source").
# Usage: scripts/test-slurm.sh [MANIFEST] [SHARDS]   (default: Examples/batch/kunming-quotas.yaml, 4)
# Environment: PARKOPT=BINARY uses that program instead of building the debug
# one; LOCAL=0 skips the local run and the comparison (Benchmarks/run-rank-sweep.sh);
# OUT=DIR writes the sbatch batch folder there (default: in the temporary folder);
# SNAKEMAKE_SLURM=1 adds the Snakemake Slurm executor run (with accounting).
set -euo pipefail
cd "$(dirname "$0")/.."
manifest="${1:-Examples/batch/kunming-quotas.yaml}"
shards="${2:-4}"
[ "$(id -u)" -eq 0 ] || { echo "error: run as root (it starts munged, slurmctld and slurmd)" >&2; exit 1; }
scripts/ensure-deps.sh slurm-wlm munge
snakemake_slurm="${SNAKEMAKE_SLURM:-0}"
SNAKEMAKE_VERSION=9.27.1 PLUGIN_VERSION=2.8.0 JOBSTEP_VERSION=0.6.0
venv="$(pwd)/.venv-workflows"
if [ "$snakemake_slurm" = 1 ]; then
  [ "${LOCAL:-1}" != 0 ] || { echo "error: SNAKEMAKE_SLURM=1 compares with the local run: drop LOCAL=0" >&2; exit 1; }
  scripts/ensure-deps.sh slurmdbd mariadb-server
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  installed() { "$venv/bin/python" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || true; }
  if [ "$(installed snakemake)" != "$SNAKEMAKE_VERSION" ] \
    || [ "$(installed snakemake-executor-plugin-slurm)" != "$PLUGIN_VERSION" ] \
    || [ "$(installed snakemake-executor-plugin-slurm-jobstep)" != "$JOBSTEP_VERSION" ]; then
    echo "installing snakemake $SNAKEMAKE_VERSION, snakemake-executor-plugin-slurm $PLUGIN_VERSION and -jobstep $JOBSTEP_VERSION into $venv" >&2
    "$venv/bin/pip" install -q --disable-pip-version-check "snakemake==$SNAKEMAKE_VERSION" \
      "snakemake-executor-plugin-slurm==$PLUGIN_VERSION" "snakemake-executor-plugin-slurm-jobstep==$JOBSTEP_VERSION" >&2
  fi
fi
if [ -n "${PARKOPT:-}" ]; then
  parkopt="$(cd "$(dirname "$PARKOPT")" && pwd)/$(basename "$PARKOPT")"
else
  swift build --product parkopt >&2
  parkopt="$(pwd)/.build/debug/parkopt"
fi
case "$manifest" in /*) ;; *) manifest="$(pwd)/$manifest" ;; esac
tmp="$(mktemp -d /tmp/parkopt-slurm.XXXXXX)"
pids=()
# Stops the daemons started here, last started first, each by its pid (10 s
# to end, then SIGKILL); removes the database files.
stop() {
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do
    pid="${pids[k]}"
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp/mysql"
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
accounting="AccountingStorageType=accounting_storage/none"
if [ "$snakemake_slurm" = 1 ]; then
  # Slurm accounting: MariaDB (data in $tmp/mysql, TCP on 127.0.0.1 only) and slurmdbd.
  dbport=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
  dbdport=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
  dbpass="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  start=$(date +%s.%N)
  mariadb-install-db --no-defaults --user=root --datadir="$tmp/mysql" --auth-root-authentication-method=socket \
    >"$tmp/mariadb-install.log" 2>&1
  mariadbd --no-defaults --user=root --datadir="$tmp/mysql" --socket="$tmp/mysql.sock" --pid-file="$tmp/mysql.pid" \
    --bind-address=127.0.0.1 --port="$dbport" --log-error="$tmp/mariadb.log" --innodb-buffer-pool-size=64M &
  pids+=("$!")
  for _ in $(seq 60); do [ -S "$tmp/mysql.sock" ] && break; sleep 0.5; done
  mariadb --no-defaults --socket="$tmp/mysql.sock" -u root <<SQL
CREATE DATABASE slurm_acct_db;
CREATE USER 'slurm'@'127.0.0.1' IDENTIFIED BY '$dbpass';
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';
SQL
  cat >"$tmp/slurmdbd.conf" <<CONF
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/munge.socket
DbdHost=$host
DbdPort=$dbdport
SlurmUser=root
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$dbport
StorageUser=slurm
StoragePass=$dbpass
StorageLoc=slurm_acct_db
PidFile=$tmp/slurmdbd.pid
LogFile=$tmp/slurmdbd.log
CONF
  chmod 600 "$tmp/slurmdbd.conf"
  # slurmdbd reads slurmdbd.conf beside $SLURM_CONF.
  SLURM_CONF="$tmp/slurm.conf" slurmdbd
  for _ in $(seq 50); do [ -s "$tmp/slurmdbd.pid" ] && break; sleep 0.2; done
  pids+=("$(cat "$tmp/slurmdbd.pid")")
  # AccountingStoragePass: the munge socket for the connection to slurmdbd.
  accounting="AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=$host
AccountingStoragePort=$dbdport
AccountingStoragePass=$tmp/munge/munge.socket"
  echo "MariaDB and slurmdbd: $(echo "$(date +%s.%N) - $start" | bc) s" >&2
fi
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
$accounting
NodeName=$host CPUs=$(nproc) RealMemory=$(free -m | awk '/^Mem:/ {print $2}') State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$tmp/slurm.conf"
if [ "$snakemake_slurm" = 1 ]; then
  # slurmdbd takes a few seconds to listen: retry quietly.
  for _ in $(seq 30); do sacctmgr -i add cluster parkopt >&2 2>/dev/null && break; sleep 1; done
  sacctmgr -n list cluster format=cluster >&2
fi
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

if [ "$snakemake_slurm" = 1 ]; then
  echo "Snakemake, Slurm executor ($shards shard jobs + a merge job)" >&2
  start=$(date +%s.%N)
  timeout "${WAIT_S:-900}" "$venv/bin/snakemake" -s "$(pwd)/Workflows/Snakefile" --executor slurm --jobs "$shards" \
    --latency-wait 5 --directory "$tmp" --default-resources slurm_partition=debug runtime=60 mem_mb=500 \
    --config manifest="$manifest" out="$tmp/snake" shards="$shards" parkopt="$parkopt" >"$tmp/snakemake.log" 2>&1 \
    || { tail -40 "$tmp/snakemake.log" >&2; exit 1; }
  echo "snakemake --executor slurm: $(echo "$(date +%s.%N) - $start" | bc) s" >&2
  sacct -X -n -P --format=JobID,JobName,State,Elapsed >&2
  cmp "$tmp/local/summary.csv" "$tmp/snake/summary.csv"
  echo "snakemake --executor slurm: summary.csv identical to the local run" >&2
else
  echo "skipped Snakemake's Slurm executor (SNAKEMAKE_SLURM=1 runs it, with Slurm accounting)" >&2
fi
echo "ok"
