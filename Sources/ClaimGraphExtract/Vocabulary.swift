/// Closed-class English words the rules use, beside the lexicon data.
enum Vocabulary {
    static let determiners: WordSet = [
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "any", "some", "such", "no", "every", "each",
    ]
    static let auxiliaries: WordSet = [
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do",
        "is", "are", "was", "were", "been", "be", "being", "shall",
    ]
    /// Modal auxiliaries: a verb after one reports no act that happened.
    static let modals: WordSet = ["would", "could", "can", "may", "might", "should", "must", "will", "shall"]
    static let beForms: WordSet = ["is", "are", "was", "were", "been", "be", "being"]
    static let negations: WordSet = ["not", "never", "n't", "no"]
    static let adverbs: WordSet = [
        "also", "again", "once", "then", "later", "earlier", "separately", "still", "already", "further",
        "today", "yesterday", "previously", "repeatedly", "reportedly", "just", "even", "first", "too", "now",
        "recently", "subsequently", "allegedly", "meanwhile", "however", "instead", "similarly", "likewise",
    ]
    static let clauseWords: WordSet = [
        "that", "which", "who", "whom", "whose", "while", "when", "where", "because", "if", "although", "though",
        "since", "but", "or", "than", "so", "whether", "after", "before", "once", "until", "unless", "as", "what",
        "how", "why", "whereas", "amid", "despite",
    ]
    static let subjectPronouns: WordSet = ["he", "she", "they", "we", "it", "i", "him", "her"]
    static let groupNouns: WordSet = [
        "officials", "analysts", "observers", "diplomats", "sources", "experts", "critics", "media", "countries",
        "nations", "leaders", "lawmakers", "ministers", "residents", "witnesses", "activists", "authorities",
        "governments", "journalists", "reporters", "commentators", "politicians", "governments", "allies",
        "partners", "sources", "insiders", "aides", "people", "protesters", "investigators", "prosecutors",
    ]
    static let personRoles: WordSet = [
        "head", "chief", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "official", "envoy",
        "ambassador", "adviser", "advisor", "director", "secretary", "leader", "commander", "chairman", "chairwoman",
        "coordinator", "counterpart", "writer", "journalist", "correspondent", "reporter", "editor", "analyst",
        "diplomat", "lawmaker", "senator", "governor", "mayor", "prosecutor", "general", "premier", "chancellor",
        "photographer", "source", "expert", "negotiator", "deputy", "aide", "representative", "writers",
        "spokespeople", "king", "queen", "prince", "emir", "sheikh", "cleric", "candidate", "officer", "researcher",
        "professor", "economist", "lawyer", "attorney", "judge", "ceo", "founder", "member", "speaker", "colonel",
    ]
    static let governmentNouns: WordSet = ["government", "administration", "authorities", "regime", "cabinet", "leadership"]
    static let organizationHeads: WordSet = [
        "ministry", "embassy", "department", "office", "council", "commission", "committee", "consulate", "mission",
        "parliament", "court", "army", "military", "police", "agency", "directorate", "bureau", "foundation",
        "organization", "organisation", "institute", "party", "company", "corporation", "bank", "service", "presidency",
    ]
    static let outletNouns: WordSet = ["outlet", "newspaper", "agency", "article", "report", "broadcaster", "channel",
                                           "network", "daily", "paper", "magazine", "website", "site", "station", "publication"]
    static let chainAdjectives: WordSet = [
        "deputy", "senior", "former", "top", "chief", "foreign", "acting", "vice", "assistant", "national", "state",
        "security", "defence", "defense", "interior", "prime", "general", "special", "presidential", "military",
        "supreme", "opposition", "veteran", "prominent", "communications", "press", "economy", "finance", "trade",
        "justice", "health", "education", "energy", "oil", "intelligence", "army", "navy", "affairs", "then",
        "outgoing", "incoming", "interim", "leading", "head", "ministry", "government", "for", "of", "at", "to",
        "the", "a", "an", "his", "her", "its", "their", "and",
    ]
    static let timeWords: WordSet = [
        "on", "in", "at", "during", "last", "this", "next", "today", "yesterday", "earlier", "later", "week", "weekend",
        "month", "year", "morning", "evening", "night", "afternoon", "separately", "also", "again", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
        "sept.", "oct.", "nov.", "dec.", "tonight", "recently", "previously", "repeatedly", "publicly", "privately",
        "statement", "interview", "remarks", "with", "press", "conference", "news", "briefing", "speech", "tweet",
        "post", "message", "televised", "written", "joint", "separate", "phone", "call", "telephone", "video",
        "late", "early", "past", "then", "reportedly", "too", "further", "firmly", "strongly", "categorically",
        "flatly", "vehemently", "emphatically", "immediately", "once", "via", "twitter", "facebook", "telegram",
    ]
    static let eventNouns: WordSet = [
        "statement", "interview", "remarks", "conference", "news", "press", "briefing", "speech", "tweet", "post",
        "message", "call", "meeting", "televised", "joint", "separate", "phone", "telephone", "video", "written",
    ]
    static let audienceNouns: WordSet = [
        "reporters", "journalists", "lawmakers", "parliament", "conference", "briefing", "audience", "crowd",
        "supporters", "media", "television", "radio", "committee", "meeting", "summit", "forum", "interviewer",
        "newspaper", "agency", "channel", "broadcaster", "outlet", "magazine", "station", "legislators", "students",
        "diplomats", "delegates", "members", "us", "me", "him", "her", "them", "cnn", "parliamentarians",
    ]
    static let weekdaysMonths: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let capitalizedStopwords: WordSet = [
        "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "if", "it", "he", "she", "they", "we", "i",
        "this", "that", "these", "those", "there", "when", "while", "after", "before", "also", "although", "though",
        "for", "from", "with", "by", "to", "of", "his", "her", "its", "their", "our", "my", "some", "many", "most",
        "all", "no", "not", "what", "who", "how", "why", "where", "during", "since", "until", "despite", "amid",
        "earlier", "later", "last", "next", "meanwhile", "however", "yet", "so", "then", "according", "both",
        "neither", "either", "each", "every", "another", "other", "such", "only", "even", "just", "more", "less",
        "good", "based", "notwithstanding", "throughout", "less", "few", "several", "one", "two", "three",
        "photo", "image", "related", "comments", "read", "watch", "editor", "advertisement", "share", "via",
    ]

    /// `word` without the punctuation at either end ("Ali," → "Ali"), as a lexicon key.
    static func trimmingPunctuation(_ word: Substring) -> String {
        let isPunctuation: (Unicode.Scalar) -> Bool = { scalar in
            if scalar.isASCII && (Tokenizer.isLetter(scalar) || Tokenizer.isDigit(scalar)) { return false }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        }
        let scalars = word.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isPunctuation($0) }),
              let last = scalars.lastIndex(where: { !isPunctuation($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
