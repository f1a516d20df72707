#!/usr/bin/env python3
"""Renders a ClaimGraph GraphML export as a PNG picture of who said what.

Speakers, countries and outlets are labelled; claims are blue dots, denials
red, beliefs ("officials believe") olive. Articles (which tie every statement together) and people with no
statement or affiliation are left out. The layout is Graphviz `sfdp` with
components packed side by side; the same GraphML always gives the same
picture.

Usage (from the repository root, after Scripts/setup-python.sh, with Graphviz installed):
    .venv/bin/python Scripts/render-sample.py [Output/graph.graphml] [docs/sample-graph.png]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx

COLOURS = {
    "Person": "#1f77b4",
    "Country": "#2ca02c",
    "Organization": "#9467bd",
    "NewsOutlet": "#ff7f0e",
    "UnnamedSource": "#8c8c8c",
    "Claim": "#17becf",
    "Denial": "#d62728",
    "Belief": "#bcbd22",
}
LABELLED = {"Person", "Country", "NewsOutlet", "Organization"}
EDGE_STYLE = {"claimed": "#17becf", "denied": "#d62728", "believed": "#bcbd22", "reportedBy": "#ff7f0e",
              "affiliatedWith": "#2ca02c"}


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot_source(graph: nx.MultiDiGraph) -> str:
    kinds = {n: d.get("type", "") for n, d in graph.nodes(data=True)}
    keep = {n for n in graph.nodes if kinds[n] in COLOURS}
    edges = [(u, v, d.get("label", "")) for u, v, d in graph.edges(data=True) if u in keep and v in keep]
    linked = {u for u, _, _ in edges} | {v for _, v, _ in edges}
    beliefs = "beliefs (olive), " if any(kinds[n] == "Belief" for n in linked) else ""
    lines = ["digraph claims {", "  graph [overlap=prism, pack=true, packmode=\"graph\", splines=false, outputorder=edgesfirst,"
             " bgcolor=white, fontname=Helvetica, label=" + quote("Who said what in the sample corpus: claims (blue), denials (red), "
             + beliefs + "speakers, countries and outlets") + ", labelloc=t, fontsize=18];",
             "  node [fontname=Helvetica, fontsize=11, style=filled, penwidth=0];",
             "  edge [arrowsize=0.4, penwidth=0.6];"]
    for n in sorted(linked):
        kind = kinds[n]
        if kind in LABELLED:
            lines.append(f"  {quote(n)} [shape=box, style=\"rounded,filled\", fillcolor={quote(COLOURS[kind])}, "
                         f"fontcolor=white, label={quote(graph.nodes[n].get('label', ''))}];")
        else:
            lines.append(f"  {quote(n)} [shape=circle, width=0.12, fixedsize=true, label=\"\", fillcolor={quote(COLOURS[kind])}];")
    for u, v, label in sorted(edges):
        lines.append(f"  {quote(u)} -> {quote(v)} [color={quote(EDGE_STYLE.get(label, '#bbbbbb'))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(source: Path, target: Path) -> None:
    graph = nx.read_graphml(source, force_multigraph=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["sfdp", "-Tpng", "-Gdpi=110", "-Gstart=7", "-o", str(target)],
                   input=dot_source(graph).encode("utf-8"), check=True)


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    source = Path(argv[1]) if len(argv) > 1 else root / "Output" / "graph.graphml"
    target = Path(argv[2]) if len(argv) > 2 else root / "docs" / "sample-graph.png"
    render(source, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
