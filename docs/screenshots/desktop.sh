# Sourced by the take-*.sh scripts: a private desktop for screenshots. Re-runs the caller inside
# scripts/with-test-services (a keyring for the profile's master key), then starts Xvfb on a display
# number Xvfb chooses itself (keystrokes must not reach anyone else's windows), openbox and a
# litellm-sim on a free port; everything is stopped and the work folder removed on exit.
# Sets: out (where screenshots go), bin (the test build's executables), work, port, sim (its pid),
# DISPLAY, pids.
# Usage: source "$(dirname "$0")/desktop.sh" NAME "$@"   (NAME names the work folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${ORGCONSOLE_IN_SERVICES:-}" ]; then
  export ORGCONSOLE_IN_SERVICES=1
  exec scripts/with-test-services "$0" "${@:2}"
fi
out="$PWD/docs/screenshots"
bin="$PWD/build/test/app"
work=$(mktemp -d "/tmp/orgconsole-$1.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export ASAN_OPTIONS=detect_leaks=0 LITELLM_MASTER_KEY=sk-screenshot-master-key
Xvfb -displayfd 3 -screen 0 1366x768x24 3>"$work/display" >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start"; exit 1; }
export DISPLAY=":$(cat "$work/display")"
openbox >/dev/null 2>&1 & pids+=($!)
"$bin/litellm-sim" --port "$port" >/dev/null 2>&1 & sim=$!; pids+=($sim)
sleep 1
