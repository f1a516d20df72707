import ClaimGraphModel

/// Deterministic instance IRIs: the same entity or statement gets the same
/// IRI in every run, every format and every shard of a corpus.
///
/// ```
/// person:    {base}person/hossein-amirabdolahian   (from the person merge key)
/// country:   {base}country/IR
/// outlet:    {base}outlet/reuters
/// org:       {base}organization/ru--russian-embassy-in-tehran
/// source:    {base}source/{article id}--an-official-from-a-european-country
/// article:   {base}article/{article id, percent-encoded}
/// statement: {base}statement/{article id}-{start}-{end}-{speaker hash}
/// ```
/// Local names never contain `/`, so they read as Turtle prefixed names; each
/// stays unambiguous when read from the right (a slug never holds `--`, a hash
/// is eight hex digits).
/// ```
/// ```
public struct ResourceNaming: Sendable {
    /// The base IRI, ending in `/` or `#`.
    public let base: String

    /// The base used when the user gives none.
    public static let defaultBase = "https://w3id.org/claimgraph/id/"

    /// Checks the base: an absolute IRI ending in `/` or `#`.
    /// - Throws: `GraphError.invalidBase`.
    public init(base: String = ResourceNaming.defaultBase) throws {
        guard IRI.isValid(base), base.hasSuffix("/") || base.hasSuffix("#") else {
            throw GraphError.invalidBase(base)
        }
        self.base = base
    }

    /// The namespace of one kind of resource (`{base}person/`).
    public func namespace(_ kind: Kind) -> IRI { IRI(unchecked: base + kind.rawValue + "/") }

    /// The kinds of instance, each with its own namespace and Turtle prefix.
    public enum Kind: String, CaseIterable, Sendable {
        case article, statement, person, country, outlet, organization, source
    }

    /// The prefixes for instance namespaces, declared after the vocabulary's.
    public var prefixes: [(name: String, namespace: IRI)] {
        Kind.allCases.map { ($0.rawValue, namespace($0)) }
    }

    public func article(_ id: String) -> IRI { mint(.article, IRIText.segment(id)) }
    public func country(_ code: String) -> IRI { mint(.country, IRIText.segment(code.uppercased())) }
    public func person(key: String) -> IRI { mint(.person, IRIText.slug(key)) }
    public func outlet(key: String) -> IRI { mint(.outlet, IRIText.slug(key)) }

    public func organization(name: String, countries: [String]) -> IRI {
        let slug = IRIText.slug(name)
        guard let first = countries.first else { return mint(.organization, slug) }
        return mint(.organization, first.lowercased() + "--" + slug)
    }

    public func unnamedSource(articleID: String, description: String) -> IRI {
        mint(.source, IRIText.segment(articleID) + "--" + IRIText.slug(description))
    }

    public func statement(articleID: String, content: Range<Int>, speaker: IRI) -> IRI {
        let hash = IRIText.shortHash(speaker.value)
        return mint(.statement, "\(IRIText.segment(articleID))-\(content.lowerBound)-\(content.upperBound)-\(hash)")
    }

    private func mint(_ kind: Kind, _ local: String) -> IRI {
        IRI(unchecked: base + kind.rawValue + "/" + (local.isEmpty ? "_" : local))
    }
}

/// Errors of the graph stage.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    case invalidBase(String)

    public var description: String {
        switch self {
        case .invalidBase(let base):
            return "invalid --base \(base.debugDescription): it must be an absolute IRI ending in '/' or '#'"
        }
    }
}
