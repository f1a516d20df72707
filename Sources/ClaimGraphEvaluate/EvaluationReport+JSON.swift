import Foundation

extension EvaluationReport {
    /// The figures as pretty-printed JSON with sorted keys, for scripts.
    ///
    ///     {"corpus": "sample", "documents": [{"extracted": true, "found": 3, "gold": 19, "id": "a.txt", "matched": 2}],
    ///      "figures": {"persons": {"f1": 0.9231, "found": 20, "gold": 19, "matched": 18,
    ///                  "precision": 0.9, "recall": 0.9474}, ...,
    ///                  "polarity": {"accuracy": 0.9091, "agreed": 40, "total": 44}}}
    ///
    /// Ratios have four decimals; undefined ones are `null`.
    public func json() -> String {
        let payload = Payload(
            corpus: corpus,
            documents: documents.map {
                DocumentPayload(id: $0.id, extracted: $0.extracted, gold: $0.statements.gold,
                                found: $0.statements.found, matched: $0.statements.matched)
            },
            figures: [
                "persons": .ratio(persons),
                "affiliations": .ratio(affiliations),
                "statements_core": .ratio(statementsCore),
                "statements_extended": .ratio(statementsExtended),
                "reported_by": .ratio(reportedBy),
                "polarity_core": .accuracy(polarityCore),
                "polarity": .accuracy(polarity),
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}

private struct Payload: Encodable {
    var corpus: String
    var documents: [DocumentPayload]
    var figures: [String: FigurePayload]
}

private struct DocumentPayload: Encodable {
    var id: String
    var extracted: Bool
    var gold: Int
    var found: Int
    var matched: Int
}

private enum FigurePayload: Encodable {
    case ratio(Figure)
    case accuracy(AccuracyFigure)

    enum Keys: String, CodingKey {
        case gold, found, matched, precision, recall, f1, agreed, total, accuracy
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case let .ratio(figure):
            try c.encode(figure.gold, forKey: .gold)
            try c.encode(figure.found, forKey: .found)
            try c.encode(figure.matched, forKey: .matched)
            try c.encode(rounded(figure.precision), forKey: .precision)
            try c.encode(rounded(figure.recall), forKey: .recall)
            try c.encode(rounded(figure.f1), forKey: .f1)
        case let .accuracy(figure):
            try c.encode(figure.agreed, forKey: .agreed)
            try c.encode(figure.total, forKey: .total)
            try c.encode(rounded(figure.accuracy), forKey: .accuracy)
        }
    }
}

/// A ratio rounded to four decimals; `nil` stays `nil` (encoded as `null`).
func rounded(_ value: Double?) -> Double? {
    value.map { ($0 * 10_000).rounded() / 10_000 }
}
