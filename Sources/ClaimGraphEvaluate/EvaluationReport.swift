import ClaimGraphExtract

/// How an extraction scores against gold: the figures, and every miss and false hit.
///
/// Render it with `table()`, `details(articles:)` or `json()`.
public struct EvaluationReport: Sendable, Equatable {
    /// The gold corpus name.
    public var corpus: String
    /// Distinct people over the corpus.
    public var persons: Figure
    /// (person, country) pairs over the corpus.
    public var affiliations: Figure
    /// Statements whose speaker is a person (gold `person`, extracted `.person`).
    public var statementsCore: Figure
    /// Statements of every speaker.
    public var statementsExtended: Figure
    /// Polarity over matched core statements.
    public var polarityCore: AccuracyFigure
    /// Polarity over all matched statements.
    public var polarity: AccuracyFigure
    /// (statement, outlet) pairs over all statements.
    public var reportedBy: Figure
    /// Statement figures (all speakers) per gold document, in gold order.
    public var documents: [DocumentScore]

    public var missedPersons: [PersonItem]
    public var spuriousPersons: [PersonItem]
    public var missedAffiliations: [AffiliationItem]
    public var spuriousAffiliations: [AffiliationItem]
    public var missedStatements: [StatementMiss]
    public var spuriousStatements: [StatementFalseHit]
    /// Matched statements whose polarity disagrees with gold.
    public var polarityErrors: [PolarityError]
    /// Gold outlets missing from matched statements.
    public var missedReports: [ReportMiss]
    /// Extracted outlets of matched statements that gold does not credit.
    public var spuriousReports: [ReportFalseHit]
}

/// Precision, recall and F1 of one figure.
public struct Figure: Sendable, Equatable {
    /// Items in gold.
    public var gold: Int
    /// Items extracted.
    public var found: Int
    /// Items matched one to one.
    public var matched: Int

    public init(gold: Int, found: Int, matched: Int) {
        self.gold = gold
        self.found = found
        self.matched = matched
    }

    /// `matched / found`; `nil` when nothing was found.
    public var precision: Double? { found == 0 ? nil : Double(matched) / Double(found) }
    /// `matched / gold`; `nil` when gold is empty.
    public var recall: Double? { gold == 0 ? nil : Double(matched) / Double(gold) }
    /// The harmonic mean of precision and recall; 0 when both are 0, `nil` when either is undefined.
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// Agreement over a set of matched items.
public struct AccuracyFigure: Sendable, Equatable {
    /// Matched items whose values agree.
    public var agreed: Int
    /// Matched items.
    public var total: Int

    public init(agreed: Int, total: Int) {
        self.agreed = agreed
        self.total = total
    }

    /// `agreed / total`; `nil` when nothing matched.
    public var accuracy: Double? { total == 0 ? nil : Double(agreed) / Double(total) }
}

/// Statement counts for one gold document.
public struct DocumentScore: Sendable, Equatable {
    public var id: String
    /// Whether any extraction had this id.
    public var extracted: Bool
    public var statements: Figure
}

/// A person, by the name the report shows, with the documents that mention them.
public struct PersonItem: Sendable, Equatable {
    public var name: String
    public var documentIDs: [String]
}

/// A (person, country) pair.
public struct AffiliationItem: Sendable, Equatable {
    public var person: String
    public var country: String
}

/// A gold statement no extracted statement matched.
public struct StatementMiss: Sendable, Equatable {
    public var documentID: String
    public var statement: GoldStatement
}

/// An extracted statement that matched no gold statement.
public struct StatementFalseHit: Sendable, Equatable {
    public var documentID: String
    public var statement: StatementRecord
}

/// A matched statement whose polarity disagrees with gold.
public struct PolarityError: Sendable, Equatable {
    public var documentID: String
    public var gold: GoldStatement
    public var extracted: StatementRecord
}

/// A gold outlet a matched statement lacks.
public struct ReportMiss: Sendable, Equatable {
    public var documentID: String
    public var statement: GoldStatement
    public var outlet: String
}

/// An outlet on a matched statement that gold does not credit.
public struct ReportFalseHit: Sendable, Equatable {
    public var documentID: String
    public var statement: StatementRecord
    public var outlet: String
}
