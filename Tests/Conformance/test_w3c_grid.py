"""Round-trip grid over the W3C RDF 1.1 test graphs: every writer × every independent parser.

For each N-Triples graph under `../shared/conformance/w3c-rdf11/` that the
input filter keeps, `claimgraph convert FILE --to W` writes it in syntax W,
and rapper, rdflib and pyoxigraph each parse the result; each parsed graph
must be isomorphic to the input. Pairs that RDF/XML cannot express are listed
in XFAILS with the reason: for those, convert must refuse (non-zero exit and a
message on stderr), never write a smaller graph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cgconform

W3C_ROOT = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "w3c-rdf11"
SUITES = ["rdf-n-triples", "rdf-turtle", "rdf-xml"]

#: The syntaxes `claimgraph convert --to` writes: every one must be in the grid.
WRITERS = ["turtle", "rdfxml", "ntriples"]
#: The independent parsers every output is read back with.
PARSER_NAMES = ["rapper", "rdflib", "pyoxigraph"]

_NO_QNAME = "a predicate IRI has no NCName suffix, so it has no QName to be an RDF/XML property element"
_XML_CHAR = "a literal contains a control character that XML 1.0 cannot carry, even as a character reference"

#: (input file relative to w3c-rdf11/, writer) pairs the writer cannot express, with the reason.
XFAILS: dict[tuple[str, str], str] = {
    ("rdf-n-triples/literal_all_controls.nt", "rdfxml"): _XML_CHAR,
    ("rdf-n-triples/literal_ascii_boundaries.nt", "rdfxml"): _XML_CHAR,
    ("rdf-n-triples/literal_with_BACKSPACE.nt", "rdfxml"): _XML_CHAR,
    ("rdf-n-triples/literal_with_FORM_FEED.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/LITERAL1_all_controls.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/LITERAL1_ascii_boundaries.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/LITERAL2_ascii_boundaries.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/LITERAL_LONG1_ascii_boundaries.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/LITERAL_LONG2_ascii_boundaries.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/literal_with_BACKSPACE.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/literal_with_FORM_FEED.nt", "rdfxml"): _XML_CHAR,
    ("rdf-turtle/turtle-syntax-ln-colons.nt", "rdfxml"): _NO_QNAME + " (p:1, p::2, :p:)",
}

_RDFLIB_BARE_NUMBERS = ("rdflib's Turtle parser rewrites a bare numeric literal to canonical form "
                        "(01 -> 1, +1 -> 1) even with NORMALIZE_LITERALS off")
_RDFLIB_URLJOIN = ("rdflib's RDF/XML parser resolves IRIs with urljoin, which drops an empty query ('?') "
                   "and treats the absolute IRI http:g as relative")

#: (input, writer, parser) cells where the independent *parser* is known to be wrong. Strict:
#: such a cell must still fail its comparison (reported as xfail); once the parser is fixed and
#: the cell passes, the test fails, so this table never goes stale.
_RAPPER_NUL = "rapper (raptor2) cuts a literal at U+0000, even when it is written escaped as \\u0000"

KNOWN_PARSER_BUGS: dict[tuple[str, str, str], str] = {
    **{(case, writer, "rapper"): _RAPPER_NUL
       for case in ("rdf-n-triples/literal_all_controls.nt", "rdf-n-triples/literal_ascii_boundaries.nt",
                    "rdf-turtle/LITERAL1_all_controls.nt", "rdf-turtle/LITERAL1_ascii_boundaries.nt",
                    "rdf-turtle/LITERAL2_ascii_boundaries.nt", "rdf-turtle/LITERAL_LONG1_ascii_boundaries.nt",
                    "rdf-turtle/LITERAL_LONG2_ascii_boundaries.nt")
       for writer in ("turtle", "ntriples")},
    ("rdf-turtle/numeric_with_leading_0.nt", "turtle", "rdflib"): _RDFLIB_BARE_NUMBERS,
    ("rdf-turtle/positive_numeric.nt", "turtle", "rdflib"): _RDFLIB_BARE_NUMBERS,
    ("rdf-turtle/turtle-subm-11.nt", "turtle", "rdflib"): _RDFLIB_BARE_NUMBERS,
    ("rdf-turtle/IRI-resolution-07.nt", "rdfxml", "rdflib"): _RDFLIB_URLJOIN,
    ("rdf-turtle/reserved_escaped_localName.nt", "rdfxml", "rdflib"): _RDFLIB_URLJOIN,
}

# ---------------------------------------------------------------------------
# What RDF/XML cannot express (used to check that XFAILS is exact)
# ---------------------------------------------------------------------------

_NC_START = ("A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
             "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_NC_CHAR = _NC_START + "\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040"
_NCNAME_SUFFIX = re.compile(f"[{_NC_START}][{_NC_CHAR}]*$")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]")
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SYNTAX_NAMES = {_RDF + n for n in (
    "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "Description", "li",
    "aboutEach", "aboutEachPrefix", "bagID")}


def rdfxml_obstacles(graph) -> list[str]:
    """Why RDF/XML cannot carry `graph` (empty when it can)."""
    found = set()
    for s, p, o in graph:
        if not _NCNAME_SUFFIX.search(str(p)):
            found.add("no QName")
        if str(p) in _SYNTAX_NAMES:
            found.add("RDF/XML syntax name as predicate")
        if _XML_FORBIDDEN.search(str(s)) or _XML_FORBIDDEN.search(str(o)):
            found.add("XML-forbidden character")
    return sorted(found)


# ---------------------------------------------------------------------------
# The input filter, run at collection so that every kept file is a test id
# ---------------------------------------------------------------------------

def _accepts(rel: str) -> str | None:
    """None when rdflib, rapper and pyoxigraph all read `rel` as non-empty N-Triples, else why not."""
    path = W3C_ROOT / rel
    if "-bad-" in path.name:
        return "negative syntax test (W3C name contains -bad-)"
    try:
        graph = cgconform.parse_rdflib(path, "ntriples")
    except BaseException as error:  # rdflib raises assorted types; pytest's skip/fail too
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        return "rdflib rejects it"
    if len(graph) == 0:
        return "empty graph"
    code, stderr = _rapper_check(path)
    if code is None:
        return None  # rapper missing: test_filter_tools reports it
    if code not in (0, 2) or "Error" in stderr:
        return "rapper rejects it"
    try:
        cgconform.parse_oxigraph(path, "ntriples")
    except BaseException as error:
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        return "pyoxigraph rejects it"
    return None


def _rapper_check(path: Path):
    import shutil
    if shutil.which("rapper") is None:
        return None, ""
    return cgconform.rapper_count(path, "ntriples")


def _collect() -> list[str]:
    if not W3C_ROOT.is_dir():
        return []
    kept, dropped = [], {}
    for suite in SUITES:
        for path in sorted((W3C_ROOT / suite).rglob("*.nt")):
            rel = path.relative_to(W3C_ROOT).as_posix()
            why = _accepts(rel)
            if why is None:
                kept.append(rel)
            else:
                dropped[why] = dropped.get(why, 0) + 1
    cgconform.GRID_FILTER.clear()
    cgconform.GRID_FILTER["kept"] = len(kept)
    cgconform.GRID_FILTER.update({f"dropped ({k})": v for k, v in sorted(dropped.items())})
    return kept


CASES = _collect()
_CONVERTED: dict[tuple[str, str], tuple[int, str, Path]] = {}


@pytest.fixture(scope="session")
def grid_out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("w3c-grid")


def convert(claimgraph: Path, rel: str, writer: str, out_dir: Path) -> tuple[int, str, Path]:
    """Runs `claimgraph convert` once per (file, writer) and remembers (exit code, stderr, output path)."""
    key = (rel, writer)
    if key not in _CONVERTED:
        out = out_dir / writer / (rel.replace("/", "__") + "." + writer)
        out.parent.mkdir(parents=True, exist_ok=True)
        result = cgconform.run([claimgraph, "convert", W3C_ROOT / rel, "--to", writer, "--output", out], timeout=120)
        _CONVERTED[key] = (result.returncode, result.stderr.decode("utf-8", "replace"), out)
    return _CONVERTED[key]


# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------

def test_filter_tools_and_inputs():
    """The filter ran with all three parsers and kept most of the W3C graphs (it is not vacuous)."""
    cgconform.need_file(W3C_ROOT, "the W3C RDF 1.1 test graphs")
    cgconform.need_tool("rapper")
    cgconform.need_module("pyoxigraph")
    total = sum(1 for s in SUITES for _ in (W3C_ROOT / s).rglob("*.nt"))
    print(f"W3C grid input filter over {total} files: {cgconform.GRID_FILTER}")
    assert len(CASES) >= 250, f"only {len(CASES)} of {total} inputs kept: {cgconform.GRID_FILTER}"
    assert set(s.split("/")[0] for s in CASES) == set(SUITES), "every sub-suite contributes inputs"


def test_every_writer_is_in_the_grid(claimgraph):
    """Every syntax convert writes is a grid column, every column has every parser, and XFAILS names only grid cells."""
    assert set(WRITERS) == set(cgconform.RAPPER_SYNTAX) == set(cgconform.RDFLIB_SYNTAX) == set(cgconform.OXIGRAPH_SYNTAX)
    assert set(PARSER_NAMES) == set(cgconform.PARSERS)
    for (rel, writer, parser), reason in KNOWN_PARSER_BUGS.items():
        assert writer in WRITERS and parser in PARSER_NAMES and reason, (rel, writer, parser)
    for (rel, writer), reason in XFAILS.items():
        assert writer in WRITERS and reason, (rel, writer)
        assert (W3C_ROOT / rel).is_file(), f"XFAILS names a missing input {rel}"
    help_text = cgconform.run([claimgraph, "convert", "--help"])
    text = (help_text.stdout + help_text.stderr).decode("utf-8", "replace")
    for writer in WRITERS:
        assert writer in text, f"`claimgraph convert --help` does not mention --to {writer}"


def test_xfails_table_is_exact():
    """XFAILS lists exactly the kept inputs RDF/XML cannot express, no more and no fewer."""
    computed = set()
    for rel in CASES:
        if rdfxml_obstacles(cgconform.parse_rdflib(W3C_ROOT / rel, "ntriples")):
            computed.add((rel, "rdfxml"))
    listed = set(XFAILS)
    assert computed == listed, f"missing from XFAILS: {sorted(computed - listed)}; not needed: {sorted(listed - computed)}"


@pytest.mark.parametrize("parser", PARSER_NAMES)
@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("case", CASES)
def test_round_trip(request, claimgraph, grid_out, case, writer, parser):
    """convert CASE --to WRITER, read back with PARSER: the same graph, or (XFAILS) a clear refusal."""
    expected = cgconform.parse_rdflib(W3C_ROOT / case, "ntriples")
    code, stderr, out = convert(claimgraph, case, writer, grid_out)
    reason = XFAILS.get((case, writer))
    if reason is not None:
        request.node.cg_expected_failure = True
        if code == 0:
            written = cgconform.PARSERS[parser](out, writer)
            if cgconform.isomorphic(expected, written):
                pytest.fail(f"{writer} expressed {case} after all: remove it from XFAILS ({reason})")
            pytest.fail(f"convert exited 0 but silently changed the graph ({reason}):\n"
                        + cgconform.describe_difference(expected, written))
        assert stderr.strip(), f"convert refused {case} as {writer} (exit {code}) without a message on stderr"
        return
    assert code == 0, f"convert {case} --to {writer} exited {code}:\n{stderr[:2000]}"
    actual = cgconform.PARSERS[parser](out, writer)
    bug = KNOWN_PARSER_BUGS.get((case, writer, parser))
    if bug is not None:
        if cgconform.isomorphic(expected, actual):
            pytest.fail(f"{parser} now reads {case} via {writer} correctly: "
                        f"remove it from KNOWN_PARSER_BUGS ({bug})")
        pytest.xfail(f"known {parser} bug: {bug}")
    cgconform.assert_isomorphic(expected, actual, f"{case} via {writer}, read by {parser}")
