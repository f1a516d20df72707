import ArgumentParser

/// The `claimgraph` command: who said what in news articles, as a knowledge graph.
@main
struct ClaimGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimgraph",
        abstract: "Extract who said what from English news articles and export it as a knowledge graph.",
        discussion: """
        ClaimGraph reads news articles and finds the people, countries, organizations and \
        outlets in them, what each speaker claimed or denied, and which outlet reported it, \
        with the evidence (article, sentence, character offsets) for every statement. It \
        writes the graph as Turtle, RDF/XML, N-Triples and GraphML for SPARQL stores, graph \
        databases, Gephi, NetworkX and igraph.

        Examples:
          claimgraph export Corpus --out Output
          zcat news.jsonl.gz | claimgraph export - --out graph --format turtle
          claimgraph evaluate --gold gold.json Corpus --details
          claimgraph export part-1.jsonl --shard --format ntriples --out shard-1
          claimgraph merge shard-1 shard-2 --out graph
          claimgraph convert graph.nt --to rdfxml --output graph.rdf
          claimgraph parse Corpus > corpus.conllu
        """,
        version: "0.1.0",
        subcommands: [ExportCommand.self, MergeCommand.self, EvaluateCommand.self, ConvertCommand.self, ParseCommand.self,
                      ExplainCommand.self]
    )
}
