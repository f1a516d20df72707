import ArgumentParser
import ClaimGraphExtract

extension Extractor {
    /// Loads the extractor for a command: on failure says why on standard error
    /// and throws the "nothing could be done" exit code.
    static func loadForCommand() throws -> Extractor {
        do {
            return try Extractor()
        } catch {
            StandardError.line("claimgraph: cannot load the lexicons: \(error)")
            throw ClaimGraphExit.failure
        }
    }
}
