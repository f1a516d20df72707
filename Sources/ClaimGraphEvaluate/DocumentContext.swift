import ClaimGraphExtract

/// One gold document beside its extraction: resolves names on both sides to labels.
struct DocumentContext {
    let gold: GoldDocument
    let extraction: DocumentExtraction
    let people: GoldPeople

    /// Normalized labels of the gold person named `speaker`: this document's
    /// name and aliases plus those the corpus gives the same canonical name.
    func goldPersonLabels(_ speaker: String) -> Set<String> {
        let key = NameNormalization.name(speaker)
        var labels: Set<String> = [key]
        let local = gold.persons.first { NameNormalization.name($0.name) == key }
            ?? gold.persons.first { $0.labels.map(NameNormalization.name).contains(key) }
        if let local {
            labels.formUnion(local.labels.map(NameNormalization.name))
            if let entry = people.entry(named: local.name) { labels.formUnion(entry.labels) }
        } else if let entry = people.entry(named: speaker) {
            labels.formUnion(entry.labels)
        }
        return labels
    }

    /// Normalized labels of the extracted person `name`, via its `PersonRecord`.
    func extractedPersonLabels(_ name: String) -> Set<String> {
        let key = NameNormalization.name(name)
        var labels: Set<String> = [key]
        let record = extraction.persons.first { $0.name == name }
            ?? extraction.persons.first { ([$0.name] + $0.aliases).map(NameNormalization.name).contains(key) }
        if let record { labels.formUnion(([record.name] + record.aliases).map(NameNormalization.name)) }
        return labels
    }

    /// Normalized labels of a gold outlet name, with the document's aliases for it.
    func goldOutletLabels(_ name: String) -> Set<String> {
        let key = NameNormalization.name(name)
        var labels: Set<String> = [key]
        for outlet in gold.outlets {
            let own = Set(outlet.labels.map(NameNormalization.name))
            if own.contains(key) { labels.formUnion(own) }
        }
        return labels
    }

    /// Normalized labels of an extracted outlet name, with its `OutletRecord` aliases.
    func extractedOutletLabels(_ name: String) -> Set<String> {
        let key = NameNormalization.name(name)
        var labels: Set<String> = [key]
        for outlet in extraction.outlets {
            let own = Set(([outlet.name] + outlet.aliases).map(NameNormalization.name))
            if outlet.name == name || own.contains(key) { labels.formUnion(own) }
        }
        return labels
    }

    /// Whether an extracted outlet name and a gold outlet name denote the same outlet.
    func outletsMatch(gold goldName: String, extracted name: String) -> Bool {
        !goldOutletLabels(goldName).isDisjoint(with: extractedOutletLabels(name))
    }

    /// Whether an extracted speaker is the gold statement's speaker (see `Scorer`).
    func speakersMatch(_ statement: GoldStatement, _ speaker: Speaker) -> Bool {
        switch (statement.speakerType, speaker) {
        case let (.person, .person(name)):
            return !goldPersonLabels(statement.speaker).isDisjoint(with: extractedPersonLabels(name))
        case let (.country, .country(code)):
            return countryCode(statement.speaker) == countryCode(code)
        case let (.organization, .organization(name)):
            let record = extraction.organizations.first { $0.name == name }
            let names = [name] + (record?.aliases ?? [])
            return namesOverlap(organizationNames(statement.speaker), names)
        case let (.organization, .outlet(name)):
            var names = Array(extractedOutletLabels(name))
            for outlet in gold.outlets where !Set(outlet.labels.map(NameNormalization.name)).isDisjoint(with: names) {
                names += outlet.labels
            }
            return namesOverlap(organizationNames(statement.speaker), names)
        case let (.anonymous, .unnamed(description)):
            return NameNormalization.wordsOverlap(descriptionWords(statement.speaker),
                                                  descriptionWords(description))
        default:
            return false
        }
    }

    /// A gold organization's name, plus the aliases of the gold outlet it names.
    private func organizationNames(_ speaker: String) -> [String] {
        let key = NameNormalization.name(speaker)
        var names = [speaker]
        for outlet in gold.outlets where outlet.labels.map(NameNormalization.name).contains(key) {
            names += outlet.labels
        }
        return names
    }

    /// Whether some name of one side equals or contains, as whole words, some name of the other.
    private func namesOverlap(_ gold: [String], _ extracted: [String]) -> Bool {
        let extractedWords = extracted.map(NameNormalization.words)
        return gold.map(NameNormalization.words).contains { g in
            extractedWords.contains { NameNormalization.wordsOverlap(g, $0) }
        }
    }
}

/// Leading articles dropped from descriptions of unnamed speakers.
private let leadingArticles: Set<String> = ["a", "an", "the", "some"]

/// The words of a description without its leading articles ("the officials" → ["officials"]).
func descriptionWords(_ description: String) -> [String] {
    var words = NameNormalization.words(description)[...]
    while words.count > 1, let first = words.first, leadingArticles.contains(first) {
        words = words.dropFirst()
    }
    return Array(words)
}
