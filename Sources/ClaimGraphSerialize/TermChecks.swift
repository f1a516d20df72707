import ClaimGraphModel

/// Checks shared by the writers, run before a triple is written so that a
/// refused triple leaves no partial output.
enum TermChecks {
    /// Throws when `value` holds a character XML 1.0 cannot hold (the RDF/XML and
    /// GraphML writers).
    static func checkXML(_ value: String, format: String) throws {
        if let bad = XMLCharacters.firstForbidden(value) {
            throw SerializerError.unrepresentable(
                format: format, term: value, reason: "XML 1.0 cannot hold the character U+\(hex(bad))")
        }
    }

    /// Throws when `iri` holds a character that an IRIREF cannot hold.
    static func checkIRIRef(_ iri: IRI, format: String) throws {
        var value = iri.value
        let bad: UInt8? = value.withUTF8(Escaping.firstForbiddenInIRIRef)
        if let bad {
            throw SerializerError.unrepresentable(
                format: format, term: iri.value,
                reason: "IRI holds the forbidden character U+\(hex(UInt32(bad)))")
        }
    }

    /// `checkIRIRef`, skipped when `memo` holds the IRI byte for byte; an IRI
    /// that passes is remembered.
    @inline(__always)
    static func checkIRIRef(_ iri: IRI, format: String, memo: Memo) throws {
        if memo.contains(iri.value) { return }
        try checkIRIRef(iri, format: format)
        memo.insert(iri.value)
    }

    /// Throws when a term of the triple cannot be written in an RDF text syntax.
    /// `terms` remembers subjects and objects that passed, `vocabulary` the
    /// predicates and datatypes, so repeated terms are not scanned again.
    static func checkTriple(_ triple: Triple, format: String, terms: Memo, vocabulary: Memo) throws {
        switch triple.subject {
        case .iri(let iri): try checkIRIRef(iri, format: format, memo: terms)
        case .blank: break
        case .literal(let literal):
            throw SerializerError.unrepresentable(format: format, term: literal.lexical, reason: "a literal cannot be a subject")
        }
        try checkIRIRef(triple.predicate, format: format, memo: vocabulary)
        switch triple.object {
        case .iri(let iri): try checkIRIRef(iri, format: format, memo: terms)
        case .blank: break
        case .literal(let literal):
            if let language = literal.language {
                if !Escaping.isLanguageTag(language) {
                    throw SerializerError.unrepresentable(format: format, term: language, reason: "not a valid language tag")
                }
            } else if literal.datatype != XSD.string {
                try checkIRIRef(literal.datatype, format: format, memo: vocabulary)
            }
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
