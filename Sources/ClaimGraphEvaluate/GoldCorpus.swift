import ClaimGraphExtract

/// A hand-annotated corpus: for each article, its people, outlets and statements.
///
/// The JSON shape is described in `shared/gold/FORMAT.md`:
///
///     {"corpus": "sample", "documents": [{"id": "a.txt", "persons": [...],
///      "outlets": [...], "statements": [...]}]}
///
/// Optional arrays (`aliases`, `countries`, `outlets`, ...) may be left out.
public struct GoldCorpus: Sendable, Equatable, Codable {
    /// The corpus name; empty when the file gives none.
    public var corpus: String
    public var documents: [GoldDocument]

    public init(corpus: String = "", documents: [GoldDocument]) {
        self.corpus = corpus
        self.documents = documents
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        corpus = try c.decodeIfPresent(String.self, forKey: .corpus) ?? ""
        documents = try c.decode([GoldDocument].self, forKey: .documents)
    }
}

/// The annotations of one article.
public struct GoldDocument: Sendable, Equatable, Codable {
    /// The article's file name or JSON Lines `id`.
    public var id: String
    public var persons: [GoldPerson]
    public var outlets: [GoldOutlet]
    public var statements: [GoldStatement]

    public init(id: String, persons: [GoldPerson] = [], outlets: [GoldOutlet] = [],
                statements: [GoldStatement] = []) {
        self.id = id
        self.persons = persons
        self.outlets = outlets
        self.statements = statements
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        persons = try c.decodeIfPresent([GoldPerson].self, forKey: .persons) ?? []
        outlets = try c.decodeIfPresent([GoldOutlet].self, forKey: .outlets) ?? []
        statements = try c.decodeIfPresent([GoldStatement].self, forKey: .statements) ?? []
    }
}

/// A named person the article mentions.
public struct GoldPerson: Sendable, Equatable, Codable {
    /// The canonical spelling, the same in every document.
    public var name: String
    /// Other surface forms the article uses.
    public var aliases: [String]
    /// ISO 3166-1 alpha-2 codes of the countries the text ties the person to.
    public var countries: [String]
    public var role: String?

    public init(name: String, aliases: [String] = [], countries: [String] = [], role: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.countries = countries
        self.role = role
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        role = try c.decodeIfPresent(String.self, forKey: .role)
    }

    /// The name followed by the aliases.
    public var labels: [String] { [name] + aliases }
}

/// A news outlet the article credits with reporting.
public struct GoldOutlet: Sendable, Equatable, Codable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    /// The name followed by the aliases.
    public var labels: [String] { [name] + aliases }
}

/// One reported speech act.
public struct GoldStatement: Sendable, Equatable, Codable {
    /// A person's canonical name, a country's alpha-2 code, an organization's
    /// name or an unnamed source's description, per `speakerType`.
    public var speaker: String
    public var speakerType: GoldSpeakerType
    public var type: GoldStatementType
    /// A short phrase copied from the content; a correct extraction's text contains it.
    public var cue: String
    /// Names of the outlets credited with reporting the statement.
    public var outlets: [String]

    public init(speaker: String, speakerType: GoldSpeakerType, type: GoldStatementType, cue: String,
                outlets: [String] = []) {
        self.speaker = speaker
        self.speakerType = speakerType
        self.type = type
        self.cue = cue
        self.outlets = outlets
    }

    enum CodingKeys: String, CodingKey {
        case speaker, speakerType = "speaker_type", type, cue, outlets
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        speaker = try c.decode(String.self, forKey: .speaker)
        speakerType = try c.decode(GoldSpeakerType.self, forKey: .speakerType)
        type = try c.decode(GoldStatementType.self, forKey: .type)
        cue = try c.decode(String.self, forKey: .cue)
        outlets = try c.decodeIfPresent([String].self, forKey: .outlets) ?? []
    }
}

/// What kind of speaker a gold statement has.
public enum GoldSpeakerType: String, Sendable, Equatable, Codable, CaseIterable {
    case person
    case country
    case organization
    case anonymous
}

/// A gold statement's polarity; `either` accepts both readings.
public enum GoldStatementType: String, Sendable, Equatable, Codable, CaseIterable {
    case claim
    case denial
    case either

    /// Whether an extracted polarity agrees with this type.
    ///
    ///     GoldStatementType.either.agrees(with: .denial)  // true
    ///     GoldStatementType.claim.agrees(with: .denial)   // false
    public func agrees(with polarity: Polarity) -> Bool {
        switch self {
        case .either: true
        case .claim: polarity == .claim
        case .denial: polarity == .denial
        }
    }
}
