"""The exports conform: each RDF syntax parses everywhere and says the same graph, the
GraphML is valid and loads in NetworkX and igraph as the same entities and relations,
SHACL shapes hold, the property graph follows Gephi's and Neo4j APOC's reading rules,
and the committed Output/ is exactly what the binary makes today.

Every test runs on the committed sample export (Output/) and on a fresh export of
the first 300 benchmark articles (see conftest.py).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import cgconform
import graphml as gml
from conftest import export_corpus

RDF_FORMATS = ["turtle", "rdfxml", "ntriples"]
_PARSED: dict[tuple[str, str, str], object] = {}


def parsed(export_dir: Path, fmt: str, parser: str = "rdflib"):
    """The export's `fmt` file parsed by `parser`, cached for the session."""
    key = (str(export_dir), fmt, parser)
    if key not in _PARSED:
        _PARSED[key] = cgconform.PARSERS[parser](export_dir / cgconform.EXPORT_FILES[fmt], fmt)
    return _PARSED[key]


def reference(export_dir: Path):
    """The graph every other reading is compared with: the N-Triples file read by rdflib."""
    return parsed(export_dir, "ntriples", "rdflib")


def graphml_path(export_dir: Path) -> Path:
    return export_dir / cgconform.EXPORT_FILES["graphml"]


# ---------------------------------------------------------------------------
# RDF syntaxes
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rapper_parses(export_dir, fmt):
    """rapper (Raptor) reads each RDF file without error and finds triples."""
    code, stderr = cgconform.rapper_count(export_dir / cgconform.EXPORT_FILES[fmt], fmt)
    assert code in (0, 2) and "Error" not in stderr, stderr[:3000]
    count = re.search(r"returned (\d+) triple", stderr)
    assert count and int(count.group(1)) > 0, stderr[:3000]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
@pytest.mark.parametrize("parser", ["rdflib", "pyoxigraph"])
def test_parser_reads(export_dir, fmt, parser):
    """rdflib and pyoxigraph read each RDF file, and it is not empty."""
    assert len(parsed(export_dir, fmt, parser)) > 0


@pytest.mark.parametrize("fmt", RDF_FORMATS)
@pytest.mark.parametrize("parser", ["rapper", "rdflib", "pyoxigraph"])
def test_syntaxes_are_isomorphic(export_dir, fmt, parser):
    """Turtle, RDF/XML and N-Triples carry the same graph, whichever parser reads them."""
    cgconform.assert_isomorphic(reference(export_dir), parsed(export_dir, fmt, parser),
                                f"{fmt} read by {parser} vs N-Triples read by rdflib")


def test_shacl_shapes_hold(export_dir, shapes_path, ontology_path):
    """The export satisfies Ontology/shapes.ttl, with Ontology/claimgraph.ttl as the ontology graph."""
    pyshacl = cgconform.need_module("pyshacl")
    rdflib = cgconform.need_module("rdflib")
    shapes = rdflib.Graph().parse(shapes_path)
    ontology = rdflib.Graph().parse(ontology_path)
    conforms, _, text = pyshacl.validate(
        reference(export_dir), shacl_graph=shapes, ont_graph=ontology,
        inference="none", abort_on_first=False, meta_shacl=False, allow_warnings=False)
    assert conforms, text[:6000]


def test_iris_are_absolute_and_resolvable_base_free(export_dir):
    """No export needs a base IRI: parsed with two different bases, the N-Triples and Turtle graphs agree."""
    rdflib = cgconform.need_module("rdflib")
    for fmt, syntax in (("turtle", "turtle"), ("rdfxml", "xml")):
        path = export_dir / cgconform.EXPORT_FILES[fmt]
        other = rdflib.Graph().parse(str(path), format=syntax, publicID="urn:x-other-base:")
        cgconform.assert_isomorphic(reference(export_dir), other, f"{fmt} parsed with another base")


# ---------------------------------------------------------------------------
# Beliefs: their own class and relation, never speech acts
# ---------------------------------------------------------------------------

SPEECH_CLASSES = ("Statement", "Claim", "Denial")


