import ClaimGraphModel

/// Writes RDF/XML through libxml2's `xmlTextWriter` (never by concatenating
/// markup): an `rdf:RDF` root declaring the prefixes sorted by name, one node
/// element per run of triples with the same subject, typed where its first
/// `rdf:type` can be a QName.
///
/// ```xml
/// <rdf:RDF xmlns:cg="https://w3id.org/claimgraph/ontology#" xmlns:rdf="…">
///   <cg:Person rdf:about="https://ex.org/a">
///     <rdfs:label xml:lang="en">A</rdfs:label>
///     <cg:affiliatedWith rdf:resource="https://ex.org/ir"/>
///   </cg:Person>
/// </rdf:RDF>
/// ```
///
/// A predicate outside the declared prefixes gets a generated prefix (`ns1`,
/// `ns2`, … by first use) declared on its element. A predicate that cannot be
/// a QName, and any XML-forbidden character in a literal or IRI, throw
/// `SerializerError.unrepresentable` before anything of that triple is
/// written. Prefixes after the first triple throw; prefix names that are not
/// NCNames throw `invalidPrefix`; `rdf` is always bound to the RDF namespace.
public final class RDFXMLSerializer: TripleSink {
    /// How the XML looks.
    public struct Configuration: Sendable {
        /// Indents nested elements.
        public var indent = true
        public init() {}
    }

    static let format = RDFFormat.rdfxml.label
    /// Names that RDF/XML reserves: never a node or property element.
    private static let reservedRDFNames: Set<String> = [
        "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "li", "aboutEach",
        "aboutEachPrefix", "bagID", "Description",
    ]

    /// A resolved element name, with the namespace it must declare if generated.
    private final class Name {
        let qname: XMLName
        let declaration: (attribute: XMLName, namespace: XMLName)?
        init(qname: String, declaration: (String, String)?) {
            self.qname = XMLName(qname)
            self.declaration = declaration.map { (XMLName("xmlns:" + $0.0), XMLName($0.1)) }
        }
    }

    public let configuration: Configuration
    private let xml: XMLTextWriter
    private var prefixes: [(name: String, namespace: String)] = []
    /// `prefixes`, longest namespace first (ties in declaration order).
    private var prefixesByLength: [(name: String, namespace: String)] = []
    private var generated: [String: String] = [:]
    private var names: [String: Name?] = [:]
    /// `names`, for the predicates and types seen lately, matched by bytes.
    private let recentNames = ExactCache<Name?>(size: 64)
    private var opened = false
    private var finished = false
    private var run: [Triple] = []
    /// Subjects and objects that passed `checkXML` and `checkIRIRef`.
    private let checkedTerms = TermChecks.Memo()
    /// Datatypes that passed the same checks.
    private let checkedDatatypes = TermChecks.Memo(size: 16)
    /// Predicates that passed `checkIRIRef` and resolve to an element name.
    private let checkedPredicates = TermChecks.Memo(size: 64)

    private let rdfRDF = XMLName("rdf:RDF")
    private let rdfDescription = XMLName("rdf:Description")
    private let rdfAbout = XMLName("rdf:about")
    private let rdfNodeID = XMLName("rdf:nodeID")
    private let rdfResource = XMLName("rdf:resource")
    private let rdfDatatype = XMLName("rdf:datatype")
    private let xmlLang = XMLName("xml:lang")

    /// An RDF/XML writer bound to `output`.
    public init(_ configuration: Configuration = Configuration(), output: ByteOutput) {
        self.configuration = configuration
        xml = XMLTextWriter(output: output, indent: configuration.indent, format: Self.format)
    }

