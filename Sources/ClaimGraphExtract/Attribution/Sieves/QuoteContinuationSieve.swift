/// A quote that no reporting clause of its own introduces continues the direct quote before
/// it: the second half of "“…,” he said, “…”", the next sentence of the same quote, or a
/// paragraph that opens with a quote right after the speaker's last one. It becomes another
/// fragment of that statement, whose speaker it keeps.
struct QuoteContinuationSieve: DocumentSieve {
    let name = "quote-continuation"

    func apply(to a: Attributor) {
        let doc = a.doc
        for (qi, q) in doc.quotes.enumerated() where q.closed && !a.usedQuotes.contains(qi) {
            guard doc.tokens[q.openToken].isDoubleQuote, q.openToken + 1 < q.closeToken else { continue }
            let si = Int(max(0, doc.sentenceOf[q.openToken + 1]))
            let paragraph = doc.sentences[si].paragraph
            let quoteSpan = doc.tokens[q.openToken].start..<doc.tokens[q.closeToken].end
            // The statement just before the quote, with no other statement between them.
            guard let d = a.drafts.indices.last(where: { a.drafts[$0].content.upperBound <= quoteSpan.lowerBound
                                                           && a.drafts[$0].anchor < q.openToken }) else { continue }
            let draft = a.drafts[d]
            // A quote that opens its sentence: a scare quote inside narration continues nothing.
            guard doc.sentences[si].tokens.lowerBound == q.openToken || doc.sentenceOf[q.openToken] != Int32(si) else {
                a.reject(name, sentence: si, tokens: q.openToken..<(q.closeToken + 1), "a quote inside a sentence of narration")
                continue
            }
            let opensParagraph = si == 0 || doc.sentences[si - 1].paragraph != paragraph
            let samePara = draft.paragraph == paragraph
            let nextPara = draft.paragraph + 1 == paragraph && opensParagraph
            guard draft.direct, samePara || nextPara else {
                a.reject(name, sentence: si, tokens: q.openToken..<(q.closeToken + 1),
                         draft.direct ? "the speaker's last quote is too far back" : "no direct quote before it")
                continue
            }
            // The answer to a question is a statement of its own, by the asker.
            if draft.scope == .question {
                for k in a.drafts.indices where a.drafts[k].anchor == draft.anchor && a.drafts[k].content == draft.content {
                    var answer = a.drafts[k]
                    answer.scope = .body
                    answer.sieve = name
                    answer.fragments = [quoteSpan]
                    answer.anchor = q.openToken
                    answer.sentence = doc.sentences[si].tokens.isEmpty ? quoteSpan
                        : min(quoteSpan.lowerBound, doc.tokens[doc.sentences[si].tokens.lowerBound].start)..<quoteSpan.upperBound
                    answer.paragraph = paragraph
                    a.drafts.append(answer)
                }
                a.usedQuotes.insert(qi)
                continue
            }
            // Every statement of that speaker at that cue grows by the fragment.
            for k in a.drafts.indices where a.drafts[k].anchor == draft.anchor && a.drafts[k].content == draft.content {
                a.drafts[k].fragments.append(quoteSpan)
                a.drafts[k].sentence = a.drafts[k].sentence.lowerBound..<max(a.drafts[k].sentence.upperBound, quoteSpan.upperBound)
            }
            a.usedQuotes.insert(qi)
        }
    }
}
