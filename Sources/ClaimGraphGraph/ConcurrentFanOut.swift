import Foundation
import ClaimGraphModel

/// A sink that forwards everything to several sinks, each running on its own thread.
///
/// Triples are gathered into batches, and every sink's thread receives the same
/// batches in the same order, so each sink sees exactly the stream that
/// `TripleFanOut` would give it and writes the same bytes. At most `depth`
/// batches wait for each sink, so memory stays bounded when a writer is slow.
///
/// A sink's error stops that sink and is thrown by the next call (or by
/// `finish()`); when several fail, the first sink's error wins.
public final class ConcurrentFanOut: TripleSink {
    /// Triples per batch.
    public static let batchSize = 2048

    private let lanes: [Lane]
    private var batch: [Triple] = []
    private var finished = false

    /// Starts one thread per sink.
    /// - Parameter depth: batches that may wait for a sink before the producer waits.
    public init(_ sinks: [TripleSink], depth: Int = 8) {
        lanes = sinks.enumerated().map { Lane(sink: $0.element, depth: max(1, depth), index: $0.offset) }
        batch.reserveCapacity(Self.batchSize)
        for lane in lanes { lane.start() }
    }

    deinit {
        // A producer that stopped early (an error elsewhere) still ends the threads.
        if !finished { for lane in lanes { lane.stop() } }
    }

    public func prefix(_ name: String, _ namespace: IRI) throws {
        try flushBatch()
        try send(.prefix(name, namespace))
    }

    public func triple(_ triple: Triple) throws {
        batch.append(triple)
        if batch.count >= Self.batchSize { try flushBatch() }
    }

    public func finish() throws {
        guard !finished else { return }
        finished = true
        var first: Error?
        do { try flushBatch() } catch { first = error }
        for lane in lanes { lane.enqueue(.finish) }
        for lane in lanes {
            if let error = lane.join(), first == nil { first = error }
        }
        if let first { throw first }
    }

    private func flushBatch() throws {
        guard !batch.isEmpty else { return }
        let full = batch
        batch = []
        batch.reserveCapacity(Self.batchSize)
        try send(.triples(full))
    }

    private func send(_ item: Item) throws {
        for lane in lanes {
            if let error = lane.enqueue(item) { throw error }
        }
    }
}

/// One unit of work for a sink's thread.
private enum Item: @unchecked Sendable {
    case prefix(String, IRI)
    case triples([Triple])
    case finish
}

/// A sink, its thread and its bounded queue. Only the lane's thread uses the sink
/// once the lane has started.
private final class Lane: @unchecked Sendable {
    private let sink: TripleSink
    private let depth: Int
    private let index: Int
    private let condition = NSCondition()
    private var queue: [Item] = []
    private var head = 0
    private var error: Error?
    private var done = false
    private var stopping = false

    init(sink: TripleSink, depth: Int, index: Int) {
        self.sink = sink
        self.depth = depth
        self.index = index
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "claimgraph.writer.\(index)"
        thread.start()
    }

    /// Queues `item`, waiting while the queue is full; returns the sink's error instead once it failed.
    @discardableResult
    func enqueue(_ item: Item) -> Error? {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= depth && error == nil && !done { condition.wait() }
        if let error { return error }
        if done { return nil }
        queue.append(item)
        condition.broadcast()
        return nil
    }

    /// Waits for the thread to end; the sink's error, if any.
    func join() -> Error? {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        return error
    }

    /// Ends the thread without finishing the sink.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count && !stopping { condition.wait() }
        if head == queue.count { return nil }
        let item = queue[head]
        head += 1
        if head > 64 && head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    private func run() {
        var failure: Error?
        loop: while let item = next() {
            do {
                switch item {
                case .prefix(let name, let namespace): try sink.prefix(name, namespace)
                case .triples(let triples): for triple in triples { try sink.triple(triple) }
                case .finish:
                    try sink.finish()
                    break loop
                }
            } catch {
                failure = error
                break loop
            }
        }
        condition.lock()
        error = failure
        done = true
        condition.broadcast()
        condition.unlock()
    }
}