    public func prefix(_ name: String, _ namespace: IRI) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        if opened { throw SerializerError.prefixAfterTriple(format: Self.format, name: name) }
        guard Escaping.isNCName(name), !name.lowercased().hasPrefix("xml") else {
            throw SerializerError.invalidPrefix(format: Self.format, name: name)
        }
        try Self.checkXML(namespace.value)
        if name == "rdf" { return }
        prefixes.removeAll { $0.name == name }
        prefixes.append((name, namespace.value))
        prefixesByLength = prefixes.sorted(by: { $0.namespace.count > $1.namespace.count })
    }

    public func triple(_ triple: Triple) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        try check(triple)
        if !opened { try open() }
        if let first = run.first, first.subject != triple.subject { try flushRun() }
        run.append(triple)
    }

    public func finish() throws {
        if finished { return }
        if !opened { try open() }
        try flushRun()
        finished = true
        try xml.finish()
    }

    // MARK: Checks

    /// `TermChecks.checkXML` for this format.
    private static func checkXML(_ value: String) throws {
        try TermChecks.checkXML(value, format: format)
    }

    /// Refuses the triple before any of it is buffered or written.
    private func check(_ triple: Triple) throws {
        switch triple.subject {
        case .iri(let iri): try checkIRI(iri, memo: checkedTerms)
        case .blank: break
        case .literal(let literal):
            throw SerializerError.unrepresentable(format: Self.format, term: literal.lexical, reason: "a literal cannot be a subject")
        }
        if !checkedPredicates.contains(triple.predicate.value) {
            try TermChecks.checkIRIRef(triple.predicate, format: Self.format)
            guard try resolve(triple.predicate.value) != nil else {
                throw SerializerError.unrepresentable(
                    format: Self.format, term: triple.predicate.value,
                    reason: "the predicate cannot be split into an XML QName (namespace + NCName) usable as a property element")
            }
            checkedPredicates.insert(triple.predicate.value)
        }
        switch triple.object {
        case .iri(let iri): try checkIRI(iri, memo: checkedTerms)
        case .blank: break
        case .literal(let literal):
            try Self.checkXML(literal.lexical)
            if let language = literal.language {
                guard Escaping.isLanguageTag(language) else {
                    throw SerializerError.unrepresentable(format: Self.format, term: language, reason: "not a valid language tag")
                }
            } else {
                try checkIRI(literal.datatype, memo: checkedDatatypes)
            }
        }
    }

    /// `checkXML` then `checkIRIRef`, skipped for an IRI in `memo` (one that passed both).
    @inline(__always)
    private func checkIRI(_ iri: IRI, memo: TermChecks.Memo) throws {
        if memo.contains(iri.value) { return }
        try Self.checkXML(iri.value)
        try TermChecks.checkIRIRef(iri, format: Self.format)
        memo.insert(iri.value)
    }

    /// The element name for an IRI, or nil when it cannot be one.
    private func resolve(_ iri: String) throws -> Name? {
        if let known = recentNames[iri] { return known }
        if let known = names[iri] { recentNames.set(known, for: iri); return known }
        let name = try makeName(iri)
        names[iri] = name
        recentNames.set(name, for: iri)
        return name
    }

    private func makeName(_ iri: String) throws -> Name? {
        try Self.checkXML(iri)
        if iri.hasPrefix(RDF.namespace) {
            let local = iri.dropFirst(RDF.namespace.count)
            guard Escaping.isNCName(local), !Self.reservedRDFNames.contains(String(local)) else { return nil }
            return Name(qname: "rdf:" + local, declaration: nil)
        }
        for entry in prefixesByLength where iri.hasPrefix(entry.namespace) {
            let local = iri.dropFirst(entry.namespace.count)
            if Escaping.isNCName(local) { return Name(qname: entry.name + ":" + local, declaration: nil) }
        }
        guard let (namespace, local) = Escaping.splitQName(iri) else { return nil }
        let ns = String(namespace)
        if let entry = prefixes.first(where: { $0.namespace == ns }) {
            return Name(qname: entry.name + ":" + local, declaration: nil)
        }
        let prefix: String
        if let known = generated[ns] {
            prefix = known
        } else {
            var k = generated.count + 1
            while prefixes.contains(where: { $0.name == "ns\(k)" }) { k += 1 }
            prefix = "ns\(k)"
            generated[ns] = prefix
        }
        return Name(qname: prefix + ":" + local, declaration: (prefix, ns))
    }

    // MARK: Writing

    private func open() throws {
        opened = true
        try xml.startDocument()
        try xml.start(rdfRDF)
        var all = prefixes
        all.append(("rdf", RDF.namespace))
        for entry in all.sorted(by: { $0.name < $1.name }) {
            try xml.attribute(XMLName("xmlns:" + entry.name), entry.namespace)
        }
    }

    private func start(_ name: Name) throws {
        try xml.start(name.qname)
        if let declaration = name.declaration { try xml.attribute(declaration.attribute, declaration.namespace) }
    }

    private func nodeID(_ node: BlankNode) -> String {
        Escaping.relabel(node.id, isValid: { Escaping.isNCName($0) })
    }

    private func flushRun() throws {
        guard let subject = run.first?.subject else { return }
        var typeIndex: Int?
        var typeName: Name?
        for (k, triple) in run.enumerated() where triple.predicate == RDF.type {
            if case .iri(let type) = triple.object, let name = try resolve(type.value) {
                typeIndex = k; typeName = name
                break
            }
        }
        if let typeName { try start(typeName) } else { try xml.start(rdfDescription) }
        switch subject {
        case .iri(let iri): try xml.attribute(rdfAbout, iri.value)
        case .blank(let node): try xml.attribute(rdfNodeID, nodeID(node))
        case .literal: break
        }
        for (k, triple) in run.enumerated() where k != typeIndex {
            guard let name = try resolve(triple.predicate.value) else { continue } // checked in triple(_:)
            try start(name)
            switch triple.object {
            case .iri(let iri):
                try xml.attribute(rdfResource, iri.value)
                try xml.end()
            case .blank(let node):
                try xml.attribute(rdfNodeID, nodeID(node))
                try xml.end()
            case .literal(let literal):
                if let language = literal.language {
                    try xml.attribute(xmlLang, language)
                } else if literal.datatype != XSD.string {
                    try xml.attribute(rdfDatatype, literal.datatype.value)
                }
                if !literal.lexical.isEmpty { try xml.text(literal.lexical) }
                try xml.fullEnd()
            }
        }
        try xml.end()
        run.removeAll(keepingCapacity: true)
        try xml.buffer.check()
    }
}
