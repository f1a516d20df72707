import ArgumentParser
import Foundation
import ClaimGraphSerialize

/// How the command line reads format names: each format option hands its
/// values to the argument parser's `transform`, which looks them up among the
/// names and aliases `RDFFormat` holds, so help, completion and errors list
/// what the enum lists.
extension RDFFormat {
    /// A name that is no format, or a format this option does not take.
    struct NameError: Error, CustomStringConvertible {
        let name: String
        let choices: [RDFFormat]

        var description: String {
            if let format = RDFFormat(name: name) {
                return "\(format.label) cannot be written here: use \(RDFFormat.nameList(choices))"
            }
            return "unknown format '\(name)': use \(RDFFormat.nameList(choices))"
        }
    }

    /// One format among `choices`, by name or alias.
    /// - Throws: `NameError` naming the choices.
    static func argument(_ value: String, among choices: [RDFFormat]) throws -> RDFFormat {
        let name = value.trimmingCharacters(in: .whitespaces)
        guard let format = RDFFormat(name: name), choices.contains(format) else {
            throw NameError(name: name, choices: choices)
        }
        return format
    }

    /// The formats of one option value that may name several, separated by commas
    /// (`turtle,graphml`); empty items are passed over.
    static func argumentList(_ value: String, among choices: [RDFFormat]) throws -> [RDFFormat] {
        try value.split(separator: ",").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { try argument($0, among: choices) }
    }

    /// Shell completion for a format option: the names of `choices`.
    static func completion(among choices: [RDFFormat]) -> CompletionKind {
        .list(choices.map(\.name))
    }
}
