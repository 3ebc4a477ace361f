#!/usr/bin/env bash
# Takes docs/screenshots/german.png: the console in German (--lang de) as a user sees it at 1366x768,
# Xvfb with openbox, a litellm-sim with organizations that have spend (one over its budget, one with
# a blocked key), the over-budget one selected by keyboard, `import -window root`. Runs inside
# scripts/with-test-services (a keyring for the profile's master key). Needs the test preset built
# (orgconsole, orgctl, litellm-sim) and xvfb, openbox, xdotool, imagemagick, curl.
# Usage: docs/screenshots/take-german.sh   (on a display of its own, never one in use)
source "$(dirname "$0")/desktop.sh" shots "$@"

ctl() { "$bin/orgctl" --config "$work" --operator anna.ops "$@"; }
ctl profile add produktion --url "http://127.0.0.1:$port" >/dev/null
echo "$LITELLM_MASTER_KEY" | ctl profile set-key produktion >/dev/null
create() { ctl --json org create --name "$1" --owner "$2" $3 --contact-name "$4" --contact-email "$5" 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])'; }
spend() { curl -s -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' \
  -d "{\"key\":\"$1\",\"spend\":$2}" "http://127.0.0.1:$port/sim/spend" >/dev/null; }
spend "$(create "Bäckerei Schmidt KG" kc-123 "--budget 500" "Anna Schmidt" anna@schmidt.example)" 182.40
spend "$(create "Globex GmbH" kc-204 "--budget 20" "Hans Meier" hans@globex.example)" 23.40
spend "$(create "Initech AG" kc-311 "--budget 250 --duration 1mo" "Petra Lang" petra@initech.example)" 61.10
spend "$(create "Müller & Söhne" kc-408 "--unlimited" "Jörg Müller" joerg@mueller.example)" 1204.75
ctl org block-key "Initech AG" >/dev/null

"$bin/orgconsole" --config "$work" --operator "Anna Ops" --lang de >/dev/null 2>&1 & pids+=($!)
sleep 8
window=$(xdotool search --sync --name '^OrgConsole$' | head -n 1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1366 740
sleep 1
xdotool key --delay 150 ctrl+f Tab ctrl+Home Down # by keyboard: filter, list, the second row (over budget)
sleep 2
import -window root "$out/german.png"
