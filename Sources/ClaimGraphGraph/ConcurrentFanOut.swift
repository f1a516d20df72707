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
        if !finished { for lane in lanes { lane.cancel() } }
    }

    /// Stops every sink's thread without finishing the sinks, and waits until
    /// they have ended, so the caller may close what they write to. Batches
    /// not yet written are dropped; later calls do nothing.
    public func cancel() {
        guard !finished else { return }
        finished = true
        batch = []
        for lane in lanes { lane.cancel() }
        for lane in lanes { _ = lane.join() }
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
private enum Item: Sendable {
    case prefix(String, IRI)
    case triples([Triple])
    case finish
    /// A slot already taken from the queue.
    case taken
}

/// What a lane's producer and its thread share, guarded by the lane's box:
/// the bounded queue and how the thread ended.
private struct LaneState: Sendable {
    var queue: [Item] = []
    var head = 0
    /// The sink's error, once it failed.
    var error: Error?
    /// The thread has ended (finished, failed or cancelled).
    var done = false
    /// The thread is to end without taking more items.
    var cancelled = false

    var waiting: Int { queue.count - head }

    /// Takes the first queued item, compacting the queue now and then.
    mutating func take() -> Item {
        let item = queue[head]
        // The slot lets go of its batch at once: a queue waiting to be compacted holds no triples.
        queue[head] = .taken
        head += 1
        if head > 64 && head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
        return item
    }
}

/// A sink, its thread and its bounded queue.
///
/// Invariant behind `@unchecked Sendable`: `sink` (not `Sendable`) is used by
/// the lane's thread alone once `start()` has run, and not at all by other
/// threads; everything the threads share is in `state`, behind its lock.
private final class Lane: @unchecked Sendable {
    private let sink: TripleSink
    private let depth: Int
    private let index: Int
    private let state = LockedValueBox(LaneState())

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
        let depth = self.depth
        return state.withLockedValue(when: { $0.waiting < depth || $0.error != nil || $0.done }) { state in
            if let error = state.error { return error }
            if !state.done { state.queue.append(item) }
            return nil
        }
    }

    /// Waits for the thread to end; the sink's error, if any.
    func join() -> Error? {
        state.withLockedValue(when: { $0.done }) { $0.error }
    }

    /// Ends the thread without finishing the sink: queued items are dropped
    /// and the item being written is the last. Does not wait (see `join()`).
    func cancel() {
        state.withLockedValue { $0.cancelled = true }
    }

    /// The next item, waiting for one; nil once cancelled.
    private func next() -> Item? {
        state.withLockedValue(when: { $0.waiting > 0 || $0.cancelled }) { state in
            state.cancelled ? nil : state.take()
        }
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
                case .taken:
                    continue
                }
            } catch {
                failure = error
                break loop
            }
        }
        state.withLockedValue { state in
            state.error = failure
            state.done = true
        }
    }
}
