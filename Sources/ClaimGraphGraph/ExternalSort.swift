#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimGraphModel
import ClaimGraphSerialize

/// Sorts byte records (lines without a line feed) in bounded memory: records
/// gather in memory up to `budget` bytes, are sorted and written to a
/// temporary run file, and `drain` merges the runs back in UTF-8 byte order,
/// each distinct record once.
///
/// ```swift
/// let sorter = ExternalSort(directory: "/tmp", budget: 32 << 20)
/// try sorter.add(Array("b".utf8)); try sorter.add(Array("a".utf8))
/// try sorter.drain { record in print(String(decoding: record, as: UTF8.self)) }   // a, b
/// ```
///
/// - Complexity: O(n log n) comparisons; memory `budget` plus one read buffer per run.
final class ExternalSort {
    /// Called with each run file's path when it is created, and again (`false`) when removed.
    var onTemporaryFile: ((String, Bool) -> Void)?
    /// Run files written so far.
    private(set) var runCount = 0

    private let directory: String
    private let budget: Int
    private var arena: [UInt8] = []
    private var records: [Range<Int>] = []
    private var runs: [String] = []
    private static let serial = LockedValueBox(0)

    /// - Parameters:
    ///   - directory: where run files go (removed by `drain`, or by `removeRuns`).
    ///   - budget: bytes of records held in memory before a run is written.
    init(directory: String, budget: Int) {
        self.directory = directory.hasSuffix("/") ? directory : directory + "/"
        self.budget = max(budget, 1 << 10)
        // Held at their size from the start, so that growing never doubles them past the budget.
        arena.reserveCapacity(self.budget)
        records.reserveCapacity(self.budget / 128)
    }

    deinit { removeRuns() }

    /// Adds one record (it must not hold a line feed).
    func add(_ record: [UInt8]) throws {
        let start = arena.count
        arena.append(contentsOf: record)
        records.append(start..<arena.count)
        if arena.count + records.count * MemoryLayout<Range<Int>>.stride >= budget { try spill() }
    }

    /// Gives every distinct record to `body` in byte order, then removes the run files.
    func drain(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        defer { removeRuns() }
        sortInMemory()
        if runs.isEmpty {
            try arena.withUnsafeBufferPointer { all in
                var last: Range<Int>? = nil
                for range in records {
                    if let last, Self.equal(all, last, range) { continue }
                    last = range
                    try body(UnsafeBufferPointer(rebasing: all[range]))
                }
            }
            return
        }
        try spill()
        let readers = try runs.map { try RunReader(path: $0) }
        var heads: [[UInt8]?] = readers.map { $0.next() }
        var previous: [UInt8]? = nil
        while true {
            var smallest = -1
            for (index, head) in heads.enumerated() {
                guard let head else { continue }
                if smallest < 0 || head.lexicographicallyPrecedes(heads[smallest]!) { smallest = index }
            }
            guard smallest >= 0 else { break }
            let record = heads[smallest]!
            heads[smallest] = readers[smallest].next()
            if let failure = readers[smallest].failure { throw failure }
            if record == previous { continue }
            try record.withUnsafeBufferPointer { try body($0) }
            previous = record
        }
    }

    /// Removes the run files written so far.
    func removeRuns() {
        for path in runs {
            unlink(path)
            onTemporaryFile?(path, false)
        }
        runs.removeAll()
    }

    private func sortInMemory() {
        arena.withUnsafeBufferPointer { all in
            records.sort { a, b in Self.precedes(all, a, b) }
        }
    }

    /// Writes the records in memory, sorted and without repeats, to a new run file.
    private func spill() throws {
        guard !records.isEmpty else { return }
        sortInMemory()
        let serial = Self.serial.withLockedValue { value in defer { value += 1 }; return value }
        let path = directory + ".claimgraph-sort-\(getpid())-\(serial).tmp"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 { throw ioFailure(path, "open") }
        runs.append(path)
        onTemporaryFile?(path, true)
        runCount += 1
        defer { close(fd) }
        let file = FileDescriptorOutput(descriptor: fd, name: path)
        var block: [UInt8] = []
        block.reserveCapacity(1 << 20)
        try arena.withUnsafeBufferPointer { all in
            var last: Range<Int>? = nil
            for range in records {
                if let last, Self.equal(all, last, range) { continue }
                last = range
                block.append(contentsOf: all[range])
                block.append(0x0A)
                if block.count >= 1 << 20 { try Self.write(file, &block) }
            }
        }
        try Self.write(file, &block)
        arena.removeAll(keepingCapacity: true)
        records.removeAll(keepingCapacity: true)
    }

    private static func write(_ file: FileDescriptorOutput, _ block: inout [UInt8]) throws {
        try block.withUnsafeBytes { try file.write($0) }
        block.removeAll(keepingCapacity: true)
    }

    private static func precedes(_ all: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(all.baseAddress! + a.lowerBound, all.baseAddress! + b.lowerBound, common)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
    }

    private static func equal(_ all: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(all.baseAddress! + a.lowerBound, all.baseAddress! + b.lowerBound, a.count) == 0)
    }
}

/// Reads a run file back line by line through a buffer.
private final class RunReader {
    private let fd: Int32
    private let path: String
    private var buffer = [UInt8](repeating: 0, count: 256 << 10)
    private var start = 0
    private var end = 0
    private var atEnd = false
    private(set) var failure: Error?

    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw ioFailure(path, "open") }
    }

    deinit { close(fd) }

    /// The next line without its line feed; nil at the end (or on a read failure, kept in `failure`).
    func next() -> [UInt8]? {
        var pending: [UInt8] = []
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                pending.append(contentsOf: buffer[start..<newline])
                start = newline + 1
                return pending
            }
            pending.append(contentsOf: buffer[start..<end])
            start = 0
            end = 0
            if atEnd { return pending.isEmpty ? nil : pending }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = ioFailure(path, "read")
                return nil
            }
            if count == 0 { atEnd = true } else { end = count }
        }
    }
}

/// `SerializerError.io` for a failed system call on `path`, from `errno`.
private func ioFailure(_ path: String, _ operation: String) -> Error {
    SerializerError.io(path: path, operation: operation, message: String(cString: strerror(errno)))
}
