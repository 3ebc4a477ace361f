#!/usr/bin/env bash
# Takes the 1366x768 screenshots of the README's "Using the console" section the way a user sees the
# console: Xvfb with openbox, a litellm-sim with five organizations (one over its budget, one with a
# blocked key), the real console driven by xdotool, `import -window root`. Runs inside
# scripts/with-test-services (a keyring for the profile's master key). Needs the test preset built
# (orgconsole, orgctl, litellm-sim) and xvfb, openbox, xdotool, imagemagick, curl.
# Usage: docs/screenshots/take-1366x768.sh   (on a display of its own, never one in use)
source "$(dirname "$0")/desktop.sh" shots "$@"

ctl() { "$bin/orgctl" --config "$work" --operator ann.ops "$@"; }
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
spend "$(create "Hooli" kc-512 "--budget 100" "Gavin Belson" gavin@hooli.example)" 100
ctl org block-key Initech >/dev/null

"$bin/orgconsole" --config "$work" --operator "Ann Ops" >/dev/null 2>&1 & pids+=($!)
sleep 8
x() { xdotool "$@"; }
shot() { sleep "${2:-1.5}"; import -window root "$out/$1"; }
window=$(xdotool search --sync --name '^OrgConsole$' | head -n 1)
x windowmove "$window" 0 0 windowsize "$window" 1366 740
row() { sleep 1; x key --delay 150 ctrl+f Tab ctrl+Home; for _ in $(seq "$1"); do x key Down; done; } # by keyboard: filter, list, row
row 0; shot console-1366x768.png
row 1; shot over-budget-1366x768.png
# The key page: a new organization by keyboard (Alt+N next, Alt+C create).
x key ctrl+n; sleep 1.5
x type --delay 15 "Stark Industries"; x key Tab; x type --delay 15 "kc-601"; x key Tab; x type --delay 15 "Pepper Potts"
x key Tab; x type --delay 15 "pepper@stark.example"; sleep 1; x key alt+n; sleep 1; x key alt+n; sleep 1; x key alt+c; sleep 4
x key alt+n; shot key-page-1366x768.png
x key alt+s; sleep 0.3; x key alt+f; sleep 1
# The proxy stops answering: the figures say how old they are.
kill -STOP "$sim"
row 1; x key F5; shot proxy-unreachable-1366x768.png 20
kill -CONT "$sim"
ls -1 "$out"/*-1366x768.png
