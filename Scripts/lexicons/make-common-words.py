#!/usr/bin/env python3
"""Rebuilds Sources/ClaimGraphExtract/Lexicons/common-words.txt from Debian's wamerican list.

    python3 Scripts/lexicons/make-common-words.py [WORDLIST] > common-words.txt
    python3 Scripts/lexicons/make-common-words.py --check      # exit 1 if the shipped file differs

WORDLIST defaults to /usr/share/dict/american-english (apt-get install wamerican).
Method (as the lexicon README states): keep the all-lowercase ASCII entries of 3 to 14
letters whose word has no other spelling of case in the list (a capitalized entry marks a
proper name: Hill, Cooper) and that are in neither given-name list; drop the regular
inflections (-s, -es, -ies, -ed, -ing, with a stem of at least three letters) whose base
form is kept, since the name finder strips those endings before the lookup.
"""
import re, sys
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[2] / "Sources/ClaimGraphExtract/Lexicons"
HEADER = LEXICONS / "common-words.txt"
ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))

def entries(path):
    return [l.rstrip("\n") for l in path.open(encoding="utf-8") if l.strip() and not l.startswith("#")]

def build(wordlist):
    words = [w.rstrip("\n") for w in open(wordlist, encoding="utf-8")]
    spellings = {}
    for w in words:
        spellings.setdefault(w.lower(), set()).add(w)
    given = {n.lower() for f in ("given-names.txt", "given-names-ambiguous.txt") for n in entries(LEXICONS / f)}
    kept = {w for w in words
            if re.fullmatch(r"[a-z]{3,14}", w) and spellings[w] == {w} and w not in given}
    def inflection_of_kept(w):
        for ending, restore in ENDINGS:
            stem = w[: -len(ending)]
            if w.endswith(ending) and len(stem) >= 3 and stem + restore in kept:
                return True
        return False
    return sorted(w for w in kept if not inflection_of_kept(w))

def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    wordlist = args[0] if args else "/usr/share/dict/american-english"
    header = [l for l in HEADER.open(encoding="utf-8") if l.startswith("#")]
    text = "".join(header) + "".join(w + "\n" for w in build(wordlist))
    if "--check" in sys.argv:
        same = HEADER.read_text(encoding="utf-8") == text
        print("common-words.txt: " + ("matches its source" if same else "differs from what its source gives"))
        sys.exit(0 if same else 1)
    sys.stdout.write(text)

if __name__ == "__main__":
    main()
