/// A headline whose speaker and words a colon or dash separates: "Pentagon: no troops will
/// be sent", "Merkel — ‘We will manage’". The part before the separator must name a speaker
/// (a person, country, organisation or outlet): "Update: …" or "Live — …" do not.
struct HeadlineSeparatorSieve: SentenceSieve {
    let name = "headline-separator"

    func apply(sentence si: Int, tree: SentenceTree?, to a: Attributor) {
        let doc = a.doc
        guard AttributionScope.isHeadline(si, doc: doc) else { return }
        let sentence = doc.sentences[si]
        guard let separator = sentence.tokens.first(where: { doc.has($0, .headlineSeparator) && doc.quoteOf[$0] < 0 }) else { return }
        let source = a.trimmedPhrase(sentence.tokens.lowerBound..<separator)
        let content = a.contentSpan((separator + 1)..<sentence.tokens.upperBound)
        guard !source.isEmpty, source.count <= 6, !content.isEmpty else { return }
        let cue = separator..<(separator + 1)
        let speakers = a.classify(source, at: separator)
        guard !speakers.isEmpty else {
            a.reject(name, sentence: si, tokens: cue, "\"\(doc.text(tokens: source))\" names no speaker")
            return
        }
        a.record(.init(sieve: name, source: source, speakers: speakers, cue: cue, content: [content], denies: false,
                       kind: .speech), sentence: si)
    }
}
