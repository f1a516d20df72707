import ClaimGraphExtract

/// Scores extractions against a gold corpus, following `shared/gold/FORMAT.md`.
///
/// - Documents are matched by id. Extractions whose id gold lacks are ignored;
///   gold documents without an extraction count as misses. Several extractions
///   with one id are read as one.
/// - Persons: extracted persons are merged over the corpus when their normalized
///   labels (name and aliases) overlap; gold people are one per canonical name.
///   An extracted person matches a gold person when their labels share one;
///   matching is one to one (a maximum matching), so a person extracted twice
///   counts one false hit.
/// - Affiliations: (person, country) pairs; an extracted pair matches when its
///   person is matched to a gold person holding the same alpha-2 code.
/// - Statements, per document: same speaker and the extracted text contains the
///   cue after `NameNormalization.content(_:)`; a maximum one-to-one matching
///   where each gold statement prefers, in order, agreeing polarity, more
///   matching outlets, shorter text, earlier position.
/// - Speakers: person ↔ `.person` (labels of its `PersonRecord` meet the gold
///   person's labels); country ↔ `.country` (codes equal); organization ↔
///   `.organization` or `.outlet` (normalized names equal or one contains the
///   other as whole words); anonymous ↔ `.unnamed` (descriptions, leading
///   articles dropped, equal or one contains the other as whole words).
/// - Core counts person speakers only; extended counts all.
/// - Reported by: (statement, outlet) pairs; a pair matches when its statement
///   matched and the outlet matches one of the gold statement's outlets by
///   normalized name or alias, one to one.
public struct Scorer: Sendable {
    public let gold: GoldCorpus

    public init(gold: GoldCorpus) {
        self.gold = gold
    }

    /// Scores the extractions of (some of) the gold documents.
    public func score(_ extractions: [DocumentExtraction]) -> EvaluationReport {
        let goldIDs = Set(gold.documents.map(\.id))
        var byID: [String: DocumentExtraction] = [:]
        for extraction in extractions where goldIDs.contains(extraction.articleID) {
            if var merged = byID[extraction.articleID] {
                merged.persons += extraction.persons
                merged.organizations += extraction.organizations
                merged.outlets += extraction.outlets
                merged.statements += extraction.statements
                byID[extraction.articleID] = merged
            } else {
                byID[extraction.articleID] = extraction
            }
        }
        let people = GoldPeople(gold)
        let contexts = gold.documents.map { document in
            DocumentContext(gold: document,
                            extraction: byID[document.id] ?? DocumentExtraction(articleID: document.id),
                            people: people)
        }

        var report = EvaluationReport(
            corpus: gold.corpus,
            persons: Figure(gold: 0, found: 0, matched: 0), affiliations: Figure(gold: 0, found: 0, matched: 0),
            statementsCore: Figure(gold: 0, found: 0, matched: 0),
            statementsExtended: Figure(gold: 0, found: 0, matched: 0),
            polarityCore: AccuracyFigure(agreed: 0, total: 0), polarity: AccuracyFigure(agreed: 0, total: 0),
            reportedBy: Figure(gold: 0, found: 0, matched: 0), documents: [],
            missedPersons: [], spuriousPersons: [], missedAffiliations: [], spuriousAffiliations: [],
            missedStatements: [], spuriousStatements: [], polarityErrors: [],
            missedReports: [], spuriousReports: [])
        scorePersons(people: people, contexts: contexts, into: &report)
        for context in contexts {
            scoreStatements(context, extracted: byID[context.gold.id] != nil, into: &report)
        }
        return report
    }
}
