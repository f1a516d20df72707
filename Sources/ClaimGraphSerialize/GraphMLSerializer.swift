import ClaimGraphModel

/// Writes a property-graph view of the triples as GraphML, through libxml2's
/// `xmlTextWriter`, for Gephi and Neo4j APOC (`apoc.import.graphml` with
/// `readLabels: true`).
///
/// - one node per subject and per resource object, ids `n0`, `n1`, … in order
///   of first appearance; data `iri` (absent for blank nodes), `type` (local
///   name of the first `rdf:type`), `labels` (`:Person:Agent`, read by APOC);
/// - literal triples become node data through the `Configuration`; several
///   values of a string key are joined with `" | "`;
/// - every other resource-valued triple becomes a directed edge `e0`, `e1`, …
///   whose data `label` is the predicate's local name (Gephi's edge label,
///   APOC's relationship type).
///
/// The GraphML schema allows no foreign attributes, so all of these are
/// `<data>` elements, never attributes. Node data is gathered until
/// `finish()` (a subject may come back later); then all `<key>`s, all nodes
/// in id order, and all edges (after the nodes, as APOC needs) are written.
/// A literal predicate missing from the configuration, a value that does not
/// fit its key's type, and XML-forbidden characters throw.
public final class GraphMLSerializer: TripleSink {
    static let format = "GraphML"
    static let joiner = " | "

    private struct Node {
        let term: Term
        var type: String?
        var labels: [String] = []
        var data: [(key: Int32, value: String)] = []
    }

    public let configuration: Configuration
    private let xml: XMLTextWriter
    private var propertyIndex: [IRI: Int32] = [:]
    private var nodeIndex: [Term: Int32] = [:]
    private var nodes: [Node] = []
    private var edgeSources: [Int32] = []
    private var edgeTargets: [Int32] = []
    private var edgePredicates: [Int32] = []
    private var predicateIndex: [IRI: Int32] = [:]
    private var predicateLabels: [String] = []
    private var validated = false
    private var started = false
    private var finished = false

    /// A GraphML writer bound to `output`.
    public init(_ configuration: Configuration = .claimGraph, output: ByteOutput) {
        self.configuration = configuration
        xml = XMLTextWriter(output: output, indent: true, format: Self.format)
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
        switch triple.object {
        case .literal(let literal):
            guard let key = propertyIndex[triple.predicate] else {
                throw SerializerError.unmappedPredicate(predicate: triple.predicate.value)
            }
            let property = configuration.properties[Int(key)]
            let value = try Self.normalize(literal.lexical, for: property)
            let subject = try node(triple.subject)
            if property.type != .string,
               let other = nodes[Int(subject)].data.first(where: { $0.key == key && $0.value != value }) {
                throw SerializerError.invalidValue(
                    key: property.key, value: value,
                    reason: "a second value (the first was \(other.value.debugDescription)) for a non-string key")
            }
            nodes[Int(subject)].data.append((key, value))
        case .iri(let type) where triple.predicate == RDF.type:
            try Self.checkXML(type.value)
            let subject = try node(triple.subject)
            let local = Escaping.splitQName(type.value).map { String($0.local) }
            if nodes[Int(subject)].type == nil { nodes[Int(subject)].type = local ?? type.value }
            if let local, !nodes[Int(subject)].labels.contains(local) { nodes[Int(subject)].labels.append(local) }
        case .iri, .blank:
            let predicate = try predicateLabel(triple.predicate)
            let subject = try node(triple.subject)
            let object = try node(triple.object)
            edgeSources.append(subject)
            edgeTargets.append(object)
            edgePredicates.append(predicate)
        }
    }

    public func finish() throws {
        if finished { return }
        if !validated { try configuration.validate(); validated = true }
        finished = true
        try writeDocument()
        try xml.finish()
    }

    // MARK: Gathering

    private static func checkXML(_ value: String) throws {
        if let bad = Escaping.firstXMLForbidden(value) {
            throw SerializerError.unrepresentable(
                format: format, term: value, reason: "XML 1.0 cannot hold the character U+\(TermChecks.hex(bad))")
        }
    }

