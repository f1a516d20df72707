"""Shared helpers for the conformance suite: tools, parsers, graph comparison.

Every RDF file is read into an rdflib Graph whichever parser read it, so the
three independent parsers (rapper, rdflib, pyoxigraph) can be compared with
one isomorphism check. Comparison normalizes the two things RDF 1.1 says are
the same: language tags are case-insensitive, and "x"^^xsd:string is "x".
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

CG = "https://w3id.org/claimgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: The classes whose instances become GraphML nodes.
CG_CLASSES = [
    "Person", "Country", "Organization", "NewsOutlet", "UnnamedSource",
    "Article", "Statement", "Claim", "Denial", "Belief",
]

#: Parser syntax names per RDF format, for each independent parser.
RAPPER_SYNTAX = {"turtle": "turtle", "rdfxml": "rdfxml", "ntriples": "ntriples"}
RDFLIB_SYNTAX = {"turtle": "turtle", "rdfxml": "xml", "ntriples": "nt"}
OXIGRAPH_SYNTAX = {"turtle": "TURTLE", "rdfxml": "RDF_XML", "ntriples": "N_TRIPLES"}

#: Export file name per format, as `claimgraph export` writes them.
EXPORT_FILES = {
    "turtle": "graph.ttl",
    "rdfxml": "graph.rdf",
    "ntriples": "graph.nt",
    "graphml": "graph.graphml",
}

#: Round-trip grid outcomes per (writer, parser), filled by conftest's report hook.
GRID: "defaultdict[tuple[str, str], defaultdict[str, int]]" = defaultdict(lambda: defaultdict(int))
#: How many W3C inputs the grid's input filter kept and dropped, per reason.
GRID_FILTER: dict[str, int] = {}

#: Base IRI handed to parsers that want one; exports should not need it.
PARSE_BASE = "http://example.invalid/base/"


def in_ci() -> bool:
    """True when running under CI, where a missing tool is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str):
    """Fails under CI, skips locally, with the same reason."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing tool is a failure)", pytrace=False)
    pytest.skip(reason)


def need_tool(name: str) -> str:
    """The path of command-line tool `name`, or fail (CI) / skip (local)."""
    path = shutil.which(name)
    if path is None:
        unavailable(f"`{name}` is not on PATH")
    return path


def need_module(name: str):
    """Imports Python module `name`, or fail (CI) / skip (local)."""
    try:
        return __import__(name)
    except ImportError as error:  # pragma: no cover - depends on the venv
        unavailable(f"Python module `{name}` is not installed ({error}); run Scripts/setup-python.sh")


def need_file(path: Path, what: str) -> Path:
    """`path` if it exists, or fail (CI) / skip (local) naming `what`."""
    if not path.exists():
        unavailable(f"{what} not found at {path}")
    return path


def run(args, **kwargs) -> subprocess.CompletedProcess:
    """Runs a command, capturing bytes of stdout and stderr, never raising on exit code."""
    return subprocess.run([str(a) for a in args], capture_output=True, timeout=kwargs.pop("timeout", 900), **kwargs)


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

def _rdflib():
    rdflib = need_module("rdflib")
    # Keep lexical forms as written: "01"^^xsd:integer must not become "1".
    rdflib.NORMALIZE_LITERALS = False
    return rdflib


def parse_rdflib(path: Path, fmt: str):
    """Parses `path` in `fmt` (turtle, rdfxml, ntriples) with rdflib."""
    rdflib = _rdflib()
    graph = rdflib.Graph()
    graph.parse(str(path), format=RDFLIB_SYNTAX[fmt], publicID=PARSE_BASE)
    return graph


def parse_rapper(path: Path, fmt: str):
    """Parses `path` with rapper and returns its N-Triples output as an rdflib Graph.

    Raises AssertionError with rapper's message when rapper rejects the file.
    """
    rapper = need_tool("rapper")
    rdflib = _rdflib()
    result = run([rapper, "-q", "-i", RAPPER_SYNTAX[fmt], "-o", "ntriples", path, PARSE_BASE])
    stderr = result.stderr.decode("utf-8", "replace")
    # rapper exits 2 after warnings only (e.g. an unknown rdf: name); errors exit 1.
    assert result.returncode in (0, 2) and "Error" not in stderr, f"rapper -i {RAPPER_SYNTAX[fmt]} rejected {path}:\n{stderr[:2000]}"
    graph = rdflib.Graph()
    graph.parse(data=result.stdout.decode("utf-8"), format="nt")
    return graph


def rapper_count(path: Path, fmt: str) -> tuple[int, str]:
    """(exit code, stderr) of `rapper -c` on `path`: a pure syntax check (exit 2 means warnings only)."""
    rapper = need_tool("rapper")
    result = run([rapper, "-c", "-i", RAPPER_SYNTAX[fmt], path, PARSE_BASE])
    return result.returncode, result.stderr.decode("utf-8", "replace")


def parse_oxigraph(path: Path, fmt: str):
    """Parses `path` with pyoxigraph and converts its triples to an rdflib Graph."""
    ox = need_module("pyoxigraph")
    rdflib = _rdflib()
    graph = rdflib.Graph()
    for quad in ox.parse(path=str(path), format=getattr(ox.RdfFormat, OXIGRAPH_SYNTAX[fmt]), base_iri=PARSE_BASE):
        graph.add((_from_ox(quad.subject, ox, rdflib), _from_ox(quad.predicate, ox, rdflib), _from_ox(quad.object, ox, rdflib)))
    return graph


def _from_ox(term, ox, rdflib):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


PARSERS = {"rapper": parse_rapper, "rdflib": parse_rdflib, "pyoxigraph": parse_oxigraph}


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------

def normalize(graph):
    """A copy of `graph` with language tags lower-cased and xsd:string literals made plain."""
    rdflib = _rdflib()
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal):
            if o.language:
                o = rdflib.Literal(str(o), lang=o.language.lower())
            elif o.datatype is not None and str(o.datatype) == XSD_STRING:
                o = rdflib.Literal(str(o))
        out.add((s, p, o))
    return out


def isomorphic(a, b) -> bool:
    """True when `a` and `b` are the same RDF graph up to blank-node names and the normalization above."""
    from rdflib.compare import isomorphic as iso
    return iso(normalize(a), normalize(b))


def describe_difference(a, b, limit: int = 12) -> str:
    """A short human-readable account of the triples only in `a` and only in `b`."""
    from rdflib.compare import graph_diff, to_isomorphic
    _, only_a, only_b = graph_diff(to_isomorphic(normalize(a)), to_isomorphic(normalize(b)))
    lines = [f"{len(a)} vs {len(b)} triples; {len(only_a)} only in the first, {len(only_b)} only in the second"]
    for label, part in (("-", only_a), ("+", only_b)):
        for i, (s, p, o) in enumerate(sorted(part)):
            if i >= limit:
                lines.append(f"{label} ...")
                break
            lines.append(f"{label} {s.n3()} {p.n3()} {o.n3()}")
    return "\n".join(lines)


def assert_isomorphic(expected, actual, what: str):
    """Asserts isomorphism, with a diff of the first differing triples on failure."""
    assert isomorphic(expected, actual), f"{what}: graphs differ\n{describe_difference(expected, actual)}"


# ---------------------------------------------------------------------------
# Graph facts used by several tests
# ---------------------------------------------------------------------------

def typed_resources(graph) -> set[str]:
    """IRIs (and blank nodes) typed with any ClaimGraph class: the resources that are GraphML nodes."""
    rdflib = _rdflib()
    classes = {rdflib.URIRef(CG + c) for c in CG_CLASSES}
    return {str(s) for s, o in graph.subject_objects(rdflib.RDF.type) if o in classes}


def resource_edges(graph) -> list[tuple[str, str, str]]:
    """(subject, predicate local name, object) for every triple whose object is an IRI, except rdf:type."""
    rdflib = _rdflib()
    edges = []
    for s, p, o in graph:
        if isinstance(o, rdflib.URIRef) and str(p) != RDF_TYPE:
            edges.append((str(s), local_name(str(p)), str(o)))
    return sorted(edges)


def local_name(iri: str) -> str:
    """The part of `iri` after its last '#', or else after its last '/'."""
    if "#" in iri:
        return iri.rsplit("#", 1)[1]
    return iri.rsplit("/", 1)[-1]
