import ClaimGraphModel

/// The formats ClaimGraph writes, and the one place where their names,
/// aliases, file extensions and media types are written down (as Oxigraph's
/// `RdfFormat` holds them): the command line, its help and its error messages
/// all read them from here.
public enum RDFFormat: String, CaseIterable, Sendable {
    case turtle, rdfxml, ntriples, graphml

    /// The name a user types and messages show: `turtle`, `rdfxml`, `ntriples`, `graphml`.
    public var name: String { rawValue }

    /// Other names accepted for the format, the file extension among them.
    public var aliases: [String] {
        switch self {
        case .turtle: return ["ttl"]
        case .rdfxml: return ["rdf/xml", "rdf", "xml"]
        case .ntriples: return ["n-triples", "nt"]
        case .graphml: return []
        }
    }

    /// The format's own name, for prose: "Turtle", "RDF/XML", "N-Triples", "GraphML".
    public var label: String {
        switch self {
        case .turtle: return "Turtle"
        case .rdfxml: return "RDF/XML"
        case .ntriples: return "N-Triples"
        case .graphml: return "GraphML"
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .turtle: return "ttl"
        case .rdfxml: return "rdf"
        case .ntriples: return "nt"
        case .graphml: return "graphml"
        }
    }

    /// The IANA media type.
    public var mediaType: String {
        switch self {
        case .turtle: return "text/turtle"
        case .rdfxml: return "application/rdf+xml"
        case .ntriples: return "application/n-triples"
        case .graphml: return "application/graphml+xml"
        }
    }

    /// Whether the format is an RDF syntax (GraphML is a property graph).
    public var isRDF: Bool { self != .graphml }

    /// The file name of the export in an output folder: `graph.ttl`, …
    public var fileName: String { "graph." + fileExtension }

    /// The format with this name or alias, in any case: `Turtle`, `ttl`, `nt`, `rdf/xml`.
    public init?(name: String) {
        let key = name.lowercased()
        guard let format = Self.allCases.first(where: { $0.name == key || $0.aliases.contains(key) }) else { return nil }
        self = format
    }

    /// The RDF syntaxes: every format but GraphML.
    public static var rdfCases: [RDFFormat] { allCases.filter(\.isRDF) }

    /// The names of `formats` as a list for prose: "turtle, rdfxml or ntriples".
    public static func nameList(_ formats: [RDFFormat] = allCases, conjunction: String = "or") -> String {
        let names = formats.map(\.name)
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names.last!
    }

    /// A writer for this format bound to `output`, in its default
    /// configuration (`GraphMLSerializer.Configuration.claimGraph` for GraphML).
    public func makeSerializer(output: ByteOutput) -> TripleSink {
        switch self {
        case .turtle: return TurtleSerializer(output: output)
        case .rdfxml: return RDFXMLSerializer(output: output)
        case .ntriples: return NTriplesSerializer(output: output)
        case .graphml: return GraphMLSerializer(output: output)
        }
    }
}
