/// One input document: its text and the metadata that came with it.
public struct Article: Sendable, Equatable {
    /// The file name for `.txt` input, or the `id` field of a JSON line.
    public var id: String
    /// The text exactly as decoded; extraction offsets index its Unicode scalars.
    public var text: String
    public var title: String?
    /// The outlet that published the article (its publisher).
    public var outlet: String?
    /// The publication date as given (ideally `YYYY-MM-DD`).
    public var date: String?
    public var url: String?
    /// Where the article was read, for messages: `Corpus/a.txt` or `news.jsonl:12`.
    public var origin: String

    public init(id: String, text: String, title: String? = nil, outlet: String? = nil,
                date: String? = nil, url: String? = nil, origin: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.origin = origin ?? id
    }
}
