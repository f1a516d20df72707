import Testing
import ClaimGraphModel
@testable import ClaimGraphGraph

/// A sink that fails at its `failAt`-th triple.
private final class FailingSink: TripleSink {
    struct Failure: Error, Equatable { let at: Int }
    let failAt: Int
    private(set) var seen = 0
    init(failAt: Int) { self.failAt = failAt }
    func prefix(_ name: String, _ namespace: IRI) throws {}
    func triple(_ triple: Triple) throws {
        seen += 1
        if seen == failAt { throw Failure(at: seen) }
    }
    func finish() throws {}
}

@Suite struct ConcurrentFanOutTests {
    static func triples(_ count: Int) throws -> [Triple] {
        try (0..<count).map { k in
            try Triple(.iri(IRI("https://example.org/s\(k / 7)")), IRI("https://example.org/p\(k % 5)"),
                       .literal(.string("value \(k)")))
        }
    }

    @Test func everySinkSeesTheWholeStreamInOrder() throws {
        let input = try Self.triples(3 * ConcurrentFanOut.batchSize + 17)
        let sinks = [TripleCollector(), TripleCollector(), TripleCollector()]
        let fanOut = ConcurrentFanOut(sinks, depth: 2)
        try fanOut.prefix("ex", IRI("https://example.org/"))
        for triple in input { try fanOut.triple(triple) }
        try fanOut.finish()
        for sink in sinks {
            #expect(sink.finished)
            #expect(sink.prefixes.map(\.name) == ["ex"])
            #expect(sink.triples == input)
        }
    }

    @Test func aFailingSinkStopsTheProducerWithItsError() throws {
        let input = try Self.triples(40 * ConcurrentFanOut.batchSize)
        let good = TripleCollector()
        let fanOut = ConcurrentFanOut([good, FailingSink(failAt: 5000)], depth: 2)
        var thrown: Error?
        var sent = 0
        do {
            for triple in input {
                try fanOut.triple(triple)
                sent += 1
            }
            try fanOut.finish()
        } catch {
            thrown = error
        }
        #expect(thrown as? FailingSink.Failure == FailingSink.Failure(at: 5000))
        // The producer learns of the failure within a bounded window, not at the end.
        #expect(sent < input.count)
        try? fanOut.finish()
    }
}
