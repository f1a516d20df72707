import ClaimGraphExtract

/// Extracted persons merged over the corpus by shared normalized labels, or
/// by the merge key the graph uses (`NameKey.person`), so that the scorer
/// counts the people the export contains.
struct PersonCluster {
    /// The longest name among the merged records (first on ties).
    var name: String
    var labels: Set<String>
    var keys: Set<String>
    var countries: Set<String>
    var documentIDs: [String]
}

extension Scorer {
    /// Merges the extracted persons of the given documents, in document then record order.
    static func clusters(_ contexts: [DocumentContext]) -> [PersonCluster] {
        var clusters: [PersonCluster] = []
        for context in contexts {
            for record in context.extraction.persons {
                let labels = Set(([record.name] + record.aliases).map(NameNormalization.name)).subtracting([""])
                var merged = PersonCluster(name: record.name, labels: labels, keys: [NameKey.person(record.name)],
                                           countries: Set(record.countries.map(countryCode)),
                                           documentIDs: [context.gold.id])
                // Absorb every earlier cluster that shares a label, keeping the earliest position.
                var position: Int?
                for index in clusters.indices.reversed()
                    where !clusters[index].labels.isDisjoint(with: merged.labels) || !clusters[index].keys.isDisjoint(with: merged.keys) {
                    let other = clusters.remove(at: index)
                    merged.labels.formUnion(other.labels)
                    merged.keys.formUnion(other.keys)
                    merged.countries.formUnion(other.countries)
                    merged.documentIDs = orderedUnion(other.documentIDs, merged.documentIDs)
                    if other.name.count >= merged.name.count { merged.name = other.name }
                    position = index
                }
                clusters.insert(merged, at: position ?? clusters.count)
            }
        }
        return clusters
    }

    /// Scores persons and affiliations over the corpus.
    func scorePersons(people: GoldPeople, contexts: [DocumentContext], into report: inout EvaluationReport) {
        let goldPeople = people.entries
        let found = Self.clusters(contexts)
        let candidates: [[Int]] = goldPeople.map { person in
            var shared: [(index: Int, count: Int)] = []
            for (index, cluster) in found.enumerated() {
                let count = person.labels.intersection(cluster.labels).count
                if count > 0 { shared.append((index, count)) }
            }
            // Most shared labels first; earlier clusters win ties.
            return shared.enumerated()
                .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
                .map { $0.element.index }
        }
        let partner = maximumMatching(candidates: candidates, rightCount: found.count)
        let matchedClusters = Set(partner.compactMap { $0 })
        report.persons = Figure(gold: goldPeople.count, found: found.count, matched: matchedClusters.count)
        for (index, person) in goldPeople.enumerated() where partner[index] == nil {
            report.missedPersons.append(PersonItem(name: person.name, documentIDs: person.documentIDs))
        }
        for (index, cluster) in found.enumerated() where !matchedClusters.contains(index) {
            report.spuriousPersons.append(PersonItem(name: cluster.name, documentIDs: cluster.documentIDs))
        }

        var goldOfCluster: [Int: Int] = [:]
        for (goldIndex, clusterIndex) in partner.enumerated() {
            if let clusterIndex { goldOfCluster[clusterIndex] = goldIndex }
        }
        var affiliations = Figure(gold: 0, found: 0, matched: 0)
        for (index, person) in goldPeople.enumerated() {
            let extracted = partner[index].map { found[$0].countries } ?? []
            for code in person.countries.sorted() {
                affiliations.gold += 1
                if extracted.contains(code) {
                    affiliations.matched += 1
                } else {
                    report.missedAffiliations.append(AffiliationItem(person: person.name, country: code))
                }
            }
        }
        for (index, cluster) in found.enumerated() {
            let goldCountries = goldOfCluster[index].map { goldPeople[$0].countries } ?? []
            for code in cluster.countries.sorted() {
                affiliations.found += 1
                if !goldCountries.contains(code) {
                    report.spuriousAffiliations.append(AffiliationItem(person: cluster.name, country: code))
                }
            }
        }
        report.affiliations = affiliations
    }
}

/// `first` followed by the elements of `second` it lacks.
private func orderedUnion(_ first: [String], _ second: [String]) -> [String] {
    first + second.filter { !first.contains($0) }
}
