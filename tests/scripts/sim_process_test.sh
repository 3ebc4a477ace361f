#!/usr/bin/env bash
# Starts the real litellm-sim binary, checks that it answers on loopback and stops on SIGTERM.
set -euo pipefail
sim="$1"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
LITELLM_MASTER_KEY=sk-process-test "$sim" --port 0 >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$log")
[[ "$url" == http://127.0.0.1:* ]] || { echo "not listening on loopback: $(cat "$log")"; exit 1; }
body=$(python3 -c "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1]+'/health/liveliness').read().decode())" "$url")
[ "$body" = '"I'"'"'m alive!"' ] || { echo "unexpected liveliness body: $body"; exit 1; }
code=$(python3 - "$url" <<'PY'
import urllib.request, urllib.error, sys
try:
    urllib.request.urlopen(sys.argv[1] + '/v2/team/list')
    print(200)
except urllib.error.HTTPError as e:
    print(e.code)
PY
)
[ "$code" = 401 ] || { echo "expected 401 without a key, got $code"; exit 1; }
kill -TERM "$pid"
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "did not stop on SIGTERM"; kill -9 "$pid"; exit 1; fi
wait "$pid" || { echo "exit status $? after SIGTERM"; exit 1; }
grep -q "stopping" "$log"
echo "litellm-sim started on $url, answered, and stopped cleanly"
