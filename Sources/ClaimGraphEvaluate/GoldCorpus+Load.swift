import Foundation

/// Why a gold file could not be loaded; every message names the file.
public enum GoldCorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid JSON, or not the gold shape; `reason` names the JSON path.
    case invalid(file: String, reason: String)
    /// Two documents share an id.
    case duplicateDocument(file: String, id: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): cannot read gold file: \(reason)"
        case let .invalid(file, reason): "\(file): invalid gold file: \(reason)"
        case let .duplicateDocument(file, id): "\(file): invalid gold file: document id \"\(id)\" appears twice"
        }
    }
}

extension GoldCorpus {
    /// Reads and decodes a gold file.
    /// - Throws: `GoldCorpusError`, naming the file and the JSON problem
    ///   (`documents[1].statements[3].speaker_type: unknown value, expected one of ...`).
    public static func load(from url: URL) throws -> GoldCorpus {
        let file = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GoldCorpusError.unreadable(file: file, reason: error.localizedDescription)
        }
        return try decode(data, file: file)
    }

    /// Decodes gold JSON already in memory; `file` is used in messages.
    public static func decode(_ data: Data, file: String = "<gold>") throws -> GoldCorpus {
        let corpus: GoldCorpus
        do {
            corpus = try JSONDecoder().decode(GoldCorpus.self, from: data)
        } catch let error as DecodingError {
            throw GoldCorpusError.invalid(file: file, reason: describe(error))
        } catch {
            throw GoldCorpusError.invalid(file: file, reason: "\(error)")
        }
        var seen = Set<String>()
        for document in corpus.documents where !seen.insert(document.id).inserted {
            throw GoldCorpusError.duplicateDocument(file: file, id: document.id)
        }
        return corpus
    }

    /// Renders a decoding error as `path: problem`.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            let path = jsonPath(context.codingPath + [key])
            return "\(path): missing"
        case let .typeMismatch(type, context):
            return "\(jsonPath(context.codingPath)): expected \(typeName(type))"
        case let .valueNotFound(type, context):
            return "\(jsonPath(context.codingPath)): expected \(typeName(type)), found null"
        case let .dataCorrupted(context):
            let path = jsonPath(context.codingPath)
            if let key = context.codingPath.last?.stringValue, key == "speaker_type" || key == "type" {
                let allowed = key == "type"
                    ? GoldStatementType.allCases.map(\.rawValue) : GoldSpeakerType.allCases.map(\.rawValue)
                return "\(path): unknown value, expected one of \(allowed.joined(separator: ", "))"
            }
            var reason = context.debugDescription
            if let underlying = context.underlyingError as NSError?,
               let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                reason += " (\(detail))"
            }
            return path.isEmpty ? reason : "\(path): \(reason)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func jsonPath(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path.isEmpty ? "(top level)" : path
    }

    private static func typeName(_ type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == [String].self { return "an array of strings" }
        if type == Int.self || type == Double.self { return "a number" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return name
    }
}
