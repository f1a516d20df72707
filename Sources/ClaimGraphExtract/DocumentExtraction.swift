/// What extraction finds in one article: the people, organizations and
/// outlets it names, and the statements it reports, with evidence.
///
/// This is the contract between extraction and the graph stage; names are
/// surface forms from the text, resolved within the document.
public struct DocumentExtraction: Sendable, Equatable {
    /// The article's id (file name or JSON Lines `id`).
    public var articleID: String
    public var persons: [PersonRecord]
    public var organizations: [OrganizationRecord]
    public var outlets: [OutletRecord]
    public var statements: [StatementRecord]

    public init(articleID: String, persons: [PersonRecord] = [], organizations: [OrganizationRecord] = [],
                outlets: [OutletRecord] = [], statements: [StatementRecord] = []) {
        self.articleID = articleID
        self.persons = persons
        self.organizations = organizations
        self.outlets = outlets
        self.statements = statements
    }
}

/// A named person, as one document names them.
public struct PersonRecord: Sendable, Hashable {
    /// The fullest name the document uses ("Hossein Amir-Abdollahian").
    public var name: String
    /// Other surface forms in the document ("Amir-Abdollahian"), without `name`.
    public var aliases: [String]
    /// ISO 3166-1 alpha-2 codes of the countries the text ties the person to, sorted.
    public var countries: [String]
    /// Titles and roles the text gives ("Foreign Minister"), in order of appearance.
    public var roles: [String]

    public init(name: String, aliases: [String] = [], countries: [String] = [], roles: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.countries = countries
        self.roles = roles
    }
}

/// A government body, ministry, embassy or agency that is not a news outlet.
public struct OrganizationRecord: Sendable, Hashable {
    /// Its name as the document gives it ("Russian embassy in Tehran").
    public var name: String
    public var aliases: [String]
    /// ISO 3166-1 alpha-2 codes of the countries it belongs to, sorted.
    public var countries: [String]

    public init(name: String, aliases: [String] = [], countries: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.countries = countries
    }
}

/// A news outlet the document credits with reporting, or the article's publisher.
public struct OutletRecord: Sendable, Hashable {
    /// The canonical name from the outlet lexicon when known ("Fars News Agency").
    public var name: String
    /// Other surface forms in the document ("Fars").
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}

/// Who made a statement.
public enum Speaker: Sendable, Hashable {
    /// A person, by `PersonRecord.name`.
    case person(String)
    /// A country, by ISO 3166-1 alpha-2 code.
    case country(String)
    /// An organization, by `OrganizationRecord.name`.
    case organization(String)
    /// A news outlet speaking in its own voice, by `OutletRecord.name`.
    case outlet(String)
    /// A speaker the text does not name, by a short description ("an official from a European country").
    case unnamed(String)
}

/// Whether a statement asserts or rejects.
public enum Polarity: String, Sendable, Hashable {
    case claim
    case denial
}

/// One reported speech act, with its evidence.
public struct StatementRecord: Sendable, Hashable {
    public var speaker: Speaker
    /// How the speaker is named at this statement ("he", "the foreign minister", "Kirby").
    public var speakerMention: String
    /// The speech words as written ("denied", "told Reuters", "according to").
    public var cue: String
    public var polarity: Polarity
    /// The content's span in the article text, in Unicode scalar offsets, end exclusive.
    public var content: Range<Int>
    /// The content: exactly the article's scalars in `content`.
    public var text: String
    /// Whether the content is a verbatim quote.
    public var directQuote: Bool
    /// Outlets credited with reporting this statement, by `OutletRecord.name`.
    public var outlets: [String]
    /// The span of the sentence (or sentences) the statement was read from, in scalar offsets.
    public var sentence: Range<Int>
    /// The span of `speakerMention` in the article text, in scalar offsets, when
    /// attribution records it; `nil` until then (the evaluator then searches the
    /// sentence for the mention).
    public var speakerSpan: Range<Int>?
    /// The span of `cue` in the article text, in scalar offsets, when
    /// attribution records it; `nil` until then (the evaluator then searches).
    public var cueSpan: Range<Int>?

    public init(speaker: Speaker, speakerMention: String, cue: String, polarity: Polarity,
                content: Range<Int>, text: String, directQuote: Bool, outlets: [String] = [],
                sentence: Range<Int>, speakerSpan: Range<Int>? = nil, cueSpan: Range<Int>? = nil) {
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.polarity = polarity
        self.content = content
        self.text = text
        self.directQuote = directQuote
        self.outlets = outlets
        self.sentence = sentence
        self.speakerSpan = speakerSpan
        self.cueSpan = cueSpan
    }
}
