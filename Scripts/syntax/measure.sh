#!/bin/sh
# Measures the shipped tagger and parser (or the model files given) and prints a table:
#   UPOS (and UAS, for information) on UD English EWT test, its tokens given;
#   UPOS, UAS, LAS against the teacher (spaCy en_core_web_sm) on the held-out silver file.
#
#   Scripts/syntax/measure.sh [EWT_TEST.conllu] [SILVER_HELDOUT.conllu] [TAGGER.model PARSER.model]
#
# The EWT test file is used here only, for the final figure: never for training or tuning.
set -eu
ewt=$(realpath "${1:-/work/data/ewt/en_ewt-ud-test.conllu}")
heldout=$(realpath "${2:-/work/data/silver/silver-heldout.conllu}")
models=""
if [ $# -ge 4 ]; then models="--tagger-model $(realpath "$3") --parser-model $(realpath "$4")"; fi
cd "$(dirname "$0")/../.."
swift build -c release --product claimgraph >/dev/null
tool=.build/release/claimgraph
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() { # name file
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$tool" parse --tokenized "$2" $models > "$out/$1.conllu"
    end=$(date +%s.%N)
    python3 Scripts/syntax/score.py "$out/$1.conllu" "$2" --json > "$out/$1.json"
    echo "$start $end" > "$out/$1.time"
}
run ewt "$ewt"
run silver "$heldout"

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
rows = [("EWT test (UD gold), tokens given", "ewt"), ("silver held-out (vs spaCy sm)", "silver")]
print(f"{'corpus':36} {'tokens':>7} {'UPOS':>6} {'UAS':>6} {'LAS':>6} {'seconds':>8}")
for name, key in rows:
    r = json.load(open(f"{out}/{key}.json"))
    start, end = map(float, open(f"{out}/{key}.time").read().split())
    las = "-" if key == "ewt" else f"{r['las']:.2f}"
    print(f"{name:36} {r['tokens']:>7} {r['upos']:>6.2f} {r['uas']:>6.2f} {las:>6} {end - start:>8.2f}")
print("EWT UAS is for information only: the parser learns spaCy's label set and conventions, not UD's.")
PY
