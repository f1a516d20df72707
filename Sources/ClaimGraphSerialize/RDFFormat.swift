import ClaimGraphModel

/// The formats ClaimGraph writes: the front door for the command line.
public enum RDFFormat: String, CaseIterable, Sendable {
    case turtle, rdfxml, ntriples, graphml

    /// The file name of the export in an output folder.
    public var fileName: String {
        switch self {
        case .turtle: return "graph.ttl"
        case .rdfxml: return "graph.rdf"
        case .ntriples: return "graph.nt"
        case .graphml: return "graph.graphml"
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
