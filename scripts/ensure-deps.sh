#!/usr/bin/env bash
# Installs the Debian packages ParkOpt needs, only those that are missing:
#   libglpk-dev  GLPK's header and library (the solver)
#   glpk-utils   glpsol and GLPK's example models (reference for the tests)
# Usage: scripts/ensure-deps.sh [package ...]   (default: both)
#        scripts/ensure-deps.sh --workflows      Snakemake and highspy (PyPI) into .venv-workflows, when missing
#          (highspy: HiGHS, which the tests run on written MPS files to check
#          that other solvers read them as GLPK does)
set -euo pipefail
if [ "${1:-}" = "--workflows" ]; then
  venv="$(cd "$(dirname "$0")/.." && pwd)/.venv-workflows"
  [ -x "$venv/bin/snakemake" ] && "$venv/bin/python3" -c "import highspy" 2>/dev/null && exit 0
  if [ ! -x "$venv/bin/pip" ]; then
    # Debian's python3 makes venvs only with python3-venv installed.
    python3 -c "import ensurepip" 2>/dev/null || "$0" python3-venv
    python3 -m venv "$venv"
  fi
  echo "Installing Snakemake and highspy from PyPI into $venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check snakemake highspy
  exit 0
fi
packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(libglpk-dev glpk-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
