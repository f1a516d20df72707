/// Errors of the serializers, the output files and the N-Triples reader; each
/// message says what went wrong and where.
public enum SerializerError: Error, Equatable, CustomStringConvertible {
    /// A term that the format cannot represent (an XML-forbidden character, a
    /// predicate that cannot be a QName, an IRI with a forbidden character).
    case unrepresentable(format: String, term: String, reason: String)
    /// `prefix(_:_:)` called after the first triple: every writer refuses it.
    case prefixAfterTriple(format: String, name: String)
    /// A prefix name that the format's grammar does not allow.
    case invalidPrefix(format: String, name: String)
    /// A triple or prefix sent after `finish()`.
    case finished(format: String)
    /// A GraphML literal predicate that the configuration does not map.
    case unmappedPredicate(predicate: String)
    /// A GraphML value that does not fit its key's `attr.type`, or a second
    /// distinct value for a non-string key.
    case invalidValue(key: String, value: String, reason: String)
    /// A GraphML subject that gets a literal or an `rdf:type` after its node
    /// was written: a subject's data triples must be consecutive.
    case scatteredSubject(subject: String)
    /// A GraphML configuration that is inconsistent (duplicate or reserved ids).
    case invalidConfiguration(reason: String)
    /// A failed system call on a file.
    case io(path: String, operation: String, message: String)
    /// A syntax error in N-Triples input, 1-based line and column (in bytes).
    case syntax(line: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case let .unrepresentable(format, term, reason):
            return "\(format): cannot write \(term.debugDescription): \(reason)"
        case let .prefixAfterTriple(format, name):
            return "\(format): prefix \(name.debugDescription) declared after the first triple"
        case let .invalidPrefix(format, name):
            return "\(format): \(name.debugDescription) is not a valid prefix name"
        case let .finished(format):
            return "\(format): the writer was already finished"
        case let .unmappedPredicate(predicate):
            return "GraphML: no data key is configured for the literal predicate <\(predicate)>"
        case let .invalidValue(key, value, reason):
            return "GraphML: value \(value.debugDescription) for key \(key.debugDescription): \(reason)"
        case let .scatteredSubject(subject):
            return "GraphML: \(subject) gets data after its node was written; "
                + "send each subject's literals and types in one run of consecutive triples"
        case let .invalidConfiguration(reason):
            return "GraphML configuration: \(reason)"
        case let .io(path, operation, message):
            return "\(path): \(operation) failed: \(message)"
        case let .syntax(line, column, reason):
            return "N-Triples line \(line), column \(column): \(reason)"
        }
    }
}
