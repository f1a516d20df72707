import ClaimGraphExtract

/// Scores extracted statements against BRAT attribution gold, span by span,
/// as the corpus README defines it (PolNeAR's published scoring).
///
/// Per component (source, cue, content) separately, pooled over all articles
/// (micro average):
/// - Gold units: every contiguous fragment of a gold span of that type (`T`
///   lines typed Source, Cue, Content; a discontinuous `s1 e1;s2 e2` gives two
///   units), whether or not an event uses it.
/// - System units: one span per statement and component (see
///   `StatementSpans`); none when it has none.
/// - Both sides: surrounding white space trimmed; within an article a span
///   that occurs twice on one side (two statements sharing the speaker "he"
///   and cue "said", or one gold fragment written twice) is one unit: a unit
///   is a stretch of text marked as that component, not an attribution.
///   System units lying wholly inside a `Discard` region are dropped and
///   counted apart, since gold never annotates there.
/// - Exact: a hit is a gold and a system unit with the same offsets.
///   Overlap: a hit is a pair sharing at least one character.
/// - Hits are a one-to-one matching, the largest there is (for overlap a
///   maximum bipartite matching; for exact equal offsets, which pair one to
///   one already): each gold unit is hit at most once and each system unit
///   counts once. So one long system span over two gold contents is one hit
///   and one miss, and two system spans inside one gold content are one hit
///   and one false hit. Every exact hit is an overlap pair, so overlap hits ≥
///   exact hits.
/// - Precision = hits / system units, recall = hits / gold units, F1 their
///   harmonic mean; each undefined (`nil`) when its denominator is 0.
///
/// Extractions are matched to articles by id; several with one id are read as
/// one; those of ids the corpus lacks are ignored; an article without one has
/// no system units.
public struct SpanScorer: Sendable {
    public let corpus: BratCorpus

    public init(corpus: BratCorpus) {
        self.corpus = corpus
    }

    public func score(_ extractions: [DocumentExtraction]) -> SpanReport {
        var statementsByID: [String: [StatementRecord]] = [:]
        for extraction in extractions {
            statementsByID[extraction.articleID, default: []] += extraction.statements
        }
        var report = SpanReport(
            corpus: corpus.name,
            components: AttributionComponent.allCases.map {
                ComponentScore(component: $0, gold: 0, found: 0, exact: 0, overlap: 0)
            },
            articles: [], statements: 0, sourceOrigins: [:], cueOrigins: [:], items: [])
        for document in corpus.documents {
            let statements = statementsByID[document.id] ?? []
            report.statements += statements.count
            let scored = Self.score(document, statements, into: &report)
            report.articles.append(ArticleSpanScore(id: document.id, components: scored))
            for (index, score) in scored.enumerated() { report.components[index].add(score) }
        }
        return report
    }

    /// Scores one article's components, noting origins and items in `report`.
    private static func score(_ document: BratDocument, _ statements: [StatementRecord],
                              into report: inout SpanReport) -> [ComponentScore] {
        let scalars = Array(document.text.unicodeScalars)
        let spans = statements.map { StatementSpans($0, in: scalars) }
        for s in spans {
            report.sourceOrigins[s.sourceOrigin, default: 0] += 1
            report.cueOrigins[s.cueOrigin, default: 0] += 1
        }
        let discard = document.spans(of: .discard).flatMap(\.fragments)
        var items: [SpanItem] = []
        var scores: [ComponentScore] = []
        for component in AttributionComponent.allCases {
            let gold = units(document.spans(of: component.goldType).flatMap(\.fragments), scalars)
            var system = units(spans.flatMap { $0[component] }, scalars)
            let before = system.count
            system.removeAll { unit in discard.contains { $0.contains(unit.lowerBound) && unit.upperBound <= $0.upperBound } }
            let matching = UnitMatching(gold: gold, system: system)
            scores.append(ComponentScore(component: component, gold: gold.count, found: system.count,
                                         exact: matching.exactHits, overlap: matching.overlapHits,
                                         discarded: before - system.count))
            items += matching.items(article: document.id, component: component, scalars: scalars)
        }
        // By position, gold before system, then component order: deterministic.
        func key(_ item: SpanItem) -> (Int, Int, Int, Int) {
            (item.span.lowerBound, item.side == .gold ? 0 : 1, item.span.upperBound,
             AttributionComponent.allCases.firstIndex(of: item.component)!)
        }
        report.items += items.sorted { key($0) < key($1) }
        return scores
    }

    /// Distinct trimmed spans in text order.
    static func units(_ spans: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        Set(spans.compactMap { SpanText.trimmed($0, in: scalars) })
            .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
