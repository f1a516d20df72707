"""Every query in Queries/ gives the same answers in Oxigraph and in a real Virtuoso server.

A fresh export of the first 3,000 bench articles (N-Triples) is loaded into
pyoxigraph (in memory) and into a Virtuoso server this module starts itself:
a temporary database, SQL and HTTP ports on 127.0.0.1, stopped at the end
whatever happened. Each query runs in both; the answers are compared row by
row, in order (every query orders its rows completely), after normalizing the
term forms the stores write differently (see stores.py). The sample corpus is
too small to show where stores differ: Virtuoso 7.2 once gave 1,083 of 3,000
wrong rows for statements-per-article.rq.

Virtuoso is required, never skipped: without it these tests fail, naming the
Debian package (virtuoso-opensource).
"""

from __future__ import annotations

import shutil

import pytest

import cgconform
import stores
from conftest import REPO_ROOT, bench_articles, export_corpus

STORE_ARTICLES = 3000
GRAPH = "urn:claimgraph:test:bench3000"
QUERY_FILES = sorted((REPO_ROOT / "Queries").glob("*.rq"))


@pytest.fixture(scope="module")
def store_export(claimgraph, shared_dir, tmp_path_factory):
    """graph.nt of a fresh export of the first 3,000 bench articles."""
    work = tmp_path_factory.mktemp("bench3000")
    jsonl = bench_articles(shared_dir, STORE_ARTICLES, work / "bench3000.jsonl")
    return export_corpus(claimgraph, [jsonl], work / "out", formats=("ntriples",)) / "graph.nt"


@pytest.fixture(scope="module")
def oxigraph(store_export):
    ox = cgconform.need_module("pyoxigraph")
    store = ox.Store()
    store.bulk_load(path=str(store_export), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.fixture(scope="module")
def virtuoso(store_export, tmp_path_factory):
    """A Virtuoso server with the export loaded into GRAPH; stopped and its database removed afterwards."""
    folder = tmp_path_factory.mktemp("virtuoso")
    server = stores.VirtuosoServer(folder / "db", allowed=[store_export.parent])
    try:
        server.start()
        server.load_ntriples(store_export, GRAPH)
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder / "db", ignore_errors=True)


def ntriples_lines(path) -> list[str]:
    with open(path, encoding="utf-8") as triples:
        return [line for line in triples if line.strip()]


def test_every_query_is_compared():
    """The comparison below covers the queries of Queries/ (the same list test_sparql.py checks)."""
    assert len(QUERY_FILES) >= 5, QUERY_FILES


def test_virtuoso_holds_every_triple(store_export, oxigraph, virtuoso):
    """Both stores hold exactly the export's triples: one per N-Triples line."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    expected = len(ntriples_lines(store_export))
    assert expected > 100_000
    assert int(stores.oxigraph_select(oxigraph, count).rows[0][0][1]) == expected
    assert int(virtuoso.select(count, GRAPH).rows[0][0][1]) == expected


def describe(expected: stores.Answer, actual: stores.Answer, limit: int = 5) -> str:
    """Which rows differ, first ones first, or that only the order does."""
    if sorted(map(repr, expected.rows)) == sorted(map(repr, actual.rows)):
        first = next(i for i, (a, b) in enumerate(zip(expected.rows, actual.rows)) if a != b)
        return f"the same {len(expected.rows)} rows in another order, first at row {first}: {expected.rows[first]} / {actual.rows[first]}"
    differing = [(i, a, b) for i, (a, b) in enumerate(zip(expected.rows, actual.rows)) if a != b]
    lines = [f"{len(expected.rows)} rows in Oxigraph, {len(actual.rows)} in Virtuoso, {len(differing)} differ by position"]
    lines += [f"  row {i}: Oxigraph {a}\n         Virtuoso {b}" for i, a, b in differing[:limit]]
    return "\n".join(lines)


@pytest.mark.parametrize("query", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_query_answers_agree(query, oxigraph, virtuoso):
    """Oxigraph and Virtuoso give the same rows, in the same order, with the same values."""
    text = query.read_text()
    expected = stores.oxigraph_select(oxigraph, text)
    actual = virtuoso.select(text, GRAPH)
    assert expected.variables == actual.variables
    assert len(expected.rows) > 0, f"{query.name} found nothing in {STORE_ARTICLES} articles"
    assert expected.rows == actual.rows, f"{query.name}: " + describe(expected, actual)


def test_beliefs_by_source_lists_every_belief(store_export, virtuoso):
    """beliefs-by-source.rq in Virtuoso: every cg:Belief of the export once or more (once per crediting outlet), never a claim or denial."""
    lines = ntriples_lines(store_export)
    beliefs = {line.split(" ", 1)[0][1:-1] for line in lines
               if line.endswith(f"<{cgconform.RDF_TYPE}> <{cgconform.CG}Belief> .\n")}
    speech = {line.split(" ", 1)[0][1:-1] for line in lines
              if line.endswith((f"<{cgconform.CG}Claim> .\n", f"<{cgconform.CG}Denial> .\n", f"<{cgconform.CG}Statement> .\n"))}
    answer = virtuoso.select((REPO_ROOT / "Queries" / "beliefs-by-source.rq").read_text(), GRAPH)
    listed = {row[answer.variables.index("belief")][1] for row in answer.rows}
    assert beliefs and listed == beliefs
    assert not beliefs & speech


def test_statements_per_article_counts_every_statement(store_export, virtuoso):
    """statements-per-article.rq in Virtuoso: one row per article; the counts add up to the export's own triples."""
    lines = ntriples_lines(store_export)
    typed = lambda cls: sum(line.endswith(f"<{cgconform.RDF_TYPE}> <{cgconform.CG}{cls}> .\n") for line in lines)
    answer = virtuoso.select((REPO_ROOT / "Queries" / "statements-per-article.rq").read_text(), GRAPH)
    column = {name: i for i, name in enumerate(answer.variables)}
    total = lambda name: sum(int(row[column[name]][1]) for row in answer.rows)
    assert len(answer.rows) == STORE_ARTICLES
    assert total("statements") == typed("Statement") > 0
    assert total("claims") == typed("Claim") > 0
    assert total("denials") == typed("Denial") > 0
    # Beliefs are there, and none of them is counted as a statement.
    assert typed("Belief") > 0
    assert typed("Statement") == typed("Claim") + typed("Denial")
    assert all(int(row[column["claims"]][1]) + int(row[column["denials"]][1]) == int(row[column["statements"]][1])
               for row in answer.rows)
