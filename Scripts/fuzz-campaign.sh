#!/usr/bin/env bash
# Runs a long seeded fuzzing campaign over extraction and every writer, in a
# release build: random and mutated articles from Corpus/ through Extractor,
# GraphBuilder and the four serializers, each output read back by an
# independent parser (strict N-Triples, libxml2, rapper for Turtle).
#
# Usage: Scripts/fuzz-campaign.sh [COUNT] [SEED] [START]
#   COUNT  inputs to run (default 1000000)
#   SEED   campaign seed (default: the current time); input N depends only on (SEED, N)
#   START  first input index (default 0); COUNT=1 START=N replays input N
# Prints the count, the seed, the time and every failure. Exit status 0 when none.
set -uo pipefail
cd "$(dirname "$0")/.."

count=${1:-1000000}
seed=${2:-$(date +%s)}
start=${3:-0}
scratch=${CLAIMGRAPH_FUZZ_SCRATCH:-.build-fuzz}
trace=$(mktemp)
log=$(mktemp)
trap 'rm -f "$trace" "$log"' EXIT

echo "fuzz-campaign: $count inputs from $start, seed $seed, release build in $scratch"
began=$(date +%s)
CLAIMGRAPH_FUZZ_COUNT=$count CLAIMGRAPH_FUZZ_SEED=$seed CLAIMGRAPH_FUZZ_START=$start CLAIMGRAPH_FUZZ_TRACE=$trace \
    swift test -c release --scratch-path "$scratch" --filter 'FuzzCampaignTests/campaignFindsNoFailure' >"$log" 2>&1
status=$?
ended=$(date +%s)
grep -E '^fuzz' "$log" || true
echo "fuzz-campaign: count $count, seed $seed, $((ended - began)) s including the build, test status $status"
if [ "$status" -ne 0 ]; then
    if ! grep -q '^fuzz: .* inputs (from' "$log"; then
        # The process died: the trace file names the input it was running.
        last=$(cat "$trace" 2>/dev/null || true)
        tail -n 30 "$log"
        echo "fuzz-campaign: the test process died${last:+ at input $last}; replay with:"
        echo "  Scripts/fuzz-campaign.sh 1 $seed ${last:-START}"
    fi
fi
exit "$status"
