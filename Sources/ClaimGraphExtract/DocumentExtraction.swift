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

/// What an attribution reports.
public enum StatementKind: String, Sendable, Hashable {
    /// A speech act: said, written, claimed, denied (`cg:Claim`, `cg:Denial`).
    case speech
    /// A belief, knowledge or evidence the article attributes to a source: "officials
    /// believe", "polls show", "the report found" (`cg:Belief`), never a claim.
    case belief
    /// An attitude, wish or intention the article attributes: "the senator supports the
    /// bill", "officials want talks", "the party refused to back him" (`stance-verbs.tsv`).
    /// Kept for `explain` and span scoring (PARC marks them), never exported.
    case stance
}

/// Where an attribution stands in the article.
public enum StatementScope: String, Sendable, Hashable {
    /// In the body, on its own.
    case body
    /// Inside the content of another attribution ("officials said that Iran had promised …"):
    /// the outer speaker reports it; the inner one is not its speaker's own statement.
    case nested
    /// A headline's summary of a statement the body reports.
    case headline
    /// A second report of an act reported before, by the same speaker: the earlier statement
    /// quoted a fragment ("would “not remain indifferent”") that this one holds in full.
    case restatement
    /// A second reporting verb of the same source in the same sentence ("denied the claims
    /// and said …", "acknowledged …, but said …", "said …, adding …"): one act with the
    /// first verb's statement, which carries this one's text in its own.
    case coordinated
    /// A question ("“…?” he asked"): no statement of its own, but the quote that answers it
    /// next is its asker's.
    case question
}

/// One attribution (a reported speech act, or a belief), with its evidence.
public struct StatementRecord: Sendable, Hashable {
    public var speaker: Speaker
    /// How the speaker is named at this statement ("he", "the foreign minister", "Kirby").
    public var speakerMention: String
    /// The speech words as written ("denied", "told Reuters", "according to").
    public var cue: String
    public var polarity: Polarity
    public var kind: StatementKind
    public var scope: StatementScope
    /// The content's span in the article text, in Unicode scalar offsets, end exclusive, as
    /// PARC marks it: the quotation marks of a direct quote and a complementizer "that" inside.
    public var content: Range<Int>
    /// The content's fragments, in order, when a report interrupts it ("“…,” he said, “…”");
    /// `content` is their hull. One fragment, `content` itself, otherwise.
    public var contentFragments: [Range<Int>]
    /// The content's clean text: the fragments without their quote marks, a leading "that"
    /// and edge punctuation, joined by a space; for content that is the verb's object, from
    /// the verb on ("denounced Tehran").
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
    /// The name of the attribution sieve that found the statement ("reporting-verb").
    public var sieve: String
    /// The rule inside the sieve that found the content ("complement-clause", "quote-before"),
    /// or "" for a sieve with one way to find it.
    public var contentRule: String

    public init(speaker: Speaker, speakerMention: String, cue: String, polarity: Polarity, kind: StatementKind = .speech,
                scope: StatementScope = .body,
                content: Range<Int>, contentFragments: [Range<Int>]? = nil, text: String, directQuote: Bool,
                outlets: [String] = [], sentence: Range<Int>, speakerSpan: Range<Int>? = nil, cueSpan: Range<Int>? = nil,
                sieve: String = "", contentRule: String = "") {
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.polarity = polarity
        self.kind = kind
        self.scope = scope
        self.content = content
        self.contentFragments = contentFragments ?? [content]
        self.text = text
        self.directQuote = directQuote
        self.outlets = outlets
        self.sentence = sentence
        self.speakerSpan = speakerSpan
        self.cueSpan = cueSpan
        self.sieve = sieve
        self.contentRule = contentRule
    }
}

extension StatementRecord {
    /// Whether the graph holds the attribution: one of the body, as a `cg:Claim` or
    /// `cg:Denial` (a speech act) or a `cg:Belief`. Nested reports, headlines,
    /// restatements and stances are extraction's, for spans and `explain`.
    public var isExported: Bool { scope == .body && kind != .stance }

    /// Whether the graph holds the statement as a `cg:Claim` or `cg:Denial`: an exported
    /// speech act, what the gold scorer counts (a belief is not a statement).
    public var isExportedSpeechAct: Bool { kind == .speech && isExported }

    /// What is wrong with the record's evidence against the article's scalars, if anything: a
    /// fragment out of bounds, out of order or empty; `content` not the fragments' hull; a
    /// sentence span out of bounds; a `text` whose words are not, in order, in its sentence.
    public func evidenceProblems(in scalars: [Unicode.Scalar]) -> [String] {
        var problems: [String] = []
        guard let first = contentFragments.first, let last = contentFragments.last else { return ["no content fragment"] }
        var previousEnd = 0
        for f in contentFragments {
            if f.isEmpty || f.lowerBound < previousEnd || f.upperBound > scalars.count {
                problems.append("content fragment \(f) empty, out of order or outside 0..<\(scalars.count)")
            }
            previousEnd = f.upperBound
        }
        if content != first.lowerBound..<last.upperBound { problems.append("content \(content) is not the fragments' hull") }
        if sentence.lowerBound < 0 || sentence.upperBound > scalars.count {
            problems.append("sentence \(sentence) outside 0..<\(scalars.count)")
        }
        guard problems.isEmpty else { return problems }
        var joined = String.UnicodeScalarView()
        let window = min(sentence.lowerBound, first.lowerBound)..<max(sentence.upperBound, last.upperBound)
        joined.append(contentsOf: scalars[window])
        var rest = Substring(String(joined))
        for word in text.split(separator: " ") {
            guard let hit = rest.range(of: word) else {
                problems.append("content \(content): \"\(word)\" of the statement text is not in its fragments")
                break
            }
            rest = rest[hit.upperBound...]
        }
        if text.isEmpty { problems.append("content \(content): empty statement text") }
        return problems
    }
}
