import Foundation

extension SpanReport {
    /// The figures as a fixed-width table, then how the system spans were
    /// obtained; ends in a newline.
    ///
    ///     span     gold  found  exact  precision  recall     F1  overlap  precision  recall     F1
    ///     source     12     10      6      0.600   0.500  0.545        8      0.800   0.667  0.727
    ///     cue        ...
    ///     content    ...
    ///
    ///     4 articles, 10 statements; source spans: 9 located in the sentence, 1 not found in the sentence; ...
    ///
    /// `exact` and `overlap` are hit counts; undefined ratios print as `-`.
    public func table() -> String {
        var lines = [
            pad("span", 7) + right("gold", 6) + right("found", 7) + right("exact", 7) + right("precision", 11)
                + right("recall", 8) + right("F1", 7) + right("overlap", 9) + right("precision", 11)
                + right("recall", 8) + right("F1", 7),
        ]
        for score in components {
            let exact = score.exact, overlap = score.overlap
            lines.append(pad(score.component.rawValue, 7) + right(String(score.gold), 6)
                + right(String(score.found), 7) + right(String(score.exactHits), 7)
                + right(ratio(exact.precision), 11) + right(ratio(exact.recall), 8) + right(ratio(exact.f1), 7)
                + right(String(score.overlapHits), 9) + right(ratio(overlap.precision), 11)
                + right(ratio(overlap.recall), 8) + right(ratio(overlap.f1), 7))
        }
        lines.append("")
        lines.append(counted(articles.count, "article") + ", " + counted(statements, "statement") + "; source spans: "
            + describe(sourceOrigins) + "; cue spans: " + describe(cueOrigins))
        let discarded = components.filter { $0.discarded > 0 }
        if !discarded.isEmpty {
            lines.append("not counted, inside Discard regions: "
                + discarded.map { "\($0.component.rawValue) \($0.discarded)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// "1 article", "2 articles".
private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)" + (count == 1 ? "" : "s")
}

/// "9 located in the sentence, 1 not found in the sentence", in `SpanOrigin` order, zeros left out.
private func describe(_ origins: [SpanOrigin: Int]) -> String {
    let parts = SpanOrigin.allCases.compactMap { origin -> String? in
        guard let count = origins[origin], count > 0 else { return nil }
        switch origin {
        case .given: return "\(count) given by extraction"
        case .located: return "\(count) located in the sentence"
        case .notFound: return "\(count) not found in the sentence"
        case .empty: return "\(count) empty"
        }
    }
    return parts.isEmpty ? "none" : parts.joined(separator: ", ")
}
