/// How extracted attribution spans score against BRAT gold: exact and overlap
/// figures per component, per article, and every miss and false hit.
///
/// Made by `SpanScorer`; render it with `table()`, `details()` or `json()`.
public struct SpanReport: Sendable, Equatable {
    /// The corpus folder's name.
    public var corpus: String
    /// Source, cue and content figures, pooled over all articles, in that order.
    public var components: [ComponentScore]
    /// The same per article, in corpus order.
    public var articles: [ArticleSpanScore]
    /// Extracted statements over the corpus.
    public var statements: Int
    /// How the statements' source spans were obtained, by origin.
    public var sourceOrigins: [SpanOrigin: Int]
    /// How the statements' cue spans were obtained, by origin.
    public var cueOrigins: [SpanOrigin: Int]
    /// Every gold unit without an exact hit and every system unit that is not
    /// one, by article, then position.
    public var items: [SpanItem]

    /// The score of one component.
    public subscript(component: AttributionComponent) -> ComponentScore {
        components.first { $0.component == component }
            ?? ComponentScore(component: component, gold: 0, found: 0, exact: 0, overlap: 0)
    }
}

/// One component's unit counts and hits; `exact` and `overlap` as figures.
public struct ComponentScore: Sendable, Equatable {
    public var component: AttributionComponent
    /// Gold units.
    public var gold: Int
    /// System units.
    public var found: Int
    /// Units matched one to one on exact offsets.
    public var exactHits: Int
    /// Units matched one to one on sharing a character.
    public var overlapHits: Int
    /// System units dropped for lying inside a `Discard` region.
    public var discarded: Int

    public init(component: AttributionComponent, gold: Int, found: Int, exact: Int, overlap: Int,
                discarded: Int = 0) {
        self.component = component
        self.gold = gold
        self.found = found
        exactHits = exact
        overlapHits = overlap
        self.discarded = discarded
    }

    /// Exact precision, recall and F1.
    public var exact: Figure { Figure(gold: gold, found: found, matched: exactHits) }
    /// Overlap precision, recall and F1.
    public var overlap: Figure { Figure(gold: gold, found: found, matched: overlapHits) }

    /// Adds another score of the same component.
    mutating func add(_ other: ComponentScore) {
        gold += other.gold
        found += other.found
        exactHits += other.exactHits
        overlapHits += other.overlapHits
        discarded += other.discarded
    }
}

/// One article's component scores.
public struct ArticleSpanScore: Sendable, Equatable {
    public var id: String
    /// Source, cue and content, in that order.
    public var components: [ComponentScore]
}

/// A gold unit without an exact hit (a miss) or a system unit that is not
/// an exact hit (a false hit), with its overlap partner if it has one.
public struct SpanItem: Sendable, Equatable {
    public enum Side: String, Sendable {
        /// A gold unit: a miss.
        case gold
        /// A system unit: a false hit.
        case system
    }

    public var articleID: String
    public var component: AttributionComponent
    public var side: Side
    /// Its span, white space trimmed, in scalar offsets.
    public var span: Range<Int>
    /// The text of `span`.
    public var text: String
    /// The unit of the other side it is paired with under overlap matching.
    public var overlapPartner: Range<Int>?
    /// The text of `overlapPartner`.
    public var partnerText: String?
    /// The sentence around the span (see `SpanText.sentence(around:in:)`).
    public var sentence: Range<Int>
    /// The text of `sentence`.
    public var sentenceText: String
}