def _beliefs(graph) -> set:
    rdflib = cgconform.need_module("rdflib")
    return set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(cgconform.CG + "Belief")))


def test_beliefs_are_never_speech_acts(export_dir):
    """No cg:Belief is typed cg:Statement, cg:Claim or cg:Denial or is claimed or denied; whatever is believed is a cg:Belief, with one source."""
    rdflib = cgconform.need_module("rdflib")
    graph = reference(export_dir)
    cg = lambda name: rdflib.URIRef(cgconform.CG + name)
    beliefs = _beliefs(graph)
    for belief in beliefs:
        types = set(graph.objects(belief, rdflib.RDF.type))
        assert not types & {cg(c) for c in SPEECH_CLASSES}, f"{belief} is a belief and {sorted(map(str, types))}"
        assert not list(graph.subjects(cg("claimed"), belief)) and not list(graph.subjects(cg("denied"), belief)), belief
        assert len(list(graph.subjects(cg("believed"), belief))) == 1, f"{belief} has not exactly one source"
    assert set(graph.objects(None, cg("believed"))) == beliefs


def test_bench_export_has_beliefs_in_every_format(bench_export):
    """The 300 bench articles give beliefs, and GraphML carries each as a node of type Belief with a statement's attributes, reached by a `believed` edge."""
    rdflib = cgconform.need_module("rdflib")
    graph = reference(bench_export)
    beliefs = {str(b) for b in _beliefs(graph)}
    assert len(beliefs) > 10, f"only {len(beliefs)} beliefs in 300 bench articles"
    for fmt in RDF_FORMATS:
        assert {str(b) for b in _beliefs(parsed(bench_export, fmt))} == beliefs, fmt
    doc = gml.read(graphml_path(bench_export))
    iri_key, type_key, label_key = _iri_key(doc), doc.key_named("node", "type"), doc.key_named("edge", "label")
    nodes = {n.id: n for n in doc.nodes}
    belief_nodes = [n for n in doc.nodes if n.value(type_key.id) == "Belief"]
    assert {n.value(iri_key.id) for n in belief_nodes} == beliefs
    evidence = [doc.key_named("node", name) for name in ("text", "cue", "speakerMention", "contentStart", "contentEnd",
                                                         "directQuote", "sentence", "sieve")]
    assert all(evidence), "a statement attribute has no GraphML key"
    for node in belief_nodes:
        assert all(node.value(key.id) is not None for key in evidence), f"belief node {node.id} lacks evidence"
    believed = [e for e in doc.edges if e.value(label_key.id) == "believed"]
    assert len(believed) == len(beliefs)
    assert all(nodes[e.attrib["target"]].value(type_key.id) == "Belief" for e in believed)
    speech_targets = [nodes[e.attrib["target"]].value(type_key.id) for e in doc.edges
                      if e.value(label_key.id) in ("claimed", "denied")]
    assert "Belief" not in speech_targets


# ---------------------------------------------------------------------------
# GraphML: schema, NetworkX, igraph
# ---------------------------------------------------------------------------

def test_graphml_schema_valid(export_dir, shared_dir):
    """graph.graphml validates against the GraphML 1.0 XML Schema."""
    xmllint = cgconform.need_tool("xmllint")
    xsd = cgconform.need_file(shared_dir / "conformance" / "graphml-xsd" / "graphml.xsd", "the GraphML XSD")
    result = cgconform.run([xmllint, "--noout", "--schema", xsd, graphml_path(export_dir)])
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[:4000]


def test_graphml_same_nodes_and_edges_as_rdf(export_dir):
    """One node per typed resource (its IRI as an attribute) and one edge per IRI-valued triple other than rdf:type."""
    doc = gml.read(graphml_path(export_dir))
    graph = reference(export_dir)
    iri_key = _iri_key(doc)
    by_id = {n.id: n.value(iri_key.id) for n in doc.nodes}
    assert sorted(v for v in by_id.values() if v) == sorted(cgconform.typed_resources(graph))
    label_key = doc.key_named("edge", "label")
    assert label_key is not None, "no edge key named `label`"
    edges = sorted((by_id[e.attrib["source"]], e.value(label_key.id), by_id[e.attrib["target"]]) for e in doc.edges)
    expected = cgconform.resource_edges(graph)
    assert Counter(edges) == Counter(expected), (
        f"only in GraphML: {list((Counter(edges) - Counter(expected)).items())[:10]}; "
        f"only in RDF: {list((Counter(expected) - Counter(edges)).items())[:10]}")


