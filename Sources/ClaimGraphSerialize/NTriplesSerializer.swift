import ClaimGraphModel

/// Writes canonical N-Triples: one triple a line, single spaces, ` .` and LF,
/// no comments, `xsd:string` left implicit; strings escape `"` `\` LF CR as
/// ECHAR and the other C0 controls (not tab) and DEL as `\u00XX`.
///
/// ```
/// <https://ex.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A\n" .
/// ```
///
/// Every line stands alone, so outputs can be split at any line and
/// concatenated. Prefixes are checked and ignored; one declared after the
/// first triple throws `SerializerError.prefixAfterTriple`.
public final class NTriplesSerializer: TripleSink {
    static let format = RDFFormat.ntriples.label
    private let out: OutputBuffer
    private var started = false
    private var finished = false
    private let checkedTerms = TermChecks.Memo()
    private let checkedVocabulary = TermChecks.Memo(size: 64)

    /// An N-Triples writer bound to `output`.
    public init(output: ByteOutput) {
        out = OutputBuffer(output: output)
    }

    public func prefix(_ name: String, _ namespace: IRI) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        if started { throw SerializerError.prefixAfterTriple(format: Self.format, name: name) }
        guard Escaping.isPNPrefix(name) else { throw SerializerError.invalidPrefix(format: Self.format, name: name) }
    }

    public func triple(_ triple: Triple) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        try TermChecks.checkTriple(triple, format: Self.format, terms: checkedTerms, vocabulary: checkedVocabulary)
        started = true
        writeNode(triple.subject)
        out.append(0x20)
        writeIRI(triple.predicate)
        out.append(0x20)
        writeNode(triple.object)
        out.append(" .\n")
        try out.check()
    }

    /// Writes out what is buffered, so that the output holds every triple so far.
    public func flush() throws { try out.flush() }

    public func finish() throws {
        if finished { return }
        finished = true
        try out.flush()
    }

    private func writeIRI(_ iri: IRI) {
        out.append(0x3C)
        out.append(iri.value)
        out.append(0x3E)
    }

    private func writeNode(_ term: Term) {
        switch term {
        case .iri(let iri):
            writeIRI(iri)
        case .blank(let node):
            out.append("_:")
            out.append(Escaping.relabel(node.id, isValid: Escaping.isBlankNodeLabel))
        case .literal(let literal):
            out.append(0x22)
            var lexical = literal.lexical
            lexical.withUTF8 { Escaping.writeNTriplesString($0, to: out) }
            out.append(0x22)
            if let language = literal.language {
                out.append(0x40)
                out.append(language)
            } else if literal.datatype != XSD.string {
                out.append("^^")
                writeIRI(literal.datatype)
            }
        }
    }
}
