/// An absolute IRI, checked against the characters RFC 3987 forbids.
///
/// ```swift
/// let iri = try IRI("https://w3id.org/claimgraph/ontology#Person")
/// ```
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The IRI as written, without angle brackets.
    public let value: String

    /// Checks `value` and wraps it.
    /// - Throws: `ModelError.invalidIRI` when `value` has no scheme or holds a
    ///   character that an IRI may not contain (space, controls, `<>"{}|^\``).
    public init(_ value: String) throws {
        guard IRI.isValid(value) else { throw ModelError.invalidIRI(value) }
        self.value = value
    }

    /// Wraps `value` without checking it: for the hot path, where the caller
    /// built the IRI from parts already checked.
    public init(unchecked value: String) {
        self.value = value
    }

    public var description: String { "<\(value)>" }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.value < rhs.value }

    /// Whether `value` is an absolute IRI with no forbidden character.
    public static func isValid(_ value: String) -> Bool {
        var sawColon = false
        var first = true
        var inScheme = true
        for scalar in value.unicodeScalars {
            if inScheme {
                if scalar == ":" {
                    if first { return false }
                    inScheme = false
                    sawColon = true
                } else {
                    let ok = scalar.isASCIILetter || (!first && (scalar.isASCIIDigit || scalar == "+" || scalar == "-" || scalar == "."))
                    if !ok { return false }
                }
                first = false
                continue
            }
            if IRI.isForbidden(scalar) { return false }
        }
        return sawColon
    }

    /// Whether a scalar may never appear in an IRI (RFC 3987 and the Turtle
    /// IRIREF production): controls, space, `<>"{}|^\``, and non-characters.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0x9F: return true
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return true
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}

/// A blank node, by its label within one graph.
public struct BlankNode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The label, without `_:`.
    public let id: String
    public init(_ id: String) { self.id = id }
    public var description: String { "_:\(id)" }
    public static func < (lhs: BlankNode, rhs: BlankNode) -> Bool { lhs.id < rhs.id }
}

/// An RDF literal: a lexical form with a datatype, or a language tag.
public struct Literal: Hashable, Sendable, CustomStringConvertible {
    /// The lexical form.
    public let lexical: String
    /// The datatype; `rdf:langString` when `language` is set.
    public let datatype: IRI
    /// The language tag, lower-cased, or nil.
    public let language: String?

    /// A typed literal.
    public init(_ lexical: String, datatype: IRI) {
        self.lexical = lexical
        self.datatype = datatype
        self.language = nil
    }

    /// A language-tagged string; the tag is lower-cased (tags compare
    /// case-insensitively).
    public init(_ lexical: String, language: String) {
        self.lexical = lexical
        self.datatype = RDF.langString
        self.language = language.lowercased()
    }

    /// A plain `xsd:string`.
    public static func string(_ value: String) -> Literal { Literal(value, datatype: XSD.string) }
    /// An `xsd:integer`.
    public static func integer(_ value: Int) -> Literal { Literal(String(value), datatype: XSD.integer) }
    /// An `xsd:boolean`.
    public static func boolean(_ value: Bool) -> Literal { Literal(value ? "true" : "false", datatype: XSD.boolean) }
    /// An `xsd:date` from `YYYY-MM-DD`.
    public static func date(_ value: String) -> Literal { Literal(value, datatype: XSD.date) }

    public var description: String {
        if let language { return "\"\(lexical)\"@\(language)" }
        if datatype == XSD.string { return "\"\(lexical)\"" }
        return "\"\(lexical)\"^^\(datatype)"
    }
}

/// A node of an RDF graph.
public enum Term: Hashable, Sendable, CustomStringConvertible {
    case iri(IRI)
    case blank(BlankNode)
    case literal(Literal)

    public var description: String {
        switch self {
        case .iri(let iri): return iri.description
        case .blank(let node): return node.description
        case .literal(let literal): return literal.description
        }
    }

    /// The IRI, when this term is one.
    public var iri: IRI? { if case .iri(let value) = self { return value }; return nil }
    /// The literal, when this term is one.
    public var literal: Literal? { if case .literal(let value) = self { return value }; return nil }
}

/// A subject, a predicate and an object.
public struct Triple: Hashable, Sendable, CustomStringConvertible {
    /// An IRI or a blank node.
    public let subject: Term
    public let predicate: IRI
    public let object: Term

    /// Checks that the subject is not a literal.
    /// - Throws: `ModelError.literalSubject`.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) throws {
        if case .literal = subject { throw ModelError.literalSubject(subject.description) }
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// A triple whose subject is an IRI.
    public init(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        self.subject = .iri(subject)
        self.predicate = predicate
        self.object = object
    }

    /// A triple whose subject and object are IRIs.
    public init(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
        self.init(subject, predicate, .iri(object))
    }

    /// A triple whose object is a literal.
    public init(_ subject: IRI, _ predicate: IRI, _ object: Literal) {
        self.init(subject, predicate, .literal(object))
    }

    public var description: String { "\(subject) \(predicate) \(object) ." }
}

/// Errors from building model values.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    case invalidIRI(String)
    case literalSubject(String)

    public var description: String {
        switch self {
        case .invalidIRI(let value): return "not a valid absolute IRI: \(value.debugDescription)"
        case .literalSubject(let value): return "a literal cannot be a subject: \(value)"
        }
    }
}

extension Unicode.Scalar {
    @inlinable var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    @inlinable var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
