#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimGraphModel

/// Reads N-Triples from a file or standard input in blocks, in bounded memory:
/// each block ends at a line break and is parsed by `NTriplesParser`, so the
/// memory held is one block (and the longest line), whatever the input's size.
///
/// ```swift
/// let stream = try NTriplesStream(path: "shard-1/graph.nt")
/// try stream.forEach { triple, line in try sink.triple(triple) }
/// ```
///
/// Errors name the input: `NTriplesStream.Failure` gives the name, the line
/// and column and the reason, or the failed system call.
public final class NTriplesStream {
    /// A syntax error or a read failure, with the input's name.
    public struct Failure: Error, CustomStringConvertible {
        public let name: String
        /// The 1-based line, when the input was read that far.
        public let line: Int?
        public let reason: String

        public var description: String {
            if let line { return "\(name):\(line): \(reason)" }
            return "\(name): \(reason)"
        }
    }

    /// The name in messages: the path, or "standard input".
    public let name: String
    /// Bytes read so far.
    public private(set) var bytesRead = 0
    private let descriptor: Int32
    private let closeOnEnd: Bool
    private let blockSize: Int

    /// Opens `path` (`-` for standard input).
    /// - Throws: `Failure` naming the path and the system's reason.
    public convenience init(path: String, blockSize: Int = 1 << 20) throws {
        if path == "-" {
            self.init(descriptor: 0, name: "standard input", closeOnEnd: false, blockSize: blockSize)
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw Failure(name: path, line: nil, reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw Failure(name: path, line: nil, reason: "is a folder")
        }
        self.init(descriptor: fd, name: path, closeOnEnd: true, blockSize: blockSize)
    }

    public init(descriptor: Int32, name: String, closeOnEnd: Bool, blockSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.name = name
        self.closeOnEnd = closeOnEnd
        self.blockSize = max(blockSize, 64)
    }

    deinit { if closeOnEnd { close(descriptor) } }

    /// Reads the whole input, giving each triple and its line to `body`.
    /// - Throws: `Failure` for a syntax error or a read failure; what `body` throws, as is.
    public func forEach(_ body: (Triple, Int) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: blockSize)
        var filled = 0
        var line = 1
        var atEnd = false
        let parser = NTriplesParser()
        while !atEnd {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(name: name, line: line, reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { atEnd = true } else { filled += count; bytesRead += count }
            // Parse up to the last line break (everything, at the end of the input).
            var end = filled
            if !atEnd {
                guard let lastBreak = buffer[..<filled].lastIndex(of: 0x0A) else { continue }
                end = lastBreak + 1
            }
            guard end > 0 else { continue }
            do {
                line = try buffer.withUnsafeBufferPointer { all in
                    try parser.parse(bytes: UnsafeBufferPointer(rebasing: all[..<end]), firstLine: line, body)
                }
            } catch let SerializerError.syntax(at, column, reason) {
                throw Failure(name: name, line: at, reason: "column \(column): \(reason)")
            }
            buffer.withUnsafeMutableBufferPointer { all in
                let rest = filled - end
                if rest > 0 { all.baseAddress!.update(from: all.baseAddress! + end, count: rest) }
            }
            filled -= end
            // A long line grew the buffer; give the memory back once it is parsed.
            if buffer.count > blockSize && filled < blockSize { buffer.removeLast(buffer.count - blockSize) }
        }
    }
}
