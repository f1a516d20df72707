#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing messages and progress to standard error (file descriptor 2, unbuffered).
enum StandardError {
    /// Writes one line.
    static func line(_ text: String) {
        write(text + "\n")
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(2) == 1 }

    /// Rewrites the current terminal line.
    static func status(_ text: String) {
        write("\r\u{1B}[K" + text)
    }

    /// Ends a status line.
    static func endStatus() {
        write("\r\u{1B}[K")
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { raw in
                Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            offset += count
        }
    }
}
