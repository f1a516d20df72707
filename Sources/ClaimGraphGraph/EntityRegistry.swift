import ClaimGraphModel

/// The entities seen so far, merged across documents by IRI.
///
/// It holds one entry per distinct person, country, outlet and organization,
/// never the documents or statements, so memory grows with the number of
/// entities, not with the corpus. Labels are chosen when the run ends.
struct EntityRegistry {
    /// Names seen for one entity, with counts, and what the texts tie it to.
    struct Entry {
        var kind: ResourceNaming.Kind
        var names: [String: Int] = [:]
        var aliases: Set<String> = []
        var roles: Set<String> = []
        var countries: Set<String> = []
        var countryCode: String? = nil

        /// The canonical label: the most frequent name, then the longest, then
        /// the first in code-point order, so the choice never depends on input order.
        var label: String {
            names.max { a, b in
                if a.value != b.value { return a.value < b.value }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return a.key > b.key
            }?.key ?? ""
        }

        /// Every other surface form, sorted.
        var altLabels: [String] {
            let label = self.label
            return Set(names.keys).union(aliases).subtracting([label]).sorted()
        }
    }

    private(set) var entries: [IRI: Entry] = [:]

    /// Counts one sighting of `name` for the entity at `iri`.
    mutating func note(_ iri: IRI, kind: ResourceNaming.Kind, name: String, aliases: [String] = [],
                       roles: [String] = [], countries: [String] = [], countryCode: String? = nil) {
        var entry = entries[iri] ?? Entry(kind: kind)
        // A surface form without a letter ("." from a broken parse) names nothing.
        func hasLetter(_ text: String) -> Bool { text.unicodeScalars.contains { $0.properties.isAlphabetic } }
        if hasLetter(name) { entry.names[name, default: 0] += 1 }
        entry.aliases.formUnion(aliases.filter(hasLetter))
        entry.roles.formUnion(roles.filter(hasLetter))
        entry.countries.formUnion(countries)
        if let countryCode { entry.countryCode = countryCode }
        entries[iri] = entry
    }

    /// The entries in IRI order.
    var sorted: [(iri: IRI, entry: Entry)] {
        entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
