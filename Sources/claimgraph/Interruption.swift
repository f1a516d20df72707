import Foundation
import ClaimGraphGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops cleanly on SIGINT or SIGTERM: temporary files are removed, final files
/// are left as they were, and the process exits with 128 + the signal number
/// (130 for SIGINT, 143 for SIGTERM), as shells report a death by that signal.
enum Interruption {
    /// What the signal handler and the commands share.
    private struct State: Sendable {
        /// Temporary files to remove.
        var temporaryPaths: Set<String> = []
        /// Folders this run created and has not yet written into, deepest last.
        var createdFolders: [String] = []
        /// Whether the handlers are installed.
        var installed = false
    }

    private static let state = LockedValueBox(State())

    /// Installs the handlers once.
    static func install() {
        state.withLockedValue { state in
            guard !state.installed else { return }
            state.installed = true
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler {
                    Interruption.state.withLockedValue { state in
                        for path in state.temporaryPaths { unlink(path) }
                        for folder in state.createdFolders.reversed() { rmdir(folder) }
                    }
                    StandardError.line("claimgraph: interrupted; no output file was replaced")
                    exit(128 + signalNumber)
                }
                source.resume()
                // The handlers live as long as the process: the source is retained for good.
                _ = Unmanaged.passRetained(source as AnyObject)
            }
        }
    }

    /// Registers a temporary file to remove if the run is interrupted.
    static func track(_ path: String) {
        state.withLockedValue { _ = $0.temporaryPaths.insert(path) }
    }

    /// Forgets a temporary file (renamed into place or removed).
    static func untrack(_ path: String) {
        state.withLockedValue { _ = $0.temporaryPaths.remove(path) }
    }

    /// Registers folders this run created (outermost first), to remove if the
    /// run is interrupted before anything is written into them.
    static func track(createdFolders folders: [String]) {
        state.withLockedValue { $0.createdFolders += folders }
    }

    /// Forgets created folders (written into, or already removed).
    static func untrack(createdFolders folders: [String]) {
        state.withLockedValue { state in state.createdFolders.removeAll { folders.contains($0) } }
    }
}
