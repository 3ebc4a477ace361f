#!/usr/bin/env bash
# Takes docs/screenshots/german-guide.png (Help > User guide of the German console: the German
# guide) and german-doctor.png (the budget doctor's findings in German) at 1366x768, on a private
# desktop (desktop.sh). Needs the test preset built (orgconsole, orgctl, litellm-sim) and xvfb,
# openbox, xdotool, imagemagick, curl.
# Usage: docs/screenshots/take-german-guide.sh   (on a display of its own, never one in use)
source "$(dirname "$0")/desktop.sh" guide "$@"

ctl() { "$bin/orgctl" --config "$work" --operator anna.ops "$@"; }
ctl profile add produktion --url "http://127.0.0.1:$port" >/dev/null
echo "$LITELLM_MASTER_KEY" | ctl profile set-key produktion >/dev/null
create() { ctl --json org create --name "$1" --owner "$2" $3 --contact-name "$4" --contact-email "$5" 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])'; }
spend() { curl -s -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' \
  -d "{\"key\":\"$1\",\"spend\":$2}" "http://127.0.0.1:$port/sim/spend" >/dev/null; }
spend "$(create "Globex GmbH" kc-204 "--budget 20" "Hans Meier" hans@globex.example)" 23.40
create "Initech AG" kc-311 "--budget 250 --duration 1mo" "Petra Lang" petra@initech.example >/dev/null
ctl org block-key "Initech AG" >/dev/null

"$bin/orgconsole" --config "$work" --operator "Anna Ops" --lang de >/dev/null 2>&1 & pids+=($!)
sleep 8
window=$(xdotool search --sync --name '^OrgConsole$' | head -n 1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1366 740
sleep 1
xdotool key F1
sleep 2
import -window root "$out/german-guide.png"
xdotool key Escape
sleep 1
xdotool key ctrl+shift+d
sleep 4
import -window root "$out/german-doctor.png"
