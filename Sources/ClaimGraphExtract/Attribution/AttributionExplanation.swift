/// What the attribution sieves made of one article: its extraction, the span of each
/// sentence, and every candidate a sieve let go with its reason.
public struct AttributionExplanation: Sendable {
    public struct Rejection: Sendable, Hashable {
        /// Index into `sentences`.
        public var sentence: Int
        /// Scalar span of the cue or quote the sieve looked at.
        public var span: Range<Int>
        public var sieve: String
        public var reason: String
    }

    public var extraction: DocumentExtraction
    /// Each sentence's scalar span, in order.
    public var sentences: [Range<Int>]
    public var rejections: [Rejection]

    /// The index of the sentence holding scalar offset `offset`.
    public func sentence(containing offset: Int) -> Int? {
        sentences.firstIndex { $0.contains(offset) || $0.lowerBound > offset }
    }
}
