/// The word classes the rules test tokens against: each closed-class word list, each lexicon
/// membership and each word a rule names, in one place.
///
/// `Lexemes` compiles every class to a flag bit on its entries, so "is this token a determiner"
/// is one bit test on the token's lowercase id (on its exact form for `byForm` classes).
enum WordClass: Int, CaseIterable, Sendable {
    // MARK: lexicon memberships (filled from the lexicon files)

    /// A speech verb form (`speech-verbs.tsv`).
    case speechVerb
    /// A word of a title (`titles.tsv`), without its final period and not a function word.
    case titleWord
    /// The last word of a title ("speaker" of "House Speaker").
    case titleLastWord
    /// A role noun of any kind (`role-nouns.tsv`), of kind "person", of kind "group".
    case roleNoun, personRoleNoun, groupRoleNoun
    /// A given name as written (`given-names.txt`), an ambiguous one (`given-names-ambiguous.txt`).
    case givenName, ambiguousGivenName
    /// A capitalized word that is no name (`non-names.txt`).
    case nonName
    /// A common English word (`common-words.txt`).
    case commonWord
    /// A noun that heads a place or organization name (`name-heads.tsv`); one that is also a surname.
    case nameHead, surnameNameHead
    /// A capitalized word that opens place names (`name-heads.tsv`, kind opener: "San", "Fort").
    case placeOpener

    // MARK: closed-class lists

    case determiner
    /// Auxiliary verbs ("has", "will", "did", "was").
    case auxiliary
    /// Modal auxiliaries: a verb after one reports no act that happened.
    case modal
    /// Forms of "be".
    case beForm
    /// Negation words ("not", "never", "n't", "no").
    case negation
    case adverb
    case clauseWord
    case subjectPronoun
    case groupNoun
    case personRole
    case governmentNoun
    case organizationHead
    case outletNoun
    case chainAdjective
    case weekdayOrMonth
    case capitalizedStopword
    /// Nouns that name a published piece.
    case pieceNoun
    /// Words ending in "-ly" that are nouns or adjectives inside a noun phrase, not adverbs.
    case lyNonAdverb
    /// Words after a name that do not make the name a modifier ("Obama and Reid both said").
    case nameFollowerKeepingHead
    /// Capitalized heads that close the name of a body or a law ("… Relations Committee", "… Production Act").
    case bodyNameHead
    /// Lowercase words that join the words of such a name ("Bureau of Labor Statistics").
    case bodyNameConnector
    /// Particles inside a name ("bin", "van", "de").
    case nameParticle
    /// Nouns after a leader's surname that name his or her government ("the Assad regime").
    case leaderGovernment
    /// Words after a role noun that heads an appositive ("president of …").
    case afterRole
    /// Honorifics that a person key drops ("mr", "dr").
    case honorific
    /// Social networks: outlets in the lexicon that credit no statement.
    case socialNetwork
    /// Words before an outlet that make it the channel of a statement: "told Reuters",
    /// "according to AFP", "in an interview with CNN", "quoted by Fars", "said on Al Jazeera".
    case creditWordBefore
    /// Modifiers skipped between a credit word and the outlet ("the state-run IRNA").
    case outletModifier
    /// Words that open a leading concession.
    case concessive
    /// Auxiliaries whose negation makes a denial.
    case negatedAux
    /// Words that commonly open a sentence (after a dotted initialism).
    case sentenceOpener
    /// Abbreviations that keep their period ("Mr.", "Feb.", "Gen.").
    case abbreviation
    /// The articles ("the", "a", "an").
    case article
    /// Function words dropped from the start of a title chain.
    case chainFunctionWord
    /// Determiners dropped from the start of a role text.
    case roleOpener
    /// First words of a bare speaker reference ("the minister", "his aide").
    case bareOpener
    /// Conjunctions that coordinate two reporting verbs.
    case coordinator
    /// Prepositions that may open a time or event phrase after a verb.
    case framePreposition
    /// Subject pronouns that are a whole speaker phrase.
    case personalPronoun
    /// Determiners of "In the article, …".
    case pieceDeterminer
    /// "of" and "in" after a government noun or an organization head.
    case ofOrIn
    /// Prepositions whose phrase is a stance verb's content ("boasted of", "warned about").
    case aboutOrOf
    /// Words that open the named members of a group ("western countries, especially the US").
    case exemplifier
    /// "reportedly": a report passed on from an outlet.
    case reportedly
    /// Participles that give a name ("a company called Mannatech", "a group dubbed …").
    case namingParticiple
    /// Nouns of the occasion or medium of a report ("said in a statement", "wrote in an email").
    case speechEventNoun
    /// Words that make a role phrase definite.
    case definiteOpener
    /// Words that join countries in a list.
    case listJoin
    /// Determiners of an outlet noun that points back ("the newspaper").
    case anaphoricDeterminer
    /// Prepositions that end an unnamed source description at its start.
    case descriptionPreposition
    /// Capitalized quantifiers kept in a description.
    case quantifier
    /// Role nouns that fit the person in focus loosely.
    case looseRole
    /// Heads of a diplomatic mission.
    case diplomaticMission
    /// Function words of a title that are no title words.
    case titleFunctionWord
    /// Prepositions of a posting place ("envoy to Iran").
    case postingPreposition
    /// Words after an outlet that credit it ("a Reuters report").
    case creditNoun
    /// Words before an outlet that speak about it.
    case aboutPreposition
    /// Words that open a conditional content.
    case conditional
    /// Words that close a noun phrase as adverbs do.
    case phraseClosingAdverb
    /// Honorifics of a man.
    case maleHonorific
    /// Honorifics of a woman.
    case femaleHonorific
    /// Pronouns of a man.
    case malePronoun
    /// Pronouns of a woman.
    case femalePronoun
    /// Marks that end a sentence.
    case sentenceFinal
    /// Marks that may follow a sentence end.
    case stop
    /// Brackets that may follow a sentence end.
    case closingBracket
    /// A form of a verb of belief, knowledge or evidence (`belief-verbs.tsv`): "believes", "found".
    case beliefVerb
    /// A verb of attitude, wish or intention (`stance-verbs.tsv`).
    case stanceVerb
    /// Marks that split a headline into a source and what it says ("Iran: …", "… — minister").
    case headlineSeparator
    /// Pronouns in the object case ("us", "them"): never a speaker's own subject.
    case objectPronoun
    /// Relative pronouns that can be a relative clause's subject ("that", "which", "who").
    case relativePronoun
    /// Nouns that report a claim or a denial ("claim", "charges", "allegation", "denial").
    case claimNoun
    /// Those of them that report a denial.
    case denialNoun

    // MARK: single words a rule names

    case to, so, and, by, what, `as`, saying, that, according, `in`, of, the, on, never, not, nt, going, `if`, news, agency, via, photo, administration, `for`, from
    /// Punctuation a rule names.
    case comma, period, colon, hyphen, slash, straightQuote

    /// Whether the class holds exact forms (tested on a token's form id, not its lowercase id).
    var byForm: Bool { self == .givenName || self == .ambiguousGivenName }
}
