import Testing
import Foundation
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

/// A sink that counts what reaches it, readable from other threads.
private final class CountingSink: TripleSink, Sendable {
    let box = LockedValueBox(Counts())
    struct Counts: Sendable { var count = 0; var finished = false }
    func prefix(_ name: String, _ namespace: IRI) throws {}
    func triple(_ triple: Triple) throws { box.withLockedValue { $0.count += 1 } }
    func finish() throws { box.withLockedValue { $0.finished = true } }
}

@Suite struct CancellationTests {
    @Test func cancelEndsTheThreadsWithoutFinishingTheSinks() throws {
        let input = try ConcurrentFanOutTests.triples(10 * ConcurrentFanOut.batchSize)
        let sinks = [CountingSink(), CountingSink()]
        let fanOut = ConcurrentFanOut(sinks, depth: 4)
        for triple in input { try fanOut.triple(triple) }
        fanOut.cancel()
        // cancel() has waited for the threads: nothing reaches the sinks any more.
        let counts = sinks.map { $0.box.withLockedValue { $0.count } }
        Thread.sleep(forTimeInterval: 0.05)
        for (sink, count) in zip(sinks, counts) {
            let state = sink.box.withLockedValue { $0 }
            #expect(!state.finished)
            #expect(state.count == count)
            #expect(state.count <= input.count)
        }
        try fanOut.finish()   // a no-op after cancel
        #expect(sinks.allSatisfy { !$0.box.withLockedValue { $0.finished } })
    }

    @Test func lockedValueBoxCountsEveryIncrementAndWaits() {
        let box = LockedValueBox(0)
        let group = DispatchGroup()
        let waited = LockedValueBox(false)
        DispatchQueue.global().async(group: group) {
            box.withLockedValue(when: { $0 >= 4000 }) { _ in waited.withLockedValue { $0 = true } }
        }
        for _ in 0..<4 {
            DispatchQueue.global().async(group: group) {
                for _ in 0..<1000 { box.withLockedValue { $0 += 1 } }
            }
        }
        group.wait()
        #expect(box.withLockedValue { $0 } == 4000)
        #expect(waited.withLockedValue { $0 })
    }
}
