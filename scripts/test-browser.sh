#!/usr/bin/env bash
# The browser test of `parkopt serve` (on demand, not in CI): installs
# Debian's chromium and fonts-noto-cjk when missing, builds parkopt and
# parkopt-serve, starts the server on a free loopback port with a fresh data
# folder, and drives the page in headless Chromium over the DevTools protocol
# (scripts/browser_drive.py, standard-library Python): upload the Kunming
# case's CSV files, run assign (no explaining re-solves), wait for it, open the
# report and check its DOM (maps, parcel shapes, table rows), download the
# result zip. Screenshots go to docs/ (or $SCREENSHOTS).
# Usage: scripts/test-browser.sh            (debug build; CONFIG=release for release)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh libglpk-dev chromium fonts-noto-cjk
config="${CONFIG:-debug}"
swift build -c "$config" --product parkopt >&2
swift build -c "$config" --product parkopt-serve >&2
bin=".build/$config"
shots="${SCREENSHOTS:-docs}"
mkdir -p "$shots"

work="$(mktemp -d)"
server_pid=""; chrome_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$chrome_pid" ] && kill "$chrome_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

"$bin/parkopt" serve --port 0 --data-dir "$work/data" --examples Examples >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do grep -q "^parkopt serve: http://" "$work/server.log" && break; sleep 0.2; done
url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/server.log" | head -1)"
[ -n "$url" ] || { cat "$work/server.log" >&2; echo "browser test: the server did not start" >&2; exit 1; }
echo "browser test: server at $url" >&2

devtools="$(free_port)"
chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions \
  --user-data-dir="$work/chrome" --remote-debugging-address=127.0.0.1 --remote-debugging-port="$devtools" \
  --window-size=1200,900 about:blank >"$work/chrome.log" 2>&1 &
chrome_pid=$!
for _ in $(seq 1 100); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$devtools/json/version')" 2>/dev/null && break; sleep 0.2; done

start=$(date +%s)
python3 scripts/browser_drive.py "$url" "$devtools" Examples/kunming "$shots"
echo "browser test: done in $(( $(date +%s) - start )) s (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
