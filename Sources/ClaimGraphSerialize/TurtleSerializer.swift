#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimGraphModel

/// Writes Turtle: prefixes once at the top, triples grouped by subject (`;`)
/// and predicate (`,`), `a` for `rdf:type`, numbers and booleans bare where
/// that is exact.
///
/// ```turtle
/// @prefix cg: <https://w3id.org/claimgraph/ontology#> .
///
/// <https://example.org/person/a> a cg:Person ;
///     rdfs:label "A" ;
///     skos:altLabel "B", "C" .
/// ```
///
/// Prefixes must come before the first triple: a later `prefix(_:_:)` throws
/// `SerializerError.prefixAfterTriple` (every writer here does the same).
/// Blank node labels that are not valid Turtle labels, and valid ones that
/// start with `x`, are written as `x` + the hex of their UTF-8 bytes.
public final class TurtleSerializer: TripleSink {
    /// How the Turtle looks.
    public struct Configuration: Sendable {
        /// Writes strings holding a line feed as `"""…"""`.
        public var longStrings = true
        public init() {}
    }

    static let format = RDFFormat.turtle.label
    public let configuration: Configuration
    private let out: OutputBuffer
    /// (`name:` bytes, namespace bytes), longest namespace first.
    private var prefixTable: [(name: [UInt8], namespace: [UInt8])] = []
    /// The written form of each predicate seen so far (predicates are few), bounded.
    private var predicateForms: [IRI: [UInt8]] = [:]
    /// `predicateForms`, for the predicates seen lately, matched by bytes.
    private let recentForms = ExactCache<[UInt8]>(size: 64)
    private var started = false
    private var finished = false
    private var lastSubject: Term?
    private var lastPredicate: IRI?
    private let checkedTerms = TermChecks.Memo()
    private let checkedVocabulary = TermChecks.Memo(size: 64)

    /// A Turtle writer bound to `output`.
    public init(_ configuration: Configuration = Configuration(), output: ByteOutput) {
        self.configuration = configuration
        out = OutputBuffer(output: output)
    }

    public func prefix(_ name: String, _ namespace: IRI) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        if started { throw SerializerError.prefixAfterTriple(format: Self.format, name: name) }
        guard Escaping.isPNPrefix(name) else { throw SerializerError.invalidPrefix(format: Self.format, name: name) }
        try TermChecks.checkIRIRef(namespace, format: Self.format)
        out.append("@prefix ")
        out.append(name)
        out.append(": <")
        out.append(namespace.value)
        out.append("> .\n")
        prefixTable.removeAll { $0.name.dropLast().elementsEqual(name.utf8) }
        prefixTable.append((Array(name.utf8) + [0x3A], Array(namespace.value.utf8)))
        prefixTable.sort { $0.namespace.count > $1.namespace.count }
        predicateForms.removeAll()
        recentForms.removeAll()
        try out.check()
    }

    public func triple(_ triple: Triple) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        try TermChecks.checkTriple(triple, format: Self.format, terms: checkedTerms, vocabulary: checkedVocabulary)
        if !started {
            started = true
            if !prefixTable.isEmpty { out.append(0x0A) }
        }
        if let lastSubject, lastSubject == triple.subject {
            if let lastPredicate, lastPredicate == triple.predicate {
                out.append(",\n        ")
            } else {
                out.append(" ;\n    ")
                writePredicate(triple.predicate)
                out.append(0x20)
            }
        } else {
            if lastSubject != nil { out.append(" .\n\n") }
            writeSubject(triple.subject)
            out.append(0x20)
            writePredicate(triple.predicate)
            out.append(0x20)
        }
        writeObject(triple.object)
        lastSubject = triple.subject
        lastPredicate = triple.predicate
        try out.check()
    }

    public func finish() throws {
        if finished { return }
        finished = true
        if lastSubject != nil { out.append(" .\n") }
        try out.flush()
    }

    // MARK: Terms

    private func writeSubject(_ term: Term) {
        switch term {
        case .iri(let iri): writeIRI(iri)
        case .blank(let node): writeBlank(node)
        case .literal: break // refused by TermChecks
        }
    }

    private func writePredicate(_ iri: IRI) {
        if let form = recentForms[iri.value] {
            form.withUnsafeBufferPointer { out.append($0) }
            return
        }
        if let form = predicateForms[iri] {
            recentForms.set(form, for: iri.value)
            form.withUnsafeBufferPointer { out.append($0) }
            return
        }
        let mark = out.mark
        if iri == RDF.type { out.append(0x61) } else { writeIRI(iri) }
        // When the buffer was written out mid-term, the form is cached another time.
        if predicateForms.count < 4096, let form = out.bytes(since: mark) { predicateForms[iri] = form }
    }

    private func writeObject(_ term: Term) {
        switch term {
        case .iri(let iri): writeIRI(iri)
        case .blank(let node): writeBlank(node)
        case .literal(let literal): writeLiteral(literal)
        }
    }

    private func writeBlank(_ node: BlankNode) {
        out.append("_:")
        out.append(Escaping.relabel(node.id, isValid: Escaping.isBlankNodeLabel))
    }

    /// A prefixed name when a prefix applies and the rest is a PN_LOCAL; else `<…>`.
    private func writeIRI(_ iri: IRI) {
        var value = iri.value
        value.withUTF8 { b in
            for entry in prefixTable where entry.namespace.count <= b.count {
                let matches = entry.namespace.withUnsafeBufferPointer { ns in
                    memcmpEqual(ns, b, count: ns.count)
                }
                guard matches else { continue }
                let local = UnsafeBufferPointer(rebasing: b[entry.namespace.count...])
                if Escaping.isPlainLocal(local) {
                    entry.name.withUnsafeBufferPointer { out.append($0) }
                    out.append(local)
                    return
                }
                if Escaping.pnLocalPlan(local) {
                    entry.name.withUnsafeBufferPointer { out.append($0) }
                    _ = Escaping.writePNLocal(local, to: out)
                    return
                }
            }
            out.append(0x3C)
            out.append(b)
            out.append(0x3E)
        }
    }

    private func writeLiteral(_ literal: Literal) {
        var lexical = literal.lexical
        let bare: Bool = lexical.withUTF8 { b in
            if literal.language == nil {
                let datatype = literal.datatype
                if datatype == XSD.integer && Escaping.isBareInteger(b)
                    || datatype == XSD.decimal && Escaping.isBareDecimal(b)
                    || datatype == XSD.double && Escaping.isBareDouble(b)
                    || datatype == XSD.boolean && Escaping.isBareBoolean(b) {
                    out.append(b)
                    return true
                }
            }
            if configuration.longStrings, Escaping.prefersLongString(b) {
                out.append("\"\"\"")
                Escaping.writeTurtleLongString(b, to: out)
                out.append("\"\"\"")
            } else {
                out.append(0x22)
                Escaping.writeTurtleShortString(b, to: out)
                out.append(0x22)
            }
            return false
        }
        if bare { return }
        if let language = literal.language {
            out.append(0x40)
            out.append(language)
        } else if literal.datatype != XSD.string {
            out.append("^^")
            writeIRI(literal.datatype)
        }
    }
}

/// Whether the first `count` bytes of `a` and `b` are equal.
@inline(__always)
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
    if count == 0 { return true }
    return memcmp(a.baseAddress!, b.baseAddress!, count) == 0
}
