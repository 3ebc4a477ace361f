#!/usr/bin/env bash
# Takes docs/screenshots/demo-data.png: the sandbox console with the demo organizations as a trainee
# sees it at 1366x768 (Xvfb with openbox): `orgctl --sandbox demo load`, then `orgconsole --sandbox`
# on the same folder, simulated usage turned on from the Sandbox menu, Globex Analytics (at risk)
# chosen by typing in the list, `import -window root`. Needs the test preset built (orgconsole,
# orgctl) and xvfb, openbox, xdotool, imagemagick.
# Usage: docs/screenshots/take-demo.sh   (on a display of its own, never one in use)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/docs/screenshots"
bin="$PWD/build/test/app"
work=$(mktemp -d /tmp/orgconsole-demo-shot.XXXXXX)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export ASAN_OPTIONS=detect_leaks=0
# A free display number chosen by Xvfb itself: keystrokes must not reach anyone else's windows.
Xvfb -displayfd 3 -screen 0 1366x768x24 3>"$work/display" >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start"; exit 1; }
export DISPLAY=":$(cat "$work/display")"
openbox >/dev/null 2>&1 & pids+=($!)

"$bin/orgctl" --config "$work" --operator trainee --sandbox demo load 2>/dev/null
"$bin/orgconsole" --config "$work" --operator "Tessa Trainee" --sandbox >/dev/null 2>&1 & pids+=($!)
window=$(xdotool search --sync --name 'SANDBOX' | head -n 1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1366 740
sleep 8
xdotool key --delay 150 alt+s s # Sandbox > Simulated usage
sleep 6
xdotool key --delay 150 ctrl+f Tab ctrl+Home && xdotool type --delay 60 "Glob" # the list's own search
sleep 3
import -window root "$out/demo-data.png"
