import ClaimGraphModel

/// Writes a property-graph view of the triples as GraphML, through libxml2's
/// `xmlTextWriter`, for Gephi and Neo4j APOC (`apoc.import.graphml` with
/// `readLabels: true`), as a stream: memory holds one subject's data, never
/// the graph.
///
/// - one node per subject and per resource object, id `n` + 16 hex digits of
///   the term's 64-bit FNV-1a hash (`NodeID`); data `iri` (absent for blank
///   nodes), `type` (local name of the first `rdf:type`), `labels`
///   (`:Person:Agent`, read by APOC);
/// - literal triples become node data through the `Configuration`; several
///   values of a string key are joined with `" | "`;
/// - every other resource-valued triple becomes a directed edge `e0`, `e1`, …
///   whose data `label` is the predicate's local name (Gephi's edge label,
///   APOC's relationship type).
///
/// Triples come in runs of one subject. A node is written when the run that
/// holds its literals and types ends, so **each subject's data must be one
/// run**: a literal or `rdf:type` for a subject whose node was already written
/// throws `SerializerError.scatteredSubject`. Runs of edges only are fine at
/// any time. An edge is written at once when both its nodes are written, and
/// otherwise spilled to a temporary file (`EdgeSpill`) whose bytes follow the
/// last node, so every node precedes its edges, as APOC needs. Resources that
/// never get a data run get a bare node by `finish()`, before the spilled edges.
///
/// The GraphML schema allows no foreign attributes, so all of these are
/// `<data>` elements, never attributes. A literal predicate missing from the
/// configuration, a value that does not fit its key's type, and XML-forbidden
/// characters throw.
public final class GraphMLSerializer: TripleSink {
    static let format = RDFFormat.graphml.label
    static let joiner = " | "

    /// The subject whose triples are arriving, and its data so far.
    struct Run {
        var subject: Term?
        var id = NodeID(hash: 0)
        /// The node was written by an earlier run: data now is an error.
        var wasWritten = false
        var hasData = false
        var type: String?
        var labels: [String] = []
        var data: [(key: Int32, value: String)] = []
        var edges: [(predicate: Int32, object: Term, objectID: NodeID)] = []

        mutating func reset(_ subject: Term, id: NodeID, wasWritten: Bool) {
            self.subject = subject
            self.id = id
            self.wasWritten = wasWritten
            hasData = false
            type = nil
            labels.removeAll(keepingCapacity: true)
            data.removeAll(keepingCapacity: true)
            edges.removeAll(keepingCapacity: true)
        }
    }

    public let configuration: Configuration
    let xml: XMLTextWriter
    let names: Names
    private var propertyIndex: [IRI: Int32] = [:]
    private var predicateIndex: [IRI: Int32] = [:]
    /// `propertyIndex` and `predicateIndex` for the predicates seen lately, matched by bytes.
    private let recentProperties = ExactCache<Int32>(size: 64)
    private let recentPredicates = ExactCache<Int32>(size: 64)
    /// Type IRIs that passed `checkXML`, with their local names.
    private let recentTypes = ExactCache<String?>(size: 64)
    var predicateLabels: [String] = []
    var run = Run()
    /// Nodes already in the output.
    var written: Set<NodeID> = []
    /// Edge ends not written yet, with their terms (a bare node each at the end, unless a run comes).
    var pending: [NodeID: Term] = [:]
    var spill: EdgeSpill?
    var edgeCount = 0
    private var validated = false
    private var started = false
    var headerWritten = false
    private var finished = false

    /// A GraphML writer bound to `output`.
    public init(_ configuration: Configuration = .claimGraph, output: ByteOutput) {
        self.configuration = configuration
        xml = XMLTextWriter(output: output, indent: true, format: Self.format)
        names = Names(configuration)
        for (k, property) in configuration.properties.enumerated() { propertyIndex[property.predicate] = Int32(k) }
    }

