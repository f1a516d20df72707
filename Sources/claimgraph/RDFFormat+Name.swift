import ClaimGraphSerialize

extension RDFFormat {
    /// A format from the name a user types: `turtle`/`ttl`, `rdfxml`/`rdf`/`xml`,
    /// `ntriples`/`nt`, `graphml`.
    init?(name: String) {
        switch name.lowercased() {
        case "turtle", "ttl": self = .turtle
        case "rdfxml", "rdf/xml", "rdf", "xml": self = .rdfxml
        case "ntriples", "n-triples", "nt": self = .ntriples
        case "graphml": self = .graphml
        default: return nil
        }
    }
}
