extension SpanReport {
    /// Every exact miss and false hit, per article, grouped by sentence, with
    /// gold and system spans quoted and their offsets (`start-end`, end
    /// exclusive); `overlaps` names the unit the overlap matching pairs it
    /// with (so it is an overlap hit); ends in a newline.
    ///
    ///     a  source 1 missed, 0 false; cue 0 missed, 0 false; content 1 missed, 1 false
    ///       sentence "Officials said on Monday that the talks failed."
    ///         miss   source   "Officials" 0-9
    ///         miss   content  "that the talks failed" 25-46  overlaps "the talks failed"
    ///         false  content  "the talks failed" 30-46  overlaps "that the talks failed"
    ///
    /// Articles without misses or false hits are left out.
    public func details() -> String {
        var byArticle: [String: [SpanItem]] = [:]
        for item in items { byArticle[item.articleID, default: []].append(item) }
        var lines = ["\(corpus): \(items.filter { $0.side == .gold }.count) misses and "
            + "\(items.filter { $0.side == .system }.count) false hits (exact matching)"]
        for article in articles {
            guard let list = byArticle[article.id] else { continue }
            lines.append("")
            lines.append(article.id + "  " + article.components.map { score in
                let missed = list.filter { $0.component == score.component && $0.side == .gold }.count
                let false_ = list.filter { $0.component == score.component && $0.side == .system }.count
                return "\(score.component.rawValue) \(missed) missed, \(false_) false"
            }.joined(separator: "; "))
            for group in sentenceGroups(list) {
                lines.append("  sentence \(quoted(group.text))")
                for item in group.items {
                    let kind = item.side == .gold ? "miss " : "false"
                    let component = item.component.rawValue + String(repeating: " ", count: 8 - item.component.rawValue.count)
                    lines.append("    \(kind)  \(component) \(quoted(item.text)) \(item.span.lowerBound)-\(item.span.upperBound)"
                        + (item.partnerText.map { "  overlaps \(quoted($0))" } ?? ""))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// One article's items grouped by sentence: items whose sentences overlap
/// share one group, shown as the text from the first sentence's start to the
/// last one's end; groups and items in text order.
private func sentenceGroups(_ items: [SpanItem]) -> [(text: String, items: [SpanItem])] {
    let sorted = items.enumerated().sorted {
        ($0.element.sentence.lowerBound, $0.offset) < ($1.element.sentence.lowerBound, $1.offset)
    }.map(\.element)
    var groups: [(range: Range<Int>, text: String, items: [SpanItem])] = []
    for item in sorted {
        if let last = groups.last, item.sentence.lowerBound < last.range.upperBound {
            if item.sentence.upperBound > last.range.upperBound {
                // Extend the text: the part of this sentence past the group's end.
                let extra = item.sentenceText.unicodeScalars.suffix(item.sentence.upperBound - last.range.upperBound)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: extra)
                groups[groups.count - 1].text += String(view)
                groups[groups.count - 1].range = last.range.lowerBound..<item.sentence.upperBound
            }
            groups[groups.count - 1].items.append(item)
        } else {
            groups.append((item.sentence, item.sentenceText, [item]))
        }
    }
    return groups.map { group in
        (group.text, group.items.sorted {
            ($0.span.lowerBound, $0.side == .gold ? 0 : 1, $0.span.upperBound)
                < ($1.span.lowerBound, $1.side == .gold ? 0 : 1, $1.span.upperBound)
        })
    }
}
