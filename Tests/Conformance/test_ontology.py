"""The ontology is consistent and complete, and the SHACL shapes accept what they should.

- Ontology/claimgraph.ttl loads, survives an OWL RL closure without contradiction,
  declares every cg: term the exports and Vocabulary.swift use, and documents
  every term it declares.
- Ontology/shapes.ttl accepts a small valid graph and rejects each kind of
  broken one (self-tests of the shapes, independent of the binary).
"""

from __future__ import annotations

import re

import pytest

import cgconform

OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
ERRNS = "http://www.daml.org/2002/03/agents/agent-ont#"
DECLARATION_TYPES = {OWL + t for t in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty")}


@pytest.fixture(scope="module")
def ontology(ontology_path):
    rdflib = cgconform.need_module("rdflib")
    return rdflib.Graph().parse(ontology_path)


def declared_terms(graph) -> set[str]:
    rdflib = cgconform.need_module("rdflib")
    return {str(s) for s, o in graph.subject_objects(rdflib.RDF.type)
            if str(o) in DECLARATION_TYPES and isinstance(s, rdflib.URIRef)}


def owlrl_closure(graph):
    """A copy of `graph` expanded with the OWL 2 RL rules."""
    owlrl = cgconform.need_module("owlrl")
    rdflib = cgconform.need_module("rdflib")
    closed = rdflib.Graph()
    for triple in graph:
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                           datatype_axioms=False).expand(closed)
    return closed


def assert_consistent(closed):
    rdflib = cgconform.need_module("rdflib")
    errors = [str(m) for m in closed.objects(None, rdflib.URIRef(ERRNS + "error"))]
    assert not errors, "OWL RL found contradictions:\n" + "\n".join(errors[:20])
    nothing = list(closed.subjects(rdflib.RDF.type, rdflib.OWL.Nothing))
    assert not nothing, f"members of owl:Nothing: {nothing[:10]}"


def test_ontology_header(ontology):
    """The owl:Ontology has a version, a label and a comment."""
    rdflib = cgconform.need_module("rdflib")
    heads = list(ontology.subjects(rdflib.RDF.type, rdflib.OWL.Ontology))
    assert len(heads) == 1
    head = heads[0]
    assert ontology.value(head, rdflib.OWL.versionInfo) is not None
    assert ontology.value(head, rdflib.OWL.versionIRI) is not None
    assert ontology.value(head, rdflib.RDFS.label) is not None
    assert ontology.value(head, rdflib.RDFS.comment) is not None


def test_owl_rl_closure_is_consistent(ontology):
    """The OWL RL closure of the ontology has no inconsistency report and no owl:Nothing members."""
    closed = owlrl_closure(ontology)
    assert len(closed) > len(ontology)
    assert_consistent(closed)


def test_owl_rl_closure_with_sample_export(ontology, sample_export):
    """The ontology plus the sample export is still consistent under OWL RL (e.g. nothing is both a claim and a denial)."""
    rdflib = cgconform.need_module("rdflib")
    data = rdflib.Graph().parse(sample_export / "graph.nt", format="nt")
    assert_consistent(owlrl_closure(ontology + data))


def test_disjoint_claim_and_denial_is_detected(ontology):
    """Self-test: OWL RL does report a statement typed both cg:Claim and cg:Denial."""
    rdflib = cgconform.need_module("rdflib")
    bad = rdflib.Graph()
    bad.add((rdflib.URIRef("urn:x:s"), rdflib.RDF.type, rdflib.URIRef(cgconform.CG + "Claim")))
    bad.add((rdflib.URIRef("urn:x:s"), rdflib.RDF.type, rdflib.URIRef(cgconform.CG + "Denial")))
    closed = owlrl_closure(ontology + bad)
    errors = list(closed.objects(None, rdflib.URIRef(ERRNS + "error")))
    assert errors, "OWL RL did not notice a statement that is both a claim and a denial"


@pytest.mark.parametrize("speech", ["Claim", "Denial", "Statement"])
def test_belief_that_is_a_speech_act_is_detected(ontology, speech):
    """Self-test: OWL RL reports a node typed both cg:Belief and cg:Claim, cg:Denial or cg:Statement (the classes are disjoint)."""
    rdflib = cgconform.need_module("rdflib")
    bad = rdflib.Graph()
    bad.add((rdflib.URIRef("urn:x:b"), rdflib.RDF.type, rdflib.URIRef(cgconform.CG + "Belief")))
    bad.add((rdflib.URIRef("urn:x:b"), rdflib.RDF.type, rdflib.URIRef(cgconform.CG + speech)))
    closed = owlrl_closure(ontology + bad)
    errors = list(closed.objects(None, rdflib.URIRef(ERRNS + "error")))
    assert errors, f"OWL RL did not notice a belief that is also a cg:{speech}"


