import Foundation

extension SpanReport {
    /// The figures as pretty-printed JSON with sorted keys, for scripts.
    ///
    ///     {"corpus": "dev", "statements": 10,
    ///      "figures": {"source": {"gold": 12, "found": 10, "discarded": 0,
    ///                             "exact": {"matched": 6, "precision": 0.6, "recall": 0.5, "f1": 0.5455},
    ///                             "overlap": {...}}, "cue": {...}, "content": {...}},
    ///      "origins": {"source": {"located": 9, "not_found": 1}, "cue": {...}},
    ///      "articles": [{"id": "a", "figures": {"source": {...}, ...}}, ...],
    ///      "items": [...]}
    ///
    /// Ratios have four decimals; undefined ones are `null`. `items` (every
    /// miss and false hit, with offsets, texts and the sentence) only with
    /// `details`.
    public func json(details: Bool = false) -> String {
        let payload = SpanPayload(
            corpus: corpus, statements: statements,
            figures: figures(components),
            origins: ["source": origins(sourceOrigins), "cue": origins(cueOrigins)],
            articles: articles.map { ArticlePayload(id: $0.id, figures: figures($0.components)) },
            items: details ? items.map(ItemPayload.init) : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}

private func figures(_ scores: [ComponentScore]) -> [String: ComponentPayload] {
    Dictionary(uniqueKeysWithValues: scores.map { score in
        (score.component.rawValue,
         ComponentPayload(gold: score.gold, found: score.found, discarded: score.discarded,
                          exact: RatioPayload(score.exact), overlap: RatioPayload(score.overlap)))
    })
}

private func origins(_ counts: [SpanOrigin: Int]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
}

private struct SpanPayload: Encodable {
    var corpus: String
    var statements: Int
    var figures: [String: ComponentPayload]
    var origins: [String: [String: Int]]
    var articles: [ArticlePayload]
    var items: [ItemPayload]?
}

private struct ArticlePayload: Encodable {
    var id: String
    var figures: [String: ComponentPayload]
}

private struct ComponentPayload: Encodable {
    var gold: Int
    var found: Int
    var discarded: Int
    var exact: RatioPayload
    var overlap: RatioPayload
}

private struct RatioPayload: Encodable {
    var matched: Int
    var precision: Double?
    var recall: Double?
    var f1: Double?

    init(_ figure: Figure) {
        matched = figure.matched
        precision = rounded(figure.precision)
        recall = rounded(figure.recall)
        f1 = rounded(figure.f1)
    }

    enum CodingKeys: String, CodingKey { case matched, precision, recall, f1 }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(matched, forKey: .matched)
        // Undefined ratios are written as null, not left out.
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
    }
}

private struct ItemPayload: Encodable {
    var article: String
    var component: String
    /// "miss" (gold) or "false" (system).
    var kind: String
    var start: Int
    var end: Int
    var text: String
    var overlaps: [Int]?
    var overlapText: String?
    var sentence: String

    init(_ item: SpanItem) {
        article = item.articleID
        component = item.component.rawValue
        kind = item.side == .gold ? "miss" : "false"
        start = item.span.lowerBound
        end = item.span.upperBound
        text = item.text
        overlaps = item.overlapPartner.map { [$0.lowerBound, $0.upperBound] }
        overlapText = item.partnerText
        sentence = item.sentenceText
    }
}