def test_networkx_loads_every_node_edge_and_attribute(export_dir):
    """NetworkX read_graphml finds as many nodes as typed resources, as many edges as relations, and every declared attribute."""
    nx = cgconform.need_module("networkx")
    graph = reference(export_dir)
    g = nx.read_graphml(graphml_path(export_dir), force_multigraph=True)
    assert g.is_directed()
    assert g.number_of_nodes() == len(cgconform.typed_resources(graph))
    assert g.number_of_edges() == len(cgconform.resource_edges(graph))
    doc = gml.read(graphml_path(export_dir))
    node_attrs = set().union(*(d.keys() for _, d in g.nodes(data=True)))
    edge_attrs = set().union(*(d.keys() for _, _, d in g.edges(data=True)))
    # NetworkX keeps an attribute only where some element carries a value for it.
    for key in doc.keys_for("node"):
        if any(n.value(key.id) is not None for n in doc.nodes):
            assert (key.name or key.id) in node_attrs, f"node attribute {key.name or key.id!r} lost by NetworkX"
    for key in doc.keys_for("edge"):
        if any(e.value(key.id) is not None for e in doc.edges):
            assert (key.name or key.id) in edge_attrs, f"edge attribute {key.name or key.id!r} lost by NetworkX"


def test_igraph_loads_every_node_edge_and_attribute(export_dir):
    """igraph Graph.Read_GraphML finds the same counts and every declared node and edge attribute."""
    igraph = cgconform.need_module("igraph")
    graph = reference(export_dir)
    g = igraph.Graph.Read_GraphML(str(graphml_path(export_dir)))
    assert g.is_directed()
    assert g.vcount() == len(cgconform.typed_resources(graph))
    assert g.ecount() == len(cgconform.resource_edges(graph))
    doc = gml.read(graphml_path(export_dir))
    for key in doc.keys_for("node"):
        assert (key.name or key.id) in g.vs.attributes(), f"node attribute {key.name or key.id!r} lost by igraph"
    for key in doc.keys_for("edge"):
        assert (key.name or key.id) in g.es.attributes(), f"edge attribute {key.name or key.id!r} lost by igraph"


# ---------------------------------------------------------------------------
# GraphML reading rules of Gephi and Neo4j APOC (apoc.import.graphml)
# ---------------------------------------------------------------------------

GEPHI_NODE_RESERVED = {"label", "d3", "x", "y", "z", "xpos", "ypos", "size", "r", "g", "b"}
GEPHI_EDGE_RESERVED = {"label", "edgelabel", "d7", "weight", "edge weight", "id", "edgeid", "r", "g", "b"}
PORTABLE_TYPES = {"boolean", "int", "long", "float", "double", "string"}
REL_TYPE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _iri_key(doc):
    key = doc.key_named("node", "iri") or doc.key_named("node", "uri")
    assert key is not None, "no node key named `iri` (or `uri`): a node must lead back to its RDF resource"
    return key


def test_rule_edges_are_directed(export_dir):
    """Rule (Gephi, APOC, GRAPH-MODEL.md): relations are directed — <graph edgedefault="directed">, and no edge says directed="false"."""
    doc = gml.read(graphml_path(export_dir))
    assert doc.graph_attrib.get("edgedefault") == "directed"
    assert all(e.attrib.get("directed", "true") == "true" for e in doc.edges)


def test_rule_gephi_node_label(export_dir):
    """Rule (Gephi): a node key whose id or attr.name is `label` fills Gephi's Label column; every node has a non-empty one, equal to its rdfs:label when it has one."""
    rdflib = cgconform.need_module("rdflib")
    doc = gml.read(graphml_path(export_dir))
    key = doc.key_named("node", "label")
    assert key is not None and key.type in (None, "string")
    graph = reference(export_dir)
    iri_key = _iri_key(doc)
    for node in doc.nodes:
        label = node.value(key.id)
        assert label and label.strip(), f"node {node.id} has no label"
        rdfs_label = graph.value(rdflib.URIRef(node.value(iri_key.id)), rdflib.RDFS.label)
        if rdfs_label is not None:
            assert label == str(rdfs_label), f"node {node.id}: GraphML label {label!r} != rdfs:label {str(rdfs_label)!r}"