def test_every_declared_term_is_documented(ontology):
    """Every class and property the ontology declares has an rdfs:label and an rdfs:comment."""
    rdflib = cgconform.need_module("rdflib")
    missing = [t for t in sorted(declared_terms(ontology))
               if ontology.value(rdflib.URIRef(t), rdflib.RDFS.label) is None
               or ontology.value(rdflib.URIRef(t), rdflib.RDFS.comment) is None]
    assert not missing, f"undocumented: {missing}"


def test_cg_properties_have_domain_or_range(ontology):
    """Every cg: property has an rdfs:range, and every cg: property but role and affiliatedWith has an rdfs:domain."""
    rdflib = cgconform.need_module("rdflib")
    for term in sorted(declared_terms(ontology)):
        if not term.startswith(cgconform.CG) or (rdflib.URIRef(term), rdflib.RDF.type, rdflib.OWL.Class) in ontology:
            continue
        assert ontology.value(rdflib.URIRef(term), rdflib.RDFS.range) is not None, f"{term} has no range"
        if term.rsplit("#", 1)[1] not in ("role", "affiliatedWith"):
            assert ontology.value(rdflib.URIRef(term), rdflib.RDFS.domain) is not None, f"{term} has no domain"


def test_terms_used_in_sample_export_are_declared(ontology, sample_export):
    """Every cg: class and predicate in Output/graph.ttl is declared in the ontology; other predicates are declared or RDF/RDFS built-ins."""
    rdflib = cgconform.need_module("rdflib")
    data = rdflib.Graph().parse(sample_export / "graph.ttl", format="turtle")
    declared = declared_terms(ontology)
    used = {str(p) for p in data.predicates()} | {str(o) for o in data.objects(None, rdflib.RDF.type)}
    builtins = {str(rdflib.RDF.type), RDFS + "label", RDFS + "comment", RDFS + "seeAlso"}
    undeclared = sorted(t for t in used if t not in declared and t not in builtins)
    assert not undeclared, f"used in the export but not declared: {undeclared}"


def test_vocabulary_swift_agrees(ontology, repo_root):
    """Every CG term spelled in Sources/ClaimGraphModel/Vocabulary.swift is declared in the ontology, and vice versa
    (but for the union classes, cg:Speaker and cg:Attribution, which no export asserts)."""
    rdflib = cgconform.need_module("rdflib")
    source = cgconform.need_file(repo_root / "Sources" / "ClaimGraphModel" / "Vocabulary.swift", "Vocabulary.swift")
    swift_terms = {cgconform.CG + name for name in re.findall(r'term\("([A-Za-z]+)"\)', source.read_text())}
    assert swift_terms, "no CG terms found in Vocabulary.swift"
    unions = {str(s) for s in ontology.subjects(rdflib.OWL.unionOf, None)}
    assert unions == {cgconform.CG + "Speaker", cgconform.CG + "Attribution"}, unions
    ours = {t for t in declared_terms(ontology) if t.startswith(cgconform.CG)} - unions
    assert swift_terms == ours, f"only in Swift: {sorted(swift_terms - ours)}; only in the ontology: {sorted(ours - swift_terms)}"


def test_alignments(ontology):
    """The classes are aligned with schema.org, PROV-O and FOAF as GRAPH-MODEL.md says."""
    rdflib = cgconform.need_module("rdflib")
    expected = {
        "Person": ["https://schema.org/Person", "http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/prov#Person"],
        "Country": ["https://schema.org/Country"],
        "Organization": ["https://schema.org/Organization", "http://www.w3.org/ns/prov#Organization"],
        "NewsOutlet": ["https://schema.org/NewsMediaOrganization"],
        "UnnamedSource": ["http://www.w3.org/ns/prov#Agent"],
        "Article": ["https://schema.org/NewsArticle"],
        "Statement": ["https://schema.org/Claim", cgconform.CG + "Attribution"],
        "Claim": [cgconform.CG + "Statement"],
        "Denial": [cgconform.CG + "Statement"],
        "Belief": [cgconform.CG + "Attribution"],
    }
    for cls, supers in expected.items():
        found = {str(o) for o in ontology.objects(rdflib.URIRef(cgconform.CG + cls), rdflib.RDFS.subClassOf)}
        assert set(supers) <= found, f"cg:{cls} lacks {set(supers) - found}"


# ---------------------------------------------------------------------------
# Shapes self-tests
# ---------------------------------------------------------------------------

