#!/usr/bin/env bash
# Takes docs/screenshots/reports.png (Tools > Spend reports) and detail-chart.png (the detail pane's bar
# chart, stacked by model) the way a user sees them: Xvfb with openbox, a litellm-sim with four
# organizations, members and 30 days of spend on three models recorded through /sim/spend, the real
# console driven by xdotool, `import -window root`. Runs inside scripts/with-test-services (a keyring
# for the profile's master key). Needs the test preset built (orgconsole, orgctl, litellm-sim).
# Usage: docs/screenshots/take-reports.sh   (on a display of its own, never one in use)
source "$(dirname "$0")/desktop.sh" reports "$@"
[ -n "${ORGCONSOLE_SHOTS_TRACE:-}" ] && set -x

ctl() { "$bin/orgctl" --config "$work" --operator ann.ops "$@"; }
ctl profile add production --url "http://127.0.0.1:$port" >/dev/null
echo "$LITELLM_MASTER_KEY" | ctl profile set-key production >/dev/null
key() { python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])'; }
create() { ctl --json org create --name "$1" --owner "$2" --budget "$3" --duration 30d 2>/dev/null | key; }
member() { ctl --json member add "$1" --user "$2" --email "$2@example.com" 2>/dev/null | key; }
spend() { curl -s -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' \
  -d "{\"key\":\"$1\",\"spend\":$2,\"model\":\"$3\",\"date\":\"$4\"}" "http://127.0.0.1:$port/sim/spend" >/dev/null; }
acme=$(create "Acme Corp" kc-123 900); ada=$(member "Acme Corp" kc-ada); bo=$(member "Acme Corp" kc-bo)
globex=$(create "Globex" kc-204 400); initech=$(create "Initech" kc-311 250); hooli=$(create "Hooli" kc-512 600)
for d in $(seq 0 29); do
  day=$(date -u -d "-$d days" +%F)
  spend "$acme" "$(python3 -c "print(round(4 + ($d * 7 % 11) * 0.83, 2))")" gpt-4o "$day"
  spend "$ada" "$(python3 -c "print(round(2 + ($d * 5 % 7) * 0.61, 2))")" claude-3-5-sonnet "$day"
  spend "$bo" "$(python3 -c "print(round(0.5 + ($d % 4) * 0.37, 2))")" gpt-4o-mini "$day"
  spend "$globex" "$(python3 -c "print(round(3 + ($d * 3 % 5) * 0.9, 2))")" gpt-4o "$day"
  spend "$initech" "$(python3 -c "print(round(1 + ($d % 6) * 0.45, 2))")" gpt-4o-mini "$day"
  spend "$hooli" "$(python3 -c "print(round(2.5 + ($d * 2 % 9) * 0.7, 2))")" claude-3-5-sonnet "$day"
done

"$bin/orgconsole" --config "$work" --operator "Ann Ops" >/dev/null 2>&1 & pids+=($!)
sleep 8
x() { xdotool "$@"; }
window=$(xdotool search --sync --name "^OrgConsole" | head -n 1)
x windowmove "$window" 0 0 windowsize "$window" 1366 740
# The detail chart: Acme Corp selected by keyboard, its chart split by model (Alt+P).
sleep 1; x key --delay 150 ctrl+f; x type --delay 20 "Acme"; x key --delay 150 Tab ctrl+Home; sleep 2
x key alt+p; sleep 3
import -window root "$out/detail-chart.png"
# Tools > Spend reports (Ctrl+Shift+R): last 30 days by model, Ctrl+R runs it.
x key ctrl+shift+r; sleep 2
reports=$(xdotool search --sync --name '^Spend reports$' | head -n 1)
x windowmove "$reports" 30 20 windowsize "$reports" 1300 720; sleep 1
x key --delay 200 alt+e Down Down alt+g Down Down ctrl+r; sleep 5
import -window root "$out/reports.png"
echo "took $out/detail-chart.png and $out/reports.png"
