import ClaimGraphExtract

/// The spans one extracted statement contributes to span scoring.
///
/// - content: `StatementRecord.contentFragments`, each fragment one unit.
/// - source: `speakerSpan` when extraction gives it; otherwise the fallback
///   below finds `speakerMention` in the text. An empty mention gives none.
/// - cue: `cueSpan` when given; otherwise the fallback finds `cue`.
///
/// The fallback (until attribution records offsets itself): the occurrences
/// of the string inside the statement's `sentence` range; exact case first,
/// and only when there is none, ignoring case ("according to" is written
/// "According to" at a sentence start). Of these, the nearest to the content
/// wins: occurrences outside the content before any inside it, then the
/// smallest gap to it, then the earlier. No occurrence: no span (counted as
/// not found).
struct StatementSpans {
    var source: Range<Int>?
    var cue: Range<Int>?
    var content: [Range<Int>]
    var sourceOrigin: SpanOrigin
    var cueOrigin: SpanOrigin

    init(_ record: StatementRecord, in scalars: [Unicode.Scalar]) {
        content = record.contentFragments
        (source, sourceOrigin) = Self.resolve(record.speakerSpan, record.speakerMention, record, scalars)
        (cue, cueOrigin) = Self.resolve(record.cueSpan, record.cue, record, scalars)
    }

    /// The spans of this statement for one component.
    subscript(component: AttributionComponent) -> [Range<Int>] {
        switch component {
        case .source: source.map { [$0] } ?? []
        case .cue: cue.map { [$0] } ?? []
        case .content: content
        }
    }

    private static func resolve(_ given: Range<Int>?, _ surface: String, _ record: StatementRecord,
                                _ scalars: [Unicode.Scalar]) -> (Range<Int>?, SpanOrigin) {
        if let given { return (given, .given) }
        let needle = Array(surface.unicodeScalars)
        guard needle.contains(where: { !$0.properties.isWhitespace }) else { return (nil, .empty) }
        let found = locate(needle, near: record.content, within: record.sentence, in: scalars)
        return (found, found == nil ? .notFound : .located)
    }

    /// The occurrence of `needle` in `window` nearest to `content` (see the type's comment).
    static func locate(_ needle: [Unicode.Scalar], near content: Range<Int>, within window: Range<Int>,
                       in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let lower = min(max(window.lowerBound, 0), scalars.count)
        let upper = min(max(window.upperBound, lower), scalars.count)
        guard !needle.isEmpty, upper - lower >= needle.count else { return nil }
        for foldCase in [false, true] {
            var best: (rank: (Int, Int, Int), range: Range<Int>)?
            for start in lower...(upper - needle.count) where matches(needle, at: start, in: scalars, foldCase: foldCase) {
                let range = start..<(start + needle.count)
                let inside = SpanText.overlap(range, content) ? 1 : 0
                let gap = range.upperBound <= content.lowerBound ? content.lowerBound - range.upperBound
                    : max(0, range.lowerBound - content.upperBound)
                let rank = (inside, gap, start)
                if best == nil || rank < best!.rank { best = (rank, range) }
            }
            if let best { return best.range }
        }
        return nil
    }

    private static func matches(_ needle: [Unicode.Scalar], at start: Int, in scalars: [Unicode.Scalar],
                                foldCase: Bool) -> Bool {
        for (k, scalar) in needle.enumerated() {
            let other = scalars[start + k]
            if other == scalar { continue }
            guard foldCase, lowered(other) == lowered(scalar) else { return false }
        }
        return true
    }

    /// The scalar's simple lowercase form when that is one scalar, else itself.
    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }
}

/// Where a statement's source or cue span came from.
public enum SpanOrigin: String, Sendable, Hashable, CaseIterable {
    /// Extraction recorded the offsets (`speakerSpan`, `cueSpan`).
    case given
    /// Found by searching the sentence for the string.
    case located
    /// The string is not in the sentence: no span.
    case notFound = "not_found"
    /// The string is empty: no span.
    case empty
}
