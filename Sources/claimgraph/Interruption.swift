import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops cleanly on SIGINT or SIGTERM: temporary files are removed, final files
/// are left as they were, and the process exits with 128 + the signal number
/// (130 for SIGINT, 143 for SIGTERM), as shells report a death by that signal.
enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var temporaryPaths: Set<String> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers once.
    static func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                lock.lock()
                for path in temporaryPaths { unlink(path) }
                lock.unlock()
                StandardError.line("claimgraph: interrupted; no output file was replaced")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Registers a temporary file to remove if the run is interrupted.
    static func track(_ path: String) {
        lock.lock()
        temporaryPaths.insert(path)
        lock.unlock()
    }

    /// Forgets a temporary file (renamed into place or removed).
    static func untrack(_ path: String) {
        lock.lock()
        temporaryPaths.remove(path)
        lock.unlock()
    }
}
