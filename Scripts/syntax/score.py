#!/usr/bin/env python3
"""Score a system CoNLL-U file against a gold one, token by token.

    score.py SYSTEM.conllu GOLD.conllu [--json]

Both files must have the same words in the same order (multiword-token lines
`1-2` and empty nodes `1.1` are skipped in both). Prints UPOS accuracy, UAS and
LAS over all words, punctuation included (LAS: head and DEPREL both exact).
Exits 1 if the files do not align (different word counts or forms).
"""
import json, sys

def words(path):
    """Yields (sentence number, form, upos, head, deprel) per word."""
    sentence = 0
    in_sentence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if in_sentence:
                    sentence += 1
                in_sentence = False
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                sys.exit(f"{path}:{number}: {len(cols)} fields, expected 10")
            if "-" in cols[0] or "." in cols[0]:
                continue
            in_sentence = True
            yield sentence, cols[1], cols[3], cols[6], cols[7], number

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    system, gold = list(words(args[0])), list(words(args[1]))
    if len(system) != len(gold):
        print(f"token counts differ: system {len(system)}, gold {len(gold)}", file=sys.stderr)
        sys.exit(1)
    upos = uas = las = 0
    for s, g in zip(system, gold):
        if s[1] != g[1] or s[0] != g[0]:
            print(f"misaligned: {args[0]}:{s[5]} '{s[1]}' vs {args[1]}:{g[5]} '{g[1]}'", file=sys.stderr)
            sys.exit(1)
        upos += s[2] == g[2]
        if s[3] == g[3]:
            uas += 1
            las += s[4] == g[4]
    n = len(gold)
    result = {"tokens": n, "sentences": gold[-1][0] + 1 if gold else 0,
              "upos": 100 * upos / n if n else 0, "uas": 100 * uas / n if n else 0, "las": 100 * las / n if n else 0}
    if "--json" in sys.argv:
        print(json.dumps(result))
    else:
        print(f"tokens {result['tokens']}  sentences {result['sentences']}  "
              f"UPOS {result['upos']:.2f}  UAS {result['uas']:.2f}  LAS {result['las']:.2f}")

main()
