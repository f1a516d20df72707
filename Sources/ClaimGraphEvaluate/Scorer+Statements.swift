import ClaimGraphExtract

extension Scorer {
    /// Scores one document's statements, polarity and reported-by pairs.
    func scoreStatements(_ context: DocumentContext, extracted: Bool, into report: inout EvaluationReport) {
        let goldStatements = context.gold.statements
        // What the graph exports as claims and denials (the gold marks those).
        let found = context.extraction.statements.filter(\.isExportedSpeechAct)
        let candidates = goldStatements.map { statement in
            found.indices
                .filter { context.speakersMatch(statement, found[$0].speaker)
                    && NameNormalization.contentContains(found[$0].text, cue: statement.cue) }
                .map { ($0, Self.quality(of: found[$0], for: statement, in: context)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                .map(\.0)
        }
        let partner = maximumMatching(candidates: candidates, rightCount: found.count)
        let matchedFound = Set(partner.compactMap { $0 })
        let id = context.gold.id

        let document = Figure(gold: goldStatements.count, found: found.count, matched: matchedFound.count)
        report.documents.append(DocumentScore(id: id, extracted: extracted, statements: document))
        report.statementsExtended.gold += goldStatements.count
        report.statementsExtended.found += found.count
        report.statementsExtended.matched += matchedFound.count
        report.statementsCore.gold += goldStatements.filter { $0.speakerType == .person }.count
        report.statementsCore.found += found.filter(\.speaker.isPerson).count

        for (index, statement) in goldStatements.enumerated() {
            let outlets = uniqueOutlets(statement.outlets, by: NameNormalization.name)
            report.reportedBy.gold += outlets.count
            guard let match = partner[index] else {
                report.missedStatements.append(StatementMiss(documentID: id, statement: statement))
                continue
            }
            let record = found[match]
            let core = statement.speakerType == .person
            let agrees = statement.type.agrees(with: record.polarity)
            if core { report.statementsCore.matched += 1 }
            report.polarity.total += 1
            report.polarity.agreed += agrees ? 1 : 0
            if core {
                report.polarityCore.total += 1
                report.polarityCore.agreed += agrees ? 1 : 0
            }
            if !agrees {
                report.polarityErrors.append(PolarityError(documentID: id, gold: statement, extracted: record))
            }
            let extractedOutlets = uniqueOutlets(record.outlets, by: { $0 })
            let outletCandidates = outlets.map { goldOutlet in
                extractedOutlets.indices.filter { context.outletsMatch(gold: goldOutlet, extracted: extractedOutlets[$0]) }
            }
            let outletPartner = maximumMatching(candidates: outletCandidates, rightCount: extractedOutlets.count)
            report.reportedBy.matched += outletPartner.compactMap { $0 }.count
            for (outletIndex, outlet) in outlets.enumerated() where outletPartner[outletIndex] == nil {
                report.missedReports.append(ReportMiss(documentID: id, statement: statement, outlet: outlet))
            }
            let matchedOutlets = Set(outletPartner.compactMap { $0 })
            for (outletIndex, outlet) in extractedOutlets.enumerated() where !matchedOutlets.contains(outletIndex) {
                report.spuriousReports.append(ReportFalseHit(documentID: id, statement: record, outlet: outlet))
            }
        }
        for (index, record) in found.enumerated() {
            report.reportedBy.found += uniqueOutlets(record.outlets, by: { $0 }).count
            if !matchedFound.contains(index) {
                report.spuriousStatements.append(StatementFalseHit(documentID: id, statement: record))
            }
        }
    }

    /// How well an extracted statement fits a gold one, for ordering candidates (higher is better).
    static func quality(of record: StatementRecord, for statement: GoldStatement,
                        in context: DocumentContext) -> StatementQuality {
        let outlets = statement.outlets.filter { goldOutlet in
            record.outlets.contains { context.outletsMatch(gold: goldOutlet, extracted: $0) }
        }
        return StatementQuality(agrees: statement.type.agrees(with: record.polarity),
                                outlets: outlets.count,
                                length: record.text.unicodeScalars.count)
    }
}

/// The ordering of candidate statements: agreeing polarity, then more matching
/// outlets, then shorter text.
struct StatementQuality: Comparable {
    var agrees: Bool
    var outlets: Int
    var length: Int

    static func < (a: StatementQuality, b: StatementQuality) -> Bool {
        if a.agrees != b.agrees { return !a.agrees }
        if a.outlets != b.outlets { return a.outlets < b.outlets }
        return a.length > b.length
    }
}

extension Speaker {
    /// Whether the speaker is a named person (the core scores).
    var isPerson: Bool {
        if case .person = self { true } else { false }
    }
}

/// The outlet names with duplicates (by `key`) removed, first kept.
private func uniqueOutlets(_ names: [String], by key: (String) -> String) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert(key($0)).inserted }
}
