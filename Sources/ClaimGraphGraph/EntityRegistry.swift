import ClaimGraphModel

/// The entities seen so far, merged across documents by IRI.
///
/// It holds one entry per distinct person, country, outlet and organization,
/// never the documents or statements, so memory grows with the number of
/// entities, not with the corpus. Labels are chosen when the run ends.
struct EntityRegistry {
    /// Names seen for one entity, with counts, and what the texts tie it to.
    ///
    /// Everything here is a union over documents (sets, and per spelling the
    /// number of documents that use it), so the entry of a corpus is the same
    /// whether it is gathered in one run or united from shard exports
    /// (`ShardMerger`): the one place both choose a label from.
    struct Entry: Equatable {
        var kind: ResourceNaming.Kind
        /// Each spelling of the name, with the number of documents that use it.
        var names: [String: Int] = [:]
        var aliases: Set<String> = []
        var roles: Set<String> = []
        var countries: Set<String> = []
        var countryCode: String? = nil

        /// The canonical label: the spelling used by the most documents, then
        /// the one with the most characters (Unicode scalars), then the first in
        /// UTF-8 byte order, so the choice depends on the documents that name
        /// the entity and never on their order or on the other documents.
        var label: String {
            names.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let scalarsA = a.key.unicodeScalars.count, scalarsB = b.key.unicodeScalars.count
                if scalarsA != scalarsB { return scalarsA < scalarsB }
                return b.key.utf8.lexicographicallyPrecedes(a.key.utf8)
            }?.key ?? ""
        }

        /// Every other surface form, in UTF-8 byte order.
        var altLabels: [String] {
            let label = self.label
            return Set(names.keys).union(aliases).subtracting([label]).sorted(by: EntityRegistry.utf8Order)
        }
    }

    private(set) var entries: [IRI: Entry] = [:]
    /// The (entity, spelling) pairs the current document has counted.
    private var counted: Set<Sighting> = []

    private struct Sighting: Hashable {
        var iri: IRI
        var name: String
    }

    /// Starts counting a new document: each spelling counts once per document.
    mutating func beginDocument() { counted.removeAll(keepingCapacity: true) }

    /// Counts one sighting of `name` for the entity at `iri`.
    /// - Returns: `name` when it is a spelling this document had not yet counted for the entity.
    @discardableResult
    mutating func note(_ iri: IRI, kind: ResourceNaming.Kind, name: String, aliases: [String] = [],
                       roles: [String] = [], countries: [String] = [], countryCode: String? = nil) -> String? {
        var entry = entries[iri] ?? Entry(kind: kind)
        var counts: String? = nil
        if Self.namesSomething(name), counted.insert(Sighting(iri: iri, name: name)).inserted {
            entry.names[name, default: 0] += 1
            counts = name
        }
        entry.aliases.formUnion(aliases.filter(Self.namesSomething))
        entry.roles.formUnion(roles.filter(Self.namesSomething))
        entry.countries.formUnion(countries)
        if let countryCode { entry.countryCode = countryCode }
        entries[iri] = entry
        return counts
    }

    /// A surface form without a letter ("." from a broken parse) names nothing.
    static func namesSomething(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The order of IRIs and strings in every export: their UTF-8 bytes, as an external sort orders lines.
    static func utf8Order(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// The entries in IRI order (UTF-8 bytes).
    var sorted: [(iri: IRI, entry: Entry)] {
        entries.sorted { Self.utf8Order($0.key.value, $1.key.value) }.map { ($0.key, $0.value) }
    }
}
