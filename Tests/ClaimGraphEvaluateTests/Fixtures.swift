import ClaimGraphExtract
@testable import ClaimGraphEvaluate

/// An extracted statement whose content is `text`, with a sentence span when given.
func record(_ speaker: Speaker, _ text: String, _ polarity: Polarity = .claim, outlets: [String] = [],
            sentence: Range<Int> = 0..<0) -> StatementRecord {
    StatementRecord(speaker: speaker, speakerMention: "", cue: "said", polarity: polarity,
                    content: 0..<text.unicodeScalars.count, text: text, directQuote: false,
                    outlets: outlets, sentence: sentence)
}

/// A gold statement.
func gold(_ speaker: String, _ type: GoldSpeakerType, _ polarity: GoldStatementType, _ cue: String,
          outlets: [String] = []) -> GoldStatement {
    GoldStatement(speaker: speaker, speakerType: type, type: polarity, cue: cue, outlets: outlets)
}
