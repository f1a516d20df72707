import Foundation

/// The gold people of a corpus, one per canonical name, with every label and
/// country the documents give them.
struct GoldPeople: Sendable {
    struct Entry: Sendable {
        /// The canonical name as first written.
        var name: String
        /// Normalized name and aliases, over all documents.
        var labels: Set<String>
        /// Upper-case alpha-2 codes, over all documents.
        var countries: Set<String>
        var documentIDs: [String]
    }

    /// In order of first appearance.
    private(set) var entries: [Entry] = []
    private var indexByName: [String: Int] = [:]

    init(_ corpus: GoldCorpus) {
        for document in corpus.documents {
            for person in document.persons {
                let key = NameNormalization.name(person.name)
                let index: Int
                if let known = indexByName[key] {
                    index = known
                } else {
                    index = entries.count
                    indexByName[key] = index
                    entries.append(Entry(name: person.name, labels: [], countries: [], documentIDs: []))
                }
                entries[index].labels.formUnion(person.labels.map(NameNormalization.name))
                entries[index].countries.formUnion(person.countries.map(countryCode))
                if entries[index].documentIDs.last != document.id {
                    entries[index].documentIDs.append(document.id)
                }
            }
        }
    }

    /// The entry whose canonical name normalizes like `name`.
    func entry(named name: String) -> Entry? {
        indexByName[NameNormalization.name(name)].map { entries[$0] }
    }
}

/// An alpha-2 code trimmed and upper-cased.
func countryCode(_ code: String) -> String {
    code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
}