    /// Prefixes do not appear in GraphML; they are checked for order only.
    public func prefix(_ name: String, _ namespace: IRI) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        if started { throw SerializerError.prefixAfterTriple(format: Self.format, name: name) }
    }

    public func triple(_ triple: Triple) throws {
        if finished { throw SerializerError.finished(format: Self.format) }
        if !validated { try configuration.validate(); validated = true }
        started = true
        if run.subject != triple.subject { try begin(triple.subject) }
        switch triple.object {
        case .literal(let literal):
            guard let key = propertyKey(triple.predicate) else {
                throw SerializerError.unmappedPredicate(predicate: triple.predicate.value)
            }
            let property = configuration.properties[Int(key)]
            let value = try Self.normalize(literal.lexical, for: property)
            try checkData()
            if property.type != .string, let other = run.data.first(where: { $0.key == key && $0.value != value }) {
                throw SerializerError.invalidValue(
                    key: property.key, value: value,
                    reason: "a second value (the first was \(other.value.debugDescription)) for a non-string key")
            }
            run.data.append((key, value))
            run.hasData = true
        case .iri(let type) where triple.predicate == RDF.type:
            let local = try typeLocalName(type)
            try checkData()
            if run.type == nil { run.type = local ?? type.value }
            if let local, !run.labels.contains(local) { run.labels.append(local) }
            run.hasData = true
        case .iri(let iri):
            let predicate = try predicateLabel(triple.predicate)
            try Self.checkXML(iri.value)
            run.edges.append((predicate, triple.object, NodeID(triple.object)))
        case .blank:
            let predicate = try predicateLabel(triple.predicate)
            run.edges.append((predicate, triple.object, NodeID(triple.object)))
        }
    }

    public func finish() throws {
        if finished { return }
        if !validated { try configuration.validate(); validated = true }
        finished = true
        try writeHeader()
        try endRun()
        try writePendingNodes()
        if let spill {
            try xml.flush()
            try spill.copy(into: xml.buffer)
            self.spill = nil
        }
        try xml.finish()
    }

    // MARK: Gathering

    /// Ends the current run and starts one for `subject`.
    private func begin(_ subject: Term) throws {
        switch subject {
        case .iri(let iri): try Self.checkXML(iri.value)
        case .blank: break
        case .literal(let literal):
            throw SerializerError.unrepresentable(format: Self.format, term: literal.lexical, reason: "a literal cannot be a node")
        }
        try writeHeader()
        try endRun()
        let id = NodeID(subject)
        run.reset(subject, id: id, wasWritten: written.contains(id))
    }

    private func checkData() throws {
        if run.wasWritten, let subject = run.subject {
            throw SerializerError.scatteredSubject(subject: subject.description)
        }
    }

    /// `TermChecks.checkXML` for this format.
    static func checkXML(_ value: String) throws {
        try TermChecks.checkXML(value, format: format)
    }

    private func predicateLabel(_ predicate: IRI) throws -> Int32 {
        if let known = recentPredicates[predicate.value] { return known }
        if let known = predicateIndex[predicate] { recentPredicates.set(known, for: predicate.value); return known }
        try Self.checkXML(predicate.value)
        let index = Int32(predicateLabels.count)
        predicateLabels.append(Escaping.splitQName(predicate.value).map { String($0.local) } ?? predicate.value)
        predicateIndex[predicate] = index
        recentPredicates.set(index, for: predicate.value)
        return index
    }

    /// The local name of a type IRI (nil when it has none), after `checkXML`;
    /// remembered by bytes, as types are few.
    private func typeLocalName(_ type: IRI) throws -> String? {
        if let known = recentTypes[type.value] { return known }
        try Self.checkXML(type.value)
        let local = Escaping.splitQName(type.value).map { String($0.local) }
        recentTypes.set(local, for: type.value)
        return local
    }

    /// The configuration index of a literal predicate, or nil when it is not mapped.
    private func propertyKey(_ predicate: IRI) -> Int32? {
        if let known = recentProperties[predicate.value] { return known }
        guard let key = propertyIndex[predicate] else { return nil }
        recentProperties.set(key, for: predicate.value)
        return key
    }

    /// The value as the key's `attr.type` reads it, or a throw.
    static func normalize(_ lexical: String, for property: Configuration.Property) throws -> String {
        try checkXML(lexical)
        func refuse(_ reason: String) -> SerializerError {
            .invalidValue(key: property.key, value: lexical, reason: reason)
        }
        switch property.type {
        case .string:
            return lexical
        case .boolean:
            switch lexical {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: throw refuse("not a boolean")
            }
        case .int:
            guard let value = Int32(lexical) else { throw refuse("not a 32-bit integer") }
            return String(value)
        case .long:
            guard let value = Int64(lexical) else { throw refuse("not a 64-bit integer") }
            return String(value)
        case .float, .double:
            switch lexical {
            case "INF", "+INF": return "Infinity"
            case "-INF": return "-Infinity"
            case "NaN": return "NaN"
            default:
                guard let value = Double(lexical), value.isFinite, lexical.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 }) else {
                    throw refuse("not a number")
                }
                return lexical
            }
        }
    }
}