VALID = """
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix x: <urn:x:> .
x:p a cg:Person ; rdfs:label "Ann Example" ; cg:affiliatedWith x:c ; cg:denied x:s1 .
x:c a cg:Country ; rdfs:label "Iran" ; cg:countryCode "IR" ; cg:claimed x:s2 .
x:o a cg:NewsOutlet ; rdfs:label "Reuters" .
x:u a cg:UnnamedSource ; rdfs:label "officials" ; cg:believed x:b1 .
x:a a cg:Article ; dcterms:identifier "000.txt" ; dcterms:publisher x:o .
x:s1 a cg:Statement , cg:Denial ; cg:text "we did not" ; cg:cue "denied" ; cg:speakerMention "she" ;
    cg:contentStart 3 ; cg:contentEnd 13 ; cg:directQuote true ; cg:sentence "She denied: we did not." ;
    cg:sieve "reporting-verb" ; cg:sourceArticle x:a ; cg:reportedBy x:o .
x:s2 a cg:Statement , cg:Claim ; cg:text "it happened" ; cg:cue "said" ; cg:speakerMention "Iran" ;
    cg:contentStart 20 ; cg:contentEnd 20 ; cg:directQuote false ; cg:sentence "Iran said it happened." ;
    cg:sieve "reporting-verb" ; cg:sourceArticle x:a .
x:b1 a cg:Belief ; cg:text "the plant will close" ; cg:cue "believe" ; cg:speakerMention "Officials" ;
    cg:contentStart 18 ; cg:contentEnd 38 ; cg:directQuote false ; cg:sentence "Officials believe the plant will close." ;
    cg:sieve "reporting-verb" ; cg:sourceArticle x:a ; cg:reportedBy x:o .
"""

BROKEN = {
    "missing cue": ('cg:cue "denied" ;', ""),
    "start after end": ("cg:contentStart 3 ;", "cg:contentStart 30 ;"),
    "claimed a denial": ("cg:denied x:s1", "cg:claimed x:s1"),
    "two speakers": ('x:o a cg:NewsOutlet ;', 'x:o a cg:NewsOutlet ; cg:denied x:s1 ;'),
    "no speaker": ("; cg:denied x:s1 .", "."),
    "bad country code": ('cg:countryCode "IR"', 'cg:countryCode "Iran"'),
    "two labels": ('rdfs:label "Ann Example"', 'rdfs:label "Ann Example", "Ann"'),
    "no label": ('rdfs:label "Reuters" ', ""),
    "offset not integer": ("cg:contentEnd 13 ;", 'cg:contentEnd "13" ;'),
    "quote not boolean": ("cg:directQuote true", 'cg:directQuote "yes"'),
    "both claim and denial": ("x:s1 a cg:Statement , cg:Denial", "x:s1 a cg:Statement , cg:Denial , cg:Claim"),
    "article without identifier": ('dcterms:identifier "000.txt" ;', ""),
    "outlet not an outlet": ("cg:reportedBy x:o", "cg:reportedBy x:c"),
    "statement without article": ("cg:sourceArticle x:a .", "."),
    "affiliated with a person": ("cg:affiliatedWith x:c", "cg:affiliatedWith x:p"),
    "missing sieve": ('cg:sieve "reporting-verb" ; cg:sourceArticle x:a ; cg:reportedBy x:o .\nx:s2', "cg:sourceArticle x:a ; cg:reportedBy x:o .\nx:s2"),
    "believed a claim": ("cg:claimed x:s2", "cg:believed x:s2"),
    "claimed a belief": ("cg:believed x:b1", "cg:claimed x:b1"),
    "denied a belief": ("cg:believed x:b1", "cg:denied x:b1"),
    "belief also a claim": ("x:b1 a cg:Belief", "x:b1 a cg:Belief , cg:Claim"),
    "belief also a statement": ("x:b1 a cg:Belief", "x:b1 a cg:Belief , cg:Statement"),
    "belief without source": ("; cg:believed x:b1 .", "."),
    "belief with two sources": ('x:o a cg:NewsOutlet ;', 'x:o a cg:NewsOutlet ; cg:believed x:b1 ;'),
    "belief without cue": ('cg:cue "believe" ;', ""),
    "belief without article": ('close." ;\n    cg:sieve "reporting-verb" ; cg:sourceArticle x:a ;', 'close." ;\n    cg:sieve "reporting-verb" ;'),
    "believer not a speaker": ('x:a a cg:Article ;', 'x:a a cg:Article ; cg:believed x:b1 ;'),
}


def shacl(data_ttl: str, shapes_path, ontology_path):
    pyshacl = cgconform.need_module("pyshacl")
    rdflib = cgconform.need_module("rdflib")
    data = rdflib.Graph().parse(data=data_ttl, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(shapes_path),
                                         ont_graph=rdflib.Graph().parse(ontology_path), inference="none")
    return conforms, text


def test_shapes_accept_valid_graph(shapes_path, ontology_path):
    """The shapes accept a small hand-written graph that follows GRAPH-MODEL.md."""
    conforms, text = shacl(VALID, shapes_path, ontology_path)
    assert conforms, text


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_shapes_reject_broken_graph(shapes_path, ontology_path, name):
    """Each single violation of the model makes validation fail."""
    old, new = BROKEN[name]
    assert old in VALID, f"mutation {name!r} does not apply"
    conforms, text = shacl(VALID.replace(old, new, 1), shapes_path, ontology_path)
    assert not conforms, f"shapes accepted a graph with {name}"
