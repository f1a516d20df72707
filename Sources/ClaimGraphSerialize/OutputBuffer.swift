/// A large byte buffer in front of a `ByteOutput`: writers format into it and
/// it writes in big blocks.
///
/// Appending never throws; a failed write is kept and thrown by the next
/// `check()` or `flush()`, which writers call once per triple.
final class OutputBuffer {
    /// 1 MiB.
    static let defaultCapacity = 1 << 20

    let output: ByteOutput
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0
    /// How many times the buffer was written out.
    private var drains = 0
    private var failure: Error?

    init(output: ByteOutput, capacity: Int = OutputBuffer.defaultCapacity) {
        self.output = output
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Appends one byte.
    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { drain() }
        storage[count] = byte
        count &+= 1
    }

    /// Appends raw bytes.
    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if n == 0 { return }
        if count + n > capacity {
            drain()
            if n > capacity {
                do { try output.write(UnsafeRawBufferPointer(bytes)) } catch { if failure == nil { failure = error } }
                return
            }
        }
        (storage + count).update(from: bytes.baseAddress!, count: n)
        count += n
    }

    /// Appends a string's UTF-8 bytes.
    @inline(__always) func append(_ string: String) {
        var copy = string
        copy.withUTF8 { append($0) }
    }

    /// Appends a static ASCII string.
    @inline(__always) func append(_ string: StaticString) {
        append(UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// A position in the stream of appended bytes, for `bytes(since:)`.
    struct Mark { fileprivate var drains: Int; fileprivate var count: Int }

    /// The current position.
    var mark: Mark { Mark(drains: drains, count: count) }

    /// The bytes appended since `mark`, or nil when some of them were already written out.
    func bytes(since mark: Mark) -> [UInt8]? {
        guard mark.drains == drains, mark.count <= count else { return nil }
        return Array(UnsafeBufferPointer(start: storage + mark.count, count: count - mark.count))
    }

    /// Throws the first failed write, if any.
    @inline(__always) func check() throws {
        if let failure { throw failure }
    }

    /// Writes everything buffered and throws the first failure.
    func flush() throws {
        drain()
        try check()
    }

    private func drain() {
        if count > 0, failure == nil {
            do { try output.write(UnsafeRawBufferPointer(start: storage, count: count)) } catch { failure = error }
        }
        count = 0
        drains &+= 1
    }
}
