#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimGraphModel

/// Deterministic instance IRIs: the same entity or statement gets the same
/// IRI in every run, every format and every shard of a corpus.
///
/// ```
/// person:    {base}person/hossein-amirabdollahian   (the slug of the person key)
/// country:   {base}country/IR
/// outlet:    {base}outlet/reuters
/// org:       {base}organization/ru--russian-embassy-in-tehran
/// source:    {base}source/{article id}--an-official-from-a-european-country
/// article:   {base}article/{article id, percent-encoded}
/// statement: {base}statement/{article id}-{start}-{end}-{speaker hash}
/// name:      {base}name/person.jake-sullivan.{spelling hash}   (shard exports only)
/// ```
/// A person's key keeps its letters as written (`NameKey.spelling`), so its
/// slug reads like the name; a key whose slug would not give it back (a
/// letter outside the slug's alphabet) gets `_` and a hash of the key, so two
/// keys never share an IRI and the IRI stays a function of the key alone.
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
        namespaceBytes = Kind.allCases.map { ($0, Array((base + $0.rawValue + "/").utf8)) }
    }

    /// `{base}{kind}/` of every kind, as bytes, for `kind(of:)`.
    private let namespaceBytes: [(Kind, [UInt8])]

    /// The namespace of one kind of resource (`{base}person/`).
    public func namespace(_ kind: Kind) -> IRI { IRI(unchecked: base + kind.rawValue + "/") }

    /// The kinds of instance, each with its own namespace and Turtle prefix.
    public enum Kind: String, CaseIterable, Sendable {
        case article, statement, person, country, outlet, organization, source
        /// The spellings of an entity's name, in shard exports.
        case name
    }

    /// The prefixes for instance namespaces, declared after the vocabulary's;
    /// `name:` only for a shard export, the only one with names.
    public func prefixes(shard: Bool = false) -> [(name: String, namespace: IRI)] {
        Kind.allCases.filter { shard || $0 != .name }.map { ($0.rawValue, namespace($0)) }
    }

    public func article(_ id: String) -> IRI { mint(.article, IRIText.segment(id)) }
    public func country(_ code: String) -> IRI { mint(.country, IRIText.segment(code.uppercased())) }
    public func person(key: String) -> IRI {
        let slug = IRIText.slug(key)
        let readsBack = IRIText.slugReadsBack(slug, key)
        return mint(.person, readsBack ? slug : slug + "_" + IRIText.shortHash(key))
    }
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

    /// The IRI of one spelling of an entity's name: `{base}name/{kind}.{local}.{hash}`,
    /// where `{base}{kind}/{local}` is the entity (a local name never holds `.`)
    /// and the hash is 16 hex digits of FNV-1a over the spelling's UTF-8.
    public func name(of entity: IRI, spelling: String) -> IRI? {
        guard let (kind, local) = split(entity).map({ ($0.kind, $0.local) }) else { return nil }
        var hash = FNV1a64()
        for byte in spelling.utf8 { hash.add(UInt64(byte)) }
        let digits = String(hash.value, radix: 16)
        return mint(.name, kind.rawValue + "." + local + "." + String(repeating: "0", count: 16 - digits.count) + digits)
    }

    /// The entity a name IRI (`name(of:spelling:)`) belongs to; nil for any other IRI.
    public func entity(ofName name: IRI) -> IRI? {
        let prefix = base + Kind.name.rawValue + "/"
        guard name.value.hasPrefix(prefix) else { return nil }
        let local = name.value.utf8.dropFirst(prefix.utf8.count)
        guard let firstDot = local.firstIndex(of: 0x2E), let lastDot = local.lastIndex(of: 0x2E),
              firstDot < lastDot,
              let kind = Kind(rawValue: String(decoding: local[..<firstDot], as: UTF8.self)), kind != .name
        else { return nil }
        let entityLocal = String(decoding: local[local.index(after: firstDot)..<lastDot], as: UTF8.self)
        return IRI(unchecked: base + kind.rawValue + "/" + entityLocal)
    }

    /// The kind of an instance IRI under this base (`{base}{kind}/…`); nil for any other IRI.
    public func kind(of iri: IRI) -> Kind? {
        var value = iri.value
        return value.withUTF8 { bytes in
            for (kind, namespace) in namespaceBytes where bytes.count >= namespace.count {
                let matches = namespace.withUnsafeBufferPointer { memcmp(bytes.baseAddress!, $0.baseAddress!, $0.count) == 0 }
                if matches { return kind }
            }
            return nil
        }
    }

    /// The kind and local name of an instance IRI under this base.
    public func split(_ iri: IRI) -> (kind: Kind, local: String)? {
        guard iri.value.hasPrefix(base) else { return nil }
        let rest = iri.value.utf8.dropFirst(base.utf8.count)
        guard let slash = rest.firstIndex(of: 0x2F),
              let kind = Kind(rawValue: String(decoding: rest[..<slash], as: UTF8.self)) else { return nil }
        return (kind, String(decoding: rest[rest.index(after: slash)...], as: UTF8.self))
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
