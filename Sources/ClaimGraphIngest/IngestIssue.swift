/// A problem with one input: the file (and line, for JSON Lines) and what is wrong.
///
/// An issue skips one article or one file; the rest of the corpus goes on.
public struct IngestIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is, for counting and for tests.
    public enum Kind: String, Sendable, Equatable {
        case unreadable, notFound, invalidEncoding, binary, empty, tooLarge
        case malformedJSON, missingText, duplicateID, symlinkLoop, unsupported
    }

    public let kind: Kind
    /// `path` or `path:line`.
    public let location: String
    public let message: String

    public init(_ kind: Kind, at location: String, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `location: message`, the form printed on standard error.
    public var description: String { "\(location): \(message)" }
}

/// The limits that keep one hostile input from exhausting time or memory.
public struct IngestLimits: Sendable, Equatable {
    /// The largest article text accepted, in bytes of UTF-8 (larger ones are reported and skipped).
    public var maxArticleBytes: Int
    /// The longest JSON line accepted, in bytes; a longer line is skipped without being held in memory.
    public var maxLineBytes: Int

    public init(maxArticleBytes: Int = 16 << 20, maxLineBytes: Int = 32 << 20) {
        self.maxArticleBytes = maxArticleBytes
        self.maxLineBytes = maxLineBytes
    }

    public static let `default` = IngestLimits()
}
