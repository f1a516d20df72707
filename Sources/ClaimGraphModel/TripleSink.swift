/// A receiver of a stream of triples: the one interface every serializer
/// implements and every producer writes to.
///
/// Call `prefix(_:_:)` for each namespace before the first triple, then
/// `triple(_:)` for each triple, then `finish()` once. Producers emit all
/// triples of one subject consecutively so that writers can group them; a
/// writer must still accept a subject that comes back later.
public protocol TripleSink: AnyObject {
    /// Declares a namespace prefix (`cg` → `https://w3id.org/claimgraph/ontology#`).
    func prefix(_ name: String, _ namespace: IRI) throws
    /// Receives one triple.
    func triple(_ triple: Triple) throws
    /// Ends the stream: flushes everything that is buffered.
    func finish() throws
}

/// A sink that keeps every triple in memory, in order: for tests and for
/// conversion.
public final class TripleCollector: TripleSink {
    public private(set) var prefixes: [(name: String, namespace: IRI)] = []
    public private(set) var triples: [Triple] = []
    public private(set) var finished = false

    public init() {}

    public func prefix(_ name: String, _ namespace: IRI) throws {
        prefixes.append((name, namespace))
    }

    public func triple(_ triple: Triple) throws {
        triples.append(triple)
    }

    public func finish() throws {
        finished = true
    }
}

extension TripleSink {
    /// Declares every prefix of `prefixes` in order.
    public func prefixes(_ prefixes: [(name: String, namespace: IRI)]) throws {
        for entry in prefixes { try prefix(entry.name, entry.namespace) }
    }
}

/// A sink that forwards everything to several sinks, in order: one pass of
/// the pipeline writes every format.
public final class TripleFanOut: TripleSink {
    private let sinks: [TripleSink]

    public init(_ sinks: [TripleSink]) { self.sinks = sinks }

    public func prefix(_ name: String, _ namespace: IRI) throws {
        for sink in sinks { try sink.prefix(name, namespace) }
    }

    public func triple(_ triple: Triple) throws {
        for sink in sinks { try sink.triple(triple) }
    }

    public func finish() throws {
        for sink in sinks { try sink.finish() }
    }
}
