"""A minimal, order-preserving GraphML reader for rule checks (stdlib only).

NetworkX and igraph answer "what graph is this"; the rules for Gephi and
Neo4j APOC also depend on key ids, element order and the first <data> child
of an edge, which only a raw reading shows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

NS = "{http://graphml.graphdrawing.org/xmlns}"


@dataclass
class Key:
    id: str
    domain: str          # the `for` attribute
    name: str | None     # attr.name
    type: str | None     # attr.type


@dataclass
class Element:
    kind: str                                   # "node" or "edge"
    id: str | None
    attrib: dict[str, str]
    data: list[tuple[str, str]] = field(default_factory=list)   # (key id, text), in document order

    def value(self, key_id: str) -> str | None:
        for key, text in self.data:
            if key == key_id:
                return text
        return None


@dataclass
class GraphML:
    keys: list[Key]
    graph_attrib: dict[str, str]
    elements: list[Element]   # nodes and edges in document order

    @property
    def nodes(self) -> list[Element]:
        return [e for e in self.elements if e.kind == "node"]

    @property
    def edges(self) -> list[Element]:
        return [e for e in self.elements if e.kind == "edge"]

    def keys_for(self, domain: str) -> list[Key]:
        return [k for k in self.keys if k.domain in (domain, "all")]

    def key_named(self, domain: str, name: str) -> Key | None:
        """The key of `domain` whose attr.name is `name` (or, lacking attr.name, whose id is)."""
        for key in self.keys_for(domain):
            if (key.name or key.id) == name:
                return key
        return None


def read(path: Path) -> GraphML:
    root = ET.parse(path).getroot()
    keys = [Key(k.get("id"), k.get("for", "all"), k.get("attr.name"), k.get("attr.type"))
            for k in root.findall(f"{NS}key")]
    graph = root.find(f"{NS}graph")
    assert graph is not None, f"{path}: no <graph> element in the GraphML namespace"
    elements = []
    for child in graph:
        kind = child.tag.replace(NS, "")
        if kind not in ("node", "edge"):
            continue
        element = Element(kind, child.get("id"), dict(child.attrib))
        for data in child.findall(f"{NS}data"):
            element.data.append((data.get("key"), data.text or ""))
        elements.append(element)
    return GraphML(keys, dict(graph.attrib), elements)
