/// One attribution rule: it looks at a sentence (and its parse, when the sentence has one),
/// records the attributions it finds through `Attributor.record`, and the candidates it lets
/// go through `Attributor.reject`, with the reason.
///
/// Every statement carries the name of the sieve that made it (`cg:sieve` in the export);
/// `claimgraph explain` prints both per sentence.
protocol SentenceSieve: Sendable {
    var name: String { get }
    func apply(sentence si: Int, tree: SentenceTree?, to attributor: Attributor)
}

/// A sieve that reads the whole document once the sentence sieves have run.
protocol DocumentSieve: Sendable {
    var name: String { get }
    func apply(to attributor: Attributor)
}

/// The fixed order the sieves run in: the most specific frames first, so that a later,
/// more general sieve finds their cues and quotes already used.
enum SieveOrder {
    static let sentenceSieves: [any SentenceSieve] = [
        HeadlineSeparatorSieve(),
        ReportingVerbSieve(),
        AccordingToSieve(),
        NounCueSieve(),
    ]
    static let documentSieves: [any DocumentSieve] = [
        QuoteContinuationSieve(),
    ]

    /// Every sieve's name, in order.
    static var names: [String] { sentenceSieves.map(\.name) + documentSieves.map(\.name) }
}

/// The sieves' names in the order they run, for the command line's help.
public enum SieveNames {
    public static var all: [String] { SieveOrder.names }
}

/// The reporting-verb sieve's content rules in the order it tries them, for the command line's help.
public enum ContentRuleNames {
    public static var all: [String] { ContentRule.allCases.map(\.rawValue) }
}
