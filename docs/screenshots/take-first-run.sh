#!/usr/bin/env bash
# Takes the screenshots of the README's "First run and Help" section as a user sees them: Xvfb with
# openbox, the real console driven by xdotool, `import -window root`.
#   first-run.png   a fresh sandbox (an empty settings folder), after the name asked at the first start
#   user-guide.png  Help > User guide (F1), searched
#   dark.png        --dark, against a litellm-sim with organizations in every state, one over budget
#   scaled-200.png  the same at QT_SCALE_FACTOR=2 on a 2732x1536 screen (1366x768 at 200 %)
# Runs inside scripts/with-test-services (a keyring for the profile's master key). Needs the test
# preset built (orgconsole, orgctl, litellm-sim) and xvfb, openbox, xdotool, imagemagick, curl.
# Usage: docs/screenshots/take-first-run.sh   (on displays of its own, never one in use)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${ORGCONSOLE_IN_SERVICES:-}" ]; then
  export ORGCONSOLE_IN_SERVICES=1
  exec scripts/with-test-services "$0" "$@"
fi
out="$PWD/docs/screenshots"
bin="$PWD/build/test/app"
work=$(mktemp -d /tmp/orgconsole-shots.XXXXXX)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export ASAN_OPTIONS=detect_leaks=0 LITELLM_MASTER_KEY=sk-screenshot-master-key

# A display of its own, chosen by Xvfb: keystrokes must not reach anyone else's windows.
display() {
  Xvfb -displayfd 3 -screen 0 "$1" 3>"$work/display-$1" >/dev/null 2>&1 & pids+=($!)
  for _ in $(seq 50); do [ -s "$work/display-$1" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$work/display-$1")"
  openbox >/dev/null 2>&1 & pids+=($!)
}
x() { xdotool "$@"; }
shot() { sleep "${2:-1.5}"; import -window root "$out/$1"; }
console() { "$bin/orgconsole" "$@" >/dev/null 2>&1 & console_pid=$!; pids+=($console_pid); sleep 8; }
quit() { x key ctrl+q; sleep 1; kill "$console_pid" 2>/dev/null || true; }

# 1. A first run: no settings, so the sandbox; the name for the audit trail, then the empty state.
display 1366x768x24
console --config "$work/fresh"
x type --delay 20 "Ann Ops"; x key Return
shot first-run.png
x key F1; sleep 1.5; x type --delay 30 "keyboard"; x key Return
shot user-guide.png
x key Escape; quit

# Organizations in every state, on a simulator behind a profile.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$bin/litellm-sim" --port "$port" >/dev/null 2>&1 & pids+=($!)
sleep 1
ctl() { "$bin/orgctl" --config "$work/data" --operator ann.ops "$@"; }
ctl profile add production --url "http://127.0.0.1:$port" >/dev/null
echo "$LITELLM_MASTER_KEY" | ctl profile set-key production >/dev/null
create() { ctl --json org create --name "$1" --owner "$2" $3 --contact-name "$4" --contact-email "$5" 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])'; }
spend() { curl -s -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' \
  -d "{\"key\":\"$1\",\"spend\":$2}" "http://127.0.0.1:$port/sim/spend" >/dev/null; }
spend "$(create "Acme Corp" kc-123 "--budget 500" "Ann Smith" ann@acme.example)" 182.40
spend "$(create "Globex" kc-204 "--budget 20" "Hank Scorpio" hank@globex.example)" 23.40
spend "$(create "Initech" kc-311 "--budget 250 --duration 1mo" "Bill Lumbergh" bill@initech.example)" 61.10
spend "$(create "Umbrella Research" kc-408 "--unlimited" "Alice Abernathy" alice@umbrella.example)" 1204.75
ctl org block-key Initech >/dev/null
row() { sleep 1; x key --delay 150 ctrl+f Tab ctrl+Home; for _ in $(seq "$1"); do x key Down; done; }

# 2. The dark palette, the organization over its budget selected.
console --config "$work/data" --operator "Ann Ops" --dark
window=$(xdotool search --sync --name '^OrgConsole$' | head -n 1)
x windowmove "$window" 0 0 windowsize "$window" 1366 740
row 1; shot dark.png 3
quit

# 3. 200 %: a 2732x1536 screen, the same window of 1366x740 logical pixels.
display 2732x1536x24
QT_SCALE_FACTOR=2 console --config "$work/data" --operator "Ann Ops"
window=$(xdotool search --sync --name '^OrgConsole$' | head -n 1)
x windowmove "$window" 0 0 windowsize "$window" 2732 1480
row 1; shot scaled-200.png 3
quit
ls -1 "$out"/first-run.png "$out"/user-guide.png "$out"/dark.png "$out"/scaled-200.png
