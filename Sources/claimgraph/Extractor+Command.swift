import ArgumentParser
import ClaimGraphExtract

extension Extractor {
    /// Loads the extractor for a command: on failure says why on standard error
    /// and throws the "nothing could be done" exit code.
    static func loadForCommand(syntaxModel: SyntaxModel? = nil) throws -> Extractor {
        do {
            return try Extractor(syntaxModel: syntaxModel)
        } catch {
            StandardError.line("claimgraph: cannot load the lexicons and models: \(error)")
            throw ClaimGraphExit.failure
        }
    }
}