def test_rule_gephi_edge_label(export_dir):
    """Rule (Gephi): an edge key named `label` fills the edge Label column; every edge carries the relation's local name (claimed, denied, ...)."""
    doc = gml.read(graphml_path(export_dir))
    key = doc.key_named("edge", "label")
    assert key is not None and key.type in (None, "string")
    names = {p for _, p, _ in cgconform.resource_edges(reference(export_dir))}
    for edge in doc.edges:
        assert edge.value(key.id) in names, f"edge {edge.id}: label {edge.value(key.id)!r} is not a relation of the graph"


def test_rule_gephi_reserved_names(export_dir):
    """Rule (Gephi): keys named label/d3/x/y/z/xpos/ypos/size/r/g/b (nodes) or label/edgelabel/d7/weight/id/edgeid/r/g/b (edges), by id or attr.name, are read as visual properties, not columns; only the label keys may use them, and a `weight` must be numeric."""
    doc = gml.read(graphml_path(export_dir))
    for domain, reserved in (("node", GEPHI_NODE_RESERVED), ("edge", GEPHI_EDGE_RESERVED)):
        for key in doc.keys_for(domain):
            hits = {n for n in (key.id.lower(), (key.name or "").lower()) if n in reserved}
            if not hits:
                continue
            if "weight" in hits or "edge weight" in hits:
                assert key.type in {"int", "long", "float", "double"}, f"{key.id}: Gephi parses weight as a number"
                continue
            assert hits <= {"label"} and (key.name or key.id).lower() == "label", (
                f"{domain} key id={key.id!r} attr.name={key.name!r} would be swallowed by Gephi as {sorted(hits)}")


def test_rule_key_types_portable(export_dir):
    """Rule (GraphML spec, Gephi, APOC): every key is for node or edge and has attr.type in boolean/int/long/float/double/string (APOC's Type.valueOf rejects anything else); attr.names are unique per domain."""
    doc = gml.read(graphml_path(export_dir))
    for key in doc.keys:
        assert key.domain in ("node", "edge"), f"key {key.id}: for={key.domain!r}"
        assert key.type in PORTABLE_TYPES, f"key {key.id}: attr.type={key.type!r}"
        assert key.name, f"key {key.id} has no attr.name (APOC then names the property by the key id)"
    for domain in ("node", "edge"):
        names = [k.name for k in doc.keys_for(domain)]
        assert len(names) == len(set(names)), f"duplicate {domain} attr.names: {names}"


def test_rule_data_values_parse_as_declared(export_dir):
    """Rule (APOC, Gephi): each <data> value parses as its key's attr.type (APOC calls Long.parseLong, Boolean.valueOf, ...)."""
    doc = gml.read(graphml_path(export_dir))
    types = {k.id: k.type for k in doc.keys}
    checks = {
        "int": re.compile(r"^-?\d+$"), "long": re.compile(r"^-?\d+$"),
        "boolean": re.compile(r"^(true|false)$"),
        "float": re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$"), "double": re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$"),
    }
    for element in doc.elements:
        for key, text in element.data:
            assert key in types, f"{element.kind} {element.id}: <data key={key!r}> has no <key>"
            pattern = checks.get(types[key])
            if pattern is not None:
                assert pattern.match(text.strip()), f"{element.kind} {element.id}: {key}={text!r} is not {types[key]}"


