#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in large blocks, with a bound on line length.
///
/// A line longer than the bound is skipped without being held in memory and
/// reported as `.tooLong`, so one megabyte-long line of markup cannot exhaust memory.
final class LineReader {
    enum Line {
        case text([UInt8])
        case tooLong(byteCount: Int)
    }

    private let fd: Int32
    private let closeOnEnd: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    private(set) var lineNumber = 0
    private(set) var readError: Int32? = nil

    init(fd: Int32, closeOnEnd: Bool, maxLineBytes: Int, blockSize: Int = 1 << 20) {
        self.fd = fd
        self.closeOnEnd = closeOnEnd
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: blockSize)
    }

    deinit {
        if closeOnEnd { close(fd) }
    }

    /// The next line without its terminator (`\n` or `\r\n`), or nil at the end.
    func next() -> Line? {
        var pending: [UInt8] = []
        var skipped = 0
        var skipping = false
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                lineNumber += 1
                let piece = buffer[start..<newline]
                start = newline + 1
                if skipping { return .tooLong(byteCount: skipped + piece.count) }
                pending.append(contentsOf: piece)
                if pending.count > maxLineBytes { return .tooLong(byteCount: pending.count) }
                if pending.last == 0x0D { pending.removeLast() }
                return .text(pending)
            }
            // No newline in the buffer: keep what there is and read more.
            let piece = end - start
            if skipping {
                skipped += piece
            } else if pending.count + piece > maxLineBytes {
                skipping = true
                skipped = pending.count + piece
                pending = []
            } else {
                pending.append(contentsOf: buffer[start..<end])
            }
            start = 0
            end = 0
            if atEOF || !fill() {
                if skipping { lineNumber += 1; return .tooLong(byteCount: skipped) }
                if pending.isEmpty { return nil }
                lineNumber += 1
                if pending.last == 0x0D { pending.removeLast() }
                return .text(pending)
            }
        }
    }

    /// Reads one block; false at end of file or on error.
    private func fill() -> Bool {
        let count = buffer.withUnsafeMutableBytes { raw in
            read(fd, raw.baseAddress, raw.count)
        }
        if count < 0 {
            if errno == EINTR { return fill() }
            readError = errno
            atEOF = true
            return false
        }
        if count == 0 { atEOF = true; return false }
        end = count
        return true
    }
}
