/// The vocabularies ClaimGraph writes, as constants: the one place where a
/// namespace or a term of the model is spelled.
///
/// `Ontology/claimgraph.ttl` defines every `CG` term; a test checks the two
/// agree. The ontology's union classes (`cg:Speaker`, `cg:Attribution`), which
/// no export asserts, are not spelled here.

/// `https://w3id.org/claimgraph/ontology#`: ClaimGraph's own ontology.
public enum CG {
    public static let namespace = "https://w3id.org/claimgraph/ontology#"
    @inlinable static func term(_ local: String) -> IRI { IRI(unchecked: namespace + local) }

    // Classes
    public static let Person = term("Person")
    public static let Country = term("Country")
    public static let Organization = term("Organization")
    public static let NewsOutlet = term("NewsOutlet")
    public static let UnnamedSource = term("UnnamedSource")
    public static let Article = term("Article")
    public static let Statement = term("Statement")
    public static let Claim = term("Claim")
    public static let Denial = term("Denial")
    /// What a source is reported to believe, know, find or show: never a `Statement`.
    public static let Belief = term("Belief")
    /// A spelling of an entity's name and the articles that use it: the evidence
    /// a shard export carries so that `claimgraph merge` can choose the label.
    public static let Name = term("Name")

    // Relations
    public static let affiliatedWith = term("affiliatedWith")
    public static let claimed = term("claimed")
    public static let denied = term("denied")
    public static let believed = term("believed")
    public static let reportedBy = term("reportedBy")
    public static let sourceArticle = term("sourceArticle")
    public static let nameOf = term("nameOf")
    public static let seenIn = term("seenIn")

    // Attributes
    public static let countryCode = term("countryCode")
    public static let role = term("role")
    public static let text = term("text")
    public static let cue = term("cue")
    public static let speakerMention = term("speakerMention")
    public static let contentStart = term("contentStart")
    public static let contentEnd = term("contentEnd")
    public static let directQuote = term("directQuote")
    public static let sentence = term("sentence")
    public static let sieve = term("sieve")
    public static let spelling = term("spelling")

    /// Every class, in a fixed order.
    public static let classes: [IRI] = [
        Person, Country, Organization, NewsOutlet, UnnamedSource, Article, Statement, Claim, Denial, Belief, Name,
    ]
    /// Every property whose object is a resource.
    public static let objectProperties: [IRI] = [
        affiliatedWith, claimed, denied, believed, reportedBy, sourceArticle, nameOf, seenIn,
    ]
    /// Every property whose object is a literal.
    public static let datatypeProperties: [IRI] = [
        countryCode, role, text, cue, speakerMention, contentStart, contentEnd, directQuote, sentence, sieve, spelling,
    ]
}

/// `http://www.w3.org/1999/02/22-rdf-syntax-ns#`
public enum RDF {
    public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let type = IRI(unchecked: namespace + "type")
    public static let langString = IRI(unchecked: namespace + "langString")
    public static let XMLLiteral = IRI(unchecked: namespace + "XMLLiteral")
    public static let nil_ = IRI(unchecked: namespace + "nil")
    public static let first = IRI(unchecked: namespace + "first")
    public static let rest = IRI(unchecked: namespace + "rest")
}

/// `http://www.w3.org/2000/01/rdf-schema#`
public enum RDFS {
    public static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
    public static let label = IRI(unchecked: namespace + "label")
    public static let comment = IRI(unchecked: namespace + "comment")
}

/// `http://www.w3.org/2001/XMLSchema#`
public enum XSD {
    public static let namespace = "http://www.w3.org/2001/XMLSchema#"
    public static let string = IRI(unchecked: namespace + "string")
    public static let integer = IRI(unchecked: namespace + "integer")
    public static let decimal = IRI(unchecked: namespace + "decimal")
    public static let double = IRI(unchecked: namespace + "double")
    public static let boolean = IRI(unchecked: namespace + "boolean")
    public static let date = IRI(unchecked: namespace + "date")
    public static let dateTime = IRI(unchecked: namespace + "dateTime")
    public static let anyURI = IRI(unchecked: namespace + "anyURI")
}

/// `http://www.w3.org/2002/07/owl#`
public enum OWL {
    public static let namespace = "http://www.w3.org/2002/07/owl#"
}

/// `http://www.w3.org/2004/02/skos/core#`
public enum SKOS {
    public static let namespace = "http://www.w3.org/2004/02/skos/core#"
    public static let altLabel = IRI(unchecked: namespace + "altLabel")
}

/// `http://purl.org/dc/terms/`
public enum DCTerms {
    public static let namespace = "http://purl.org/dc/terms/"
    public static let identifier = IRI(unchecked: namespace + "identifier")
    public static let title = IRI(unchecked: namespace + "title")
    public static let date = IRI(unchecked: namespace + "date")
    public static let publisher = IRI(unchecked: namespace + "publisher")
}

/// `http://www.w3.org/ns/prov#`
public enum PROV {
    public static let namespace = "http://www.w3.org/ns/prov#"
}

/// `https://schema.org/`
public enum Schema {
    public static let namespace = "https://schema.org/"
    public static let url = IRI(unchecked: namespace + "url")
}

/// The prefixes every ClaimGraph export declares, in the order written.
public enum Vocabulary {
    /// The ontology and W3C prefixes of the graph model.
    public static let prefixes: [(name: String, namespace: IRI)] = [
        ("cg", IRI(unchecked: CG.namespace)),
        ("dcterms", IRI(unchecked: DCTerms.namespace)),
        ("owl", IRI(unchecked: OWL.namespace)),
        ("prov", IRI(unchecked: PROV.namespace)),
        ("rdf", IRI(unchecked: RDF.namespace)),
        ("rdfs", IRI(unchecked: RDFS.namespace)),
        ("schema", IRI(unchecked: Schema.namespace)),
        ("skos", IRI(unchecked: SKOS.namespace)),
        ("xsd", IRI(unchecked: XSD.namespace)),
    ]
}
