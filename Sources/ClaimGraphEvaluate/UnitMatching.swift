/// The one-to-one matchings of one article's gold and system units for one
/// component: exact (equal offsets) and overlap (sharing a character).
///
/// Units on each side must be distinct. The overlap matching is a maximum
/// bipartite matching in which each gold unit tries, in order, the system
/// unit with its very offsets, then those sharing more characters, then the
/// earlier; so the pairs shown in details are the natural ones.
struct UnitMatching {
    let gold: [Range<Int>]
    let system: [Range<Int>]
    /// Gold units whose offsets some system unit has.
    let exact: Set<Range<Int>>
    /// For each gold unit, its overlap partner's index in `system`.
    let overlapPartner: [Int?]

    init(gold: [Range<Int>], system: [Range<Int>]) {
        self.gold = gold
        self.system = system
        exact = Set(gold).intersection(system)
        let candidates = gold.map { unit in
            system.indices.filter { SpanText.overlap(unit, system[$0]) }
                .sorted { a, b in
                    let ka = (system[a] == unit ? 0 : 1, -SpanText.shared(unit, system[a]), a)
                    let kb = (system[b] == unit ? 0 : 1, -SpanText.shared(unit, system[b]), b)
                    return ka < kb
                }
        }
        overlapPartner = maximumMatching(candidates: candidates, rightCount: system.count)
    }

    var exactHits: Int { exact.count }
    var overlapHits: Int { overlapPartner.compactMap { $0 }.count }

    /// The gold units without an exact hit and the system units that are none.
    func items(article: String, component: AttributionComponent, scalars: [Unicode.Scalar]) -> [SpanItem] {
        var goldOf = [Int?](repeating: nil, count: system.count)
        for (g, s) in overlapPartner.enumerated() { if let s { goldOf[s] = g } }
        func item(_ side: SpanItem.Side, _ span: Range<Int>, _ partner: Range<Int>?) -> SpanItem {
            let sentence = SpanText.sentence(around: span, in: scalars)
            return SpanItem(articleID: article, component: component, side: side, span: span,
                            text: SpanText.string(scalars, span), overlapPartner: partner,
                            partnerText: partner.map { SpanText.string(scalars, $0) },
                            sentence: sentence, sentenceText: SpanText.string(scalars, sentence))
        }
        var items: [SpanItem] = []
        for (g, unit) in gold.enumerated() where !exact.contains(unit) {
            items.append(item(.gold, unit, overlapPartner[g].map { system[$0] }))
        }
        for (s, unit) in system.enumerated() where !exact.contains(unit) {
            items.append(item(.system, unit, goldOf[s].map { gold[$0] }))
        }
        return items
    }
}
