#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time over its seed corpus and fails on any crash, leak,
# sanitizer report or input slower than 10 s. New inputs go to a scratch corpus: the seeds in the
# repository stay as they are. A failing input is kept under ARTIFACTS and printed.
# Usage: run_fuzzer.sh BINARY SEED_DIR SECONDS ARTIFACTS_DIR
set -uo pipefail
bin=$1 seeds=$2 seconds=$3 artifacts=$4
if [ ! -x "$bin" ]; then
  echo "$bin is not built: cmake --preset fuzz && cmake --build --preset fuzz (scripts/test does both)"
  exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -rf "$artifacts" && mkdir -p "$artifacts"
"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$scratch" "$seeds" 2>&1 | grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse)'
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  for f in "$artifacts"/*; do
    [ -f "$f" ] && { echo "failing input $f:"; od -c "$f" | head -40; }
  done
fi
exit "$status"