def test_rule_apoc_node_labels(export_dir):
    """Rule (APOC readLabels:true): a node key with id exactly `labels` whose value is ':'-separated labels (":Person") becomes the Neo4j labels; every node has one naming its class."""
    doc = gml.read(graphml_path(export_dir))
    assert any(k.id == "labels" and k.domain == "node" for k in doc.keys), "no node key with id=\"labels\""
    type_key = doc.key_named("node", "type")
    assert type_key is not None, "no node key named `type`"
    for node in doc.nodes:
        value = node.value("labels") or node.attrib.get("labels")
        assert value and value.startswith(":"), f"node {node.id}: labels={value!r}"
        labels = [p.strip() for p in value.split(":") if p.strip()]
        assert labels and all(REL_TYPE.match(l) for l in labels), f"node {node.id}: labels={value!r}"
        assert node.value(type_key.id) in labels, f"node {node.id}: type {node.value(type_key.id)!r} not among labels {labels}"


def test_rule_node_type_is_class(export_dir):
    """Rule (GRAPH-MODEL.md): each node's `type` attribute is the local name of one of its ClaimGraph classes."""
    rdflib = cgconform.need_module("rdflib")
    doc = gml.read(graphml_path(export_dir))
    graph = reference(export_dir)
    type_key, iri_key = doc.key_named("node", "type"), _iri_key(doc)
    for node in doc.nodes:
        classes = {cgconform.local_name(str(o)) for o in graph.objects(rdflib.URIRef(node.value(iri_key.id)), rdflib.RDF.type)}
        assert node.value(type_key.id) in classes & set(cgconform.CG_CLASSES), f"node {node.id}: type {node.value(type_key.id)!r}, classes {classes}"


def test_rule_apoc_edge_type_first(export_dir):
    """Rule (APOC readLabels:true): the relationship type is read from an edge's label attribute, or else from its FIRST <data> child when that has key="label"; it must be a plain identifier (APOC strips ':')."""
    doc = gml.read(graphml_path(export_dir))
    assert any(k.id == "label" and k.domain == "edge" for k in doc.keys), "no edge key with id=\"label\""
    for edge in doc.edges:
        if "label" in edge.attrib:
            rel = edge.attrib["label"]
        else:
            assert edge.data and edge.data[0][0] == "label", f"edge {edge.id}: first <data> is {edge.data[:1]}, APOC would use RELATED"
            rel = edge.data[0][1]
        assert REL_TYPE.match(rel), f"edge {edge.id}: relationship type {rel!r}"


def test_rule_nodes_before_edges(export_dir):
    """Rule (APOC): an edge's source and target are looked up among nodes already read, so every node precedes the edges that use it; ids are unique."""
    doc = gml.read(graphml_path(export_dir))
    seen: set[str] = set()
    for element in doc.elements:
        if element.kind == "node":
            assert element.id not in seen, f"duplicate node id {element.id}"
            seen.add(element.id)
        else:
            assert element.attrib["source"] in seen and element.attrib["target"] in seen, f"edge {element.id} before its nodes"
    edge_ids = [e.id for e in doc.edges if e.id is not None]
    assert len(edge_ids) == len(set(edge_ids)), "duplicate edge ids"


# ---------------------------------------------------------------------------
# Reproducibility
# ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def corpus_exports(claimgraph, repo_root, tmp_path_factory):
    """Two fresh exports of Corpus/, made the way Output/ is made."""
    corpus = cgconform.need_file(repo_root / "Corpus", "Corpus/")
    base = tmp_path_factory.mktemp("corpus-exports")
    return [export_corpus(claimgraph, [corpus], base / f"run{i}") for i in (1, 2)]


@pytest.mark.parametrize("fmt", list(cgconform.EXPORT_FILES))
def test_output_is_up_to_date(sample_export, corpus_exports, fmt):
    """Output/ is byte for byte what `claimgraph export Corpus --out Output` makes now."""
    name = cgconform.EXPORT_FILES[fmt]
    assert (sample_export / name).read_bytes() == (corpus_exports[0] / name).read_bytes(), (
        f"Output/{name} is stale: run `claimgraph export Corpus --out Output` and commit it")


@pytest.mark.parametrize("fmt", list(cgconform.EXPORT_FILES))
def test_two_exports_identical(corpus_exports, fmt):
    """Two exports of the same input give identical bytes (deterministic output)."""
    name = cgconform.EXPORT_FILES[fmt]
    assert (corpus_exports[0] / name).read_bytes() == (corpus_exports[1] / name).read_bytes()
