/// Finds who said what in an article's text.
///
/// Create one extractor per process (it loads the lexicons once) and call
/// `extract(id:text:)` from any thread.
public final class Extractor: Sendable {
    public init() throws {}

    /// Extracts the people, organizations, outlets and statements of one article.
    /// - Parameters:
    ///   - id: the article's id, copied into the result.
    ///   - text: the article text; offsets in the result index its scalars.
    public func extract(id: String, text: String) -> DocumentExtraction {
        DocumentExtraction(articleID: id)
    }
}
