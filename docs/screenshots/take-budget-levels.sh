#!/usr/bin/env bash
# Takes docs/screenshots/budget-levels.png the way a user sees it: Xvfb (1366x768) with openbox, a
# litellm-sim with organizations spending at different paces over the last week (one at risk, one
# over budget, one with a blocked key, one unlimited), the real console, `import -window root`.
# Runs inside scripts/with-test-services (a keyring for the profile's master key). Needs the test
# preset built (orgconsole, orgctl, litellm-sim) and xvfb, openbox, imagemagick, curl.
source "$(dirname "$0")/desktop.sh" levels "$@"

ctl() { "$bin/orgctl" --config "$work" --operator ann.ops "$@"; }
ctl profile add production --url "http://127.0.0.1:$port" >/dev/null
echo "$LITELLM_MASTER_KEY" | ctl profile set-key production >/dev/null
create() { ctl --json org create --name "$1" --owner "$2" $3 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["key_hash"])'; }
# spend KEY USD DAYS: USD spread evenly over the last DAYS days (today included).
spend() {
  for d in $(seq 0 $(($3 - 1))); do
    day=$(date -u -d "-$d day" +%F)
    curl -s -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' \
      -d "{\"key\":\"$1\",\"spend\":$(python3 -c "print(round($2/$3, 2))"),\"date\":\"$day\"}" "http://127.0.0.1:$port/sim/spend" >/dev/null
  done
}
spend "$(create "Acme Corp" kc-123 "--budget 500 --duration 30d")" 420 7
spend "$(create "Globex" kc-204 "--budget 200 --duration 30d")" 236 7
spend "$(create "Initech" kc-311 "--budget 250 --duration 30d")" 61 7
spend "$(create "Umbrella Research" kc-408 "--unlimited")" 1204 7
spend "$(create "Hooli" kc-512 "--budget 1000 --duration 30d")" 690 4
spend "$(create "Stark Industries" kc-601 "--budget 3000 --duration 30d")" 350 7
ctl org block-key Initech >/dev/null
ctl budget levels Hooli --set 60,90,100 >/dev/null

"$bin/orgconsole" --config "$work" --operator "Ann Ops" >"$work/console.log" 2>&1 & pids+=($!)
sleep 6 # the start's refresh, the evaluation and the forecast
for w in $(xdotool search --onlyvisible --name 'OrgConsole' || true); do
  xdotool windowmove "$w" 0 0 windowsize "$w" 1366 740 || true
done
sleep 2
import -window root "$out/budget-levels.png"
echo "$out/budget-levels.png"
