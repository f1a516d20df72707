@testable import ClaimGraphExtract

/// One extractor for all tests (lexicons load once).
let sharedExtractor: Extractor = { try! Extractor() }()

/// The prepared document of `text`: tokens, word ids, sentences and quotes.
func document(_ text: String) -> Document {
    Document(text: text, lexicons: sharedExtractor.lexicons, syntaxModel: sharedExtractor.syntaxModel)
}

func extract(_ text: String) -> DocumentExtraction {
    sharedExtractor.extract(id: "t", text: text)
}

/// Whether every statement's text is exactly the scalars at its content span.
func offsetsHold(_ r: DocumentExtraction, _ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return r.statements.allSatisfy { $0.evidenceProblems(in: scalars).isEmpty }
}
