import Foundation
import ClaimGraphModel
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphGraph
import ClaimGraphSerialize

/// Runs one input through extraction, the graph builder and the four writers,
/// and checks every result with an independent reader.
final class FuzzOracle {
    let extractor: Extractor
    let naming: ResourceNaming

    init() throws {
        extractor = try Extractor()
        naming = try ResourceNaming()
    }

    /// The outcome of one input: problems found and the Turtle to check later.
    struct Outcome {
        var problems: [String] = []
        var turtle: [UInt8] = []
        var decoded = true
    }

    func check(_ input: FuzzInput) -> Outcome {
        var outcome = Outcome()
        let text: String
        do {
            text = try TextDecoding.decode(input.bytes, at: "fuzz")
        } catch {
            // Rejected by ingest; still feed the extractor the repaired text.
            outcome.decoded = false
            text = String(decoding: input.bytes, as: UTF8.self)
        }
        for value in [input.id, text, input.outlet ?? "", input.title ?? ""] {
            outcome.problems += XMLEscapingOracle.problems(value)
        }
        let extraction = extractor.extract(id: input.id, text: text)
        if extraction.articleID != input.id { outcome.problems.append("article id changed") }
        let scalars = Array(text.unicodeScalars)
        for statement in extraction.statements {
            outcome.problems += statement.evidenceProblems(in: scalars)
        }
        let outputs = RDFFormat.allCases.map { _ in MemoryOutput() }
        let sinks = zip(RDFFormat.allCases, outputs).map { $0.makeSerializer(output: $1) }
        let builder = GraphBuilder(naming: naming, sink: TripleFanOut(sinks),
                                   countryName: { [extractor] in extractor.countryName(code: $0) },
                                   personKey: { NameKey.spelling($0) })
        do {
            // Hostile metadata as read: the graph stage must make it safe for every format.
            try builder.add(Article(id: input.id, text: text, title: input.title,
                                    outlet: input.outlet,
                                    date: "2024-01-01", url: nil), extraction)
            try builder.finish()
        } catch {
            outcome.problems.append("graph or writer error: \(error)")
            return outcome
        }
        for (format, output) in zip(RDFFormat.allCases, outputs) {
            switch format {
            case .ntriples:
                let collector = TripleCollector()
                do {
                    try NTriplesParser().parse(output.bytes, into: collector)
                    if collector.triples.count != builder.tripleCount {
                        outcome.problems.append("N-Triples: \(collector.triples.count) triples read, \(builder.tripleCount) written")
                    }
                } catch { outcome.problems.append("N-Triples: \(error)") }
            case .rdfxml, .graphml:
                if let error = Self.xmlError(output.bytes) { outcome.problems.append("\(format.rawValue): libxml2: \(error)") }
            case .turtle:
                outcome.turtle = output.bytes
            }
        }
        return outcome
    }

    /// Parses XML with libxml2 (no network, no entity expansion); the error, or nil when well-formed.
    static func xmlError(_ bytes: [UInt8]) -> String? { LibXML2.shared.error(bytes) }
}
