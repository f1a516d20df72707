"""The queries in Queries/ run on the sample export and find what the sample articles say.

Expectations are written by hand from the five articles in Corpus/ (the same as
../shared/corpus/) and kept robust: membership and minimum counts, never full
result sets, and names matched loosely (case, spaces and hyphens ignored) so
that either spelling of a transliterated name is accepted.
"""

from __future__ import annotations

import re

import pytest

import cgconform

QUERIES = ["who-denied-what-and-which-outlet", "claims-and-denials-by-country", "outlets-by-speaker",
           "claimed-and-denied", "statements-per-article", "beliefs-by-source"]


def squash(text) -> str:
    """Lower-case letters only: "Hossein Amir-Abdollahian" → "hosseinamirabdollahian"."""
    return re.sub(r"[^a-z]", "", str(text).lower())


@pytest.fixture(scope="module")
def store(sample_export):
    ox = cgconform.need_module("pyoxigraph")
    store = ox.Store()
    store.load(path=str(sample_export / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def select(store, repo_root, name: str, replace: tuple[str, str] | None = None) -> list[dict[str, str]]:
    """Runs Queries/NAME.rq (optionally with one text substitution) and returns rows as {var: value}."""
    text = (repo_root / "Queries" / f"{name}.rq").read_text()
    if replace:
        assert replace[0] in text, f"{name}.rq has no {replace[0]!r} to replace"
        text = text.replace(*replace)
    result = store.query(text)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


def test_every_query_has_a_header_and_parses(repo_root, store):
    """Each listed query exists, opens with a comment header, and runs."""
    for name in QUERIES:
        path = repo_root / "Queries" / f"{name}.rq"
        assert path.read_text().startswith("# "), f"{name}.rq has no comment header"
        select(store, repo_root, name)
    assert {p.stem for p in (repo_root / "Queries").glob("*.rq")} == set(QUERIES)


def test_amir_abdollahian_denial_reported_by_irna(store, repo_root):
    """002: the foreign minister's denial ("the missile part is completely wrong") is credited to IRNA."""
    rows = select(store, repo_root, "who-denied-what-and-which-outlet")
    assert any("amirabdollahian" in squash(r["speakerLabel"]) and "irna" in squash(r["outletLabel"] or "")
               and "missile part is completely wrong" in r["text"] for r in rows), rows[:20]


def test_iran_as_a_country_denied(store, repo_root):
    """000, 001, 003: Iran as a state denied supplying drones."""
    rows = select(store, repo_root, "who-denied-what-and-which-outlet")
    assert any(r["speakerClass"] == cgconform.CG + "Country" and "iran" in squash(r["speakerLabel"]) for r in rows), rows[:20]


def test_iranian_people_claims_and_denials(store, repo_root):
    """Default country IR: Amir-Abdollahian both claimed and denied; at least three Iranian denials in all."""
    rows = select(store, repo_root, "claims-and-denials-by-country")
    assert {r["code"] for r in rows} == {"IR"}
    kinds = {r["kind"] for r in rows if "amirabdollahian" in squash(r["personLabel"])}
    assert kinds == {"Claim", "Denial"}, rows[:20]
    assert sum(r["kind"] == "Denial" for r in rows) >= 3


def test_kirby_claimed_for_the_us(store, repo_root):
    """Country US (by editing the VALUES line): John Kirby made claims."""
    rows = select(store, repo_root, "claims-and-denials-by-country", ('VALUES ?code { "IR" }', 'VALUES ?code { "US" }'))
    assert any("kirby" in squash(r["personLabel"]) and r["kind"] == "Claim" for r in rows), rows[:20]


def test_outlets_by_speaker(store, repo_root):
    """Amir-Abdollahian's statements were carried by PressTV (000) and IRNA (002)."""
    rows = select(store, repo_root, "outlets-by-speaker")
    outlets = {squash(r["outletLabel"]) for r in rows if "amirabdollahian" in squash(r["speakerLabel"])}
    assert {"presstv"} <= outlets and any("irna" in o or "islamicrepublicnewsagency" in o for o in outlets), rows[:20]
    assert all(int(r["statements"]) >= 1 for r in rows)


def test_people_who_claimed_and_denied(store, repo_root):
    """Amir-Abdollahian is among the people who both claimed and denied."""
    rows = select(store, repo_root, "claimed-and-denied")
    mine = [r for r in rows if "amirabdollahian" in squash(r["personLabel"])]
    assert len(mine) == 1, rows
    assert int(mine[0]["claims"]) >= 2 and int(mine[0]["denials"]) >= 2


def test_statements_in_every_article(store, repo_root):
    """Each of the five sample articles has statements; together at least 30, with claims and denials both present."""
    rows = select(store, repo_root, "statements-per-article")
    names = {p.name for p in (repo_root / "Corpus").glob("*.txt")}
    assert {r["article"] for r in rows} == names and len(names) == 5
    assert all(int(r["statements"]) > 0 for r in rows), rows
    assert sum(int(r["statements"]) for r in rows) >= 30
    assert sum(int(r["denials"]) for r in rows) >= 5
    assert all(int(r["claims"]) + int(r["denials"]) == int(r["statements"]) for r in rows), rows