    private func node(_ term: Term) throws -> Int32 {
        if let known = nodeIndex[term] { return known }
        switch term {
        case .iri(let iri): try Self.checkXML(iri.value)
        case .blank: break
        case .literal(let literal):
            throw SerializerError.unrepresentable(format: Self.format, term: literal.lexical, reason: "a literal cannot be a node")
        }
        let index = Int32(nodes.count)
        nodes.append(Node(term: term))
        nodeIndex[term] = index
        return index
    }

    private func predicateLabel(_ predicate: IRI) throws -> Int32 {
        if let known = predicateIndex[predicate] { return known }
        try Self.checkXML(predicate.value)
        let index = Int32(predicateLabels.count)
        predicateLabels.append(Escaping.splitQName(predicate.value).map { String($0.local) } ?? predicate.value)
        predicateIndex[predicate] = index
        return index
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

    // MARK: Writing

    private func writeDocument() throws {
        let keyName = XMLName("key"), idName = XMLName("id"), forName = XMLName("for")
        let attrName = XMLName("attr.name"), attrType = XMLName("attr.type")
        let dataName = XMLName("data"), nodeName = XMLName("node"), edgeName = XMLName("edge")
        let sourceName = XMLName("source"), targetName = XMLName("target")
        let nodeFor = XMLName("node"), edgeFor = XMLName("edge"), stringType = XMLName("string")

        try xml.startDocument()
        try xml.start(XMLName("graphml"))
        try xml.attribute(XMLName("xmlns"), "http://graphml.graphdrawing.org/xmlns")
        try xml.attribute(XMLName("xmlns:xsi"), "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute(XMLName("xsi:schemaLocation"),
                          "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")

        func key(_ id: XMLName, _ target: XMLName, _ name: String, _ type: XMLName) throws {
            try xml.start(keyName)
            try xml.attribute(idName, id)
            try xml.attribute(forName, target)
            try xml.attribute(attrName, name)
            try xml.attribute(attrType, type)
            try xml.end()
        }
        let iriKey = XMLName("iri"), typeKey = XMLName("type"), labelsKey = XMLName("labels")
        let edgeLabelKey = XMLName("label")
        let propertyKeys = configuration.properties.map { XMLName($0.key) }
        try key(iriKey, nodeFor, "iri", stringType)
        try key(typeKey, nodeFor, "type", stringType)
        try key(labelsKey, nodeFor, "labels", stringType)
        for (k, property) in configuration.properties.enumerated() {
            try key(propertyKeys[k], nodeFor, property.name, XMLName(property.type.rawValue))
        }
        try key(edgeLabelKey, edgeFor, "label", stringType)

        try xml.start(XMLName("graph"))
        try xml.attribute(idName, "G")
        try xml.attribute(XMLName("edgedefault"), "directed")

        func data(_ key: XMLName, _ value: String) throws {
            try xml.start(dataName)
            try xml.attribute(keyName, key)
            try xml.text(value)
            try xml.fullEnd()
        }
        var values: [[String]] = Array(repeating: [], count: configuration.properties.count)
        for (n, node) in nodes.enumerated() {
            try xml.start(nodeName)
            try xml.attribute(idName, "n\(n)")
            if case .iri(let iri) = node.term { try data(iriKey, iri.value) }
            if let type = node.type { try data(typeKey, type) }
            if !node.labels.isEmpty { try data(labelsKey, ":" + node.labels.joined(separator: ":")) }
            for entry in node.data where !values[Int(entry.key)].contains(entry.value) {
                values[Int(entry.key)].append(entry.value)
            }
            for k in values.indices where !values[k].isEmpty {
                try data(propertyKeys[k], values[k].joined(separator: Self.joiner))
                values[k].removeAll(keepingCapacity: true)
            }
            try xml.end()
            try xml.buffer.check()
        }
        let labelNames = predicateLabels
        for e in edgeSources.indices {
            try xml.start(edgeName)
            try xml.attribute(idName, "e\(e)")
            try xml.attribute(sourceName, "n\(edgeSources[e])")
            try xml.attribute(targetName, "n\(edgeTargets[e])")
            try data(edgeLabelKey, labelNames[Int(edgePredicates[e])])
            try xml.end()
            if e & 1023 == 0 { try xml.buffer.check() }
        }
    }
}
