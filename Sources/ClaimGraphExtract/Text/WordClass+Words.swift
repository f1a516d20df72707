/// The word lists of the closed classes, one place for each.
extension WordClass {
    /// The words of a closed-class list (lowercase, as the rules compare them); empty for the
    /// lexicon memberships, which `Lexicons` fills.
    var words: [String] {
        switch self {
        case .speechVerb, .beliefVerb, .stanceVerb, .titleWord, .titleLastWord, .roleNoun, .personRoleNoun, .groupRoleNoun, .givenName,
             .ambiguousGivenName, .nonName, .commonWord, .nameHead, .surnameNameHead, .placeOpener:
            return []
        case .determiner:
            return [
                "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any",
                "some", "such", "no", "every", "each",
            ]
        case .auxiliary:
            return [
                "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does",
                "do", "is", "are", "was", "were", "been", "be", "being", "shall",
            ]
        case .modal: return ["would", "could", "can", "may", "might", "should", "must", "will", "shall"]
        case .beForm: return ["is", "are", "was", "were", "been", "be", "being"]
        case .negation: return ["not", "never", "n't", "no"]
        case .adverb:
            return [
                "also", "again", "once", "then", "later", "earlier", "separately", "still", "already", "further",
                "today", "yesterday", "previously", "repeatedly", "reportedly", "just", "even", "first", "too", "now",
                "recently", "subsequently", "allegedly", "meanwhile", "however", "instead", "similarly", "likewise",
            ]
        case .clauseWord:
            return [
                "that", "which", "who", "whom", "whose", "while", "when", "where", "because", "if", "although",
                "though", "since", "but", "or", "than", "so", "whether", "after", "before", "once", "until", "unless",
                "as", "what", "how", "why", "whereas", "amid", "despite",
            ]
        case .subjectPronoun: return ["he", "she", "they", "we", "it", "i", "him", "her"]
        case .groupNoun:
            return [
                "officials", "analysts", "observers", "diplomats", "sources", "experts", "critics", "media",
                "countries", "nations", "leaders", "lawmakers", "ministers", "residents", "witnesses", "activists",
                "authorities", "governments", "journalists", "reporters", "commentators", "politicians", "governments",
                "allies", "partners", "sources", "insiders", "aides", "people", "protesters", "investigators",
                "prosecutors",
            ]
        case .personRole:
            return [
                "head", "chief", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "official",
                "envoy", "ambassador", "adviser", "advisor", "director", "secretary", "leader", "commander",
                "chairman", "chairwoman", "coordinator", "counterpart", "writer", "journalist", "correspondent",
                "reporter", "editor", "analyst", "diplomat", "lawmaker", "senator", "governor", "mayor", "prosecutor",
                "general", "premier", "chancellor", "photographer", "source", "expert", "negotiator", "deputy", "aide",
                "representative", "writers", "spokespeople", "king", "queen", "prince", "emir", "sheikh", "cleric",
                "candidate", "officer", "researcher", "professor", "economist", "lawyer", "attorney", "judge", "ceo",
                "founder", "member", "speaker", "colonel",
            ]
        case .governmentNoun:
            return [
                "government", "administration", "authorities", "regime", "cabinet", "leadership",
            ]
        case .organizationHead:
            return [
                "ministry", "embassy", "department", "office", "council", "commission", "committee", "consulate",
                "mission", "parliament", "court", "army", "military", "police", "agency", "directorate", "bureau",
                "foundation", "organization", "organisation", "institute", "party", "company", "corporation", "bank",
                "service", "presidency",
            ]
        case .outletNoun:
            return [
                "outlet", "newspaper", "agency", "article", "report", "broadcaster", "channel", "network", "daily",
                "paper", "magazine", "website", "site", "station", "publication",
            ]
        case .chainAdjective:
            return [
                "deputy", "senior", "former", "top", "chief", "foreign", "acting", "vice", "assistant", "national",
                "state", "security", "defence", "defense", "interior", "prime", "general", "special", "presidential",
                "military", "supreme", "opposition", "veteran", "prominent", "communications", "press", "economy",
                "finance", "trade", "justice", "health", "education", "energy", "oil", "intelligence", "army", "navy",
                "affairs", "then", "outgoing", "incoming", "interim", "leading", "head", "ministry", "government",
                "for", "of", "at", "to", "the", "a", "an", "his", "her", "its", "their", "and",
            ]
        case .weekdayOrMonth:
            return [
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "june", "july", "august", "september", "october", "november", "december",
            ]
        case .capitalizedStopword:
            return [
                "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "if", "it", "he", "she", "they", "we",
                "i", "this", "that", "these", "those", "there", "when", "while", "after", "before", "also", "although",
                "though", "for", "from", "with", "by", "to", "of", "his", "her", "its", "their", "our", "my", "some",
                "many", "most", "all", "no", "not", "what", "who", "how", "why", "where", "during", "since", "until",
                "despite", "amid", "earlier", "later", "last", "next", "meanwhile", "however", "yet", "so", "then",
                "according", "both", "neither", "either", "each", "every", "another", "other", "such", "only", "even",
                "just", "more", "less", "good", "based", "notwithstanding", "throughout", "less", "few", "several",
                "one", "two", "three", "photo", "image", "related", "comments", "read", "watch", "editor",
                "advertisement", "share", "via",
            ]
        case .pieceNoun:
            return [
                "article", "report", "story", "op-ed", "editorial", "column", "investigation", "piece",
            ]
        case .lyNonAdverb:
            return [
                "family", "assembly", "ally", "rally", "supply", "reply", "anomaly", "monopoly", "homily", "folly",
                "bully", "belly", "jelly", "holy", "only", "friendly", "elderly", "daily", "weekly", "monthly",
                "quarterly", "yearly", "costly", "deadly", "lonely", "lovely", "silly", "ugly", "orderly", "burly",
                "hourly", "nightly", "likely",
            ]
        case .nameFollowerKeepingHead:
            return [
                "and", "or", "both", "all", "himself", "herself", "themselves", "too", "also", "alone", "jointly",
                "together", "again", "once",
            ]
        case .bodyNameHead:
            return [
                "committee", "subcommittee", "act", "bill", "commission", "bureau", "office", "department", "ministry",
                "agency", "administration", "institute", "university", "college", "school", "center", "centre",
                "council", "foundation", "association", "society", "union", "party", "board", "court", "service",
                "authority", "fund", "program", "programme", "project", "survey", "statistics", "index",
                "organization", "organisation",
            ]
        case .bodyNameConnector: return ["of", "and", "for", "on", "&"]
        case .leaderGovernment: return ["regime", "government"]
        case .nameParticle:
            return [
                "bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "abu",
                "bint", "ben",
            ]
        case .afterRole: return ["of", "at", "for", "in", "with", "and", "who", "from", "on", "to"]
        case .honorific: return ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "m", "herr"]
        case .socialNetwork:
            return [
                "facebook", "twitter", "x", "instagram", "telegram", "youtube", "tiktok", "whatsapp",
            ]
        case .creditWordBefore: return ["to", "with", "by", "on", "in", "from", "according", "told", "tells", "telling"]
        case .outletModifier:
            return [
                "the", "a", "an", "state-run", "state", "official", "semi-official", "state-owned", "news", "agency",
                "public", "private", "pan-arab", "broadcaster", "newspaper", "daily",
            ]
        case .concessive: return ["although", "though", "while", "whilst", "whereas", "despite"]
        case .negatedAux:
            return [
                "do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "will", "cannot",
            ]
        case .sentenceOpener:
            return [
                "the", "he", "she", "it", "they", "we", "i", "in", "but", "this", "that", "these", "those", "a", "an",
                "on", "at", "as", "its", "his", "her", "their", "our", "there", "then", "and", "so", "meanwhile",
                "however", "yet", "after", "before", "when", "while", "if", "some", "many", "officials", "earlier",
            ]
        case .abbreviation:
            return [
                "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "sen", "rep", "gov", "st", "prof", "jan",
                "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "inc", "corp",
                "co", "ltd", "jr", "sr", "adm", "maj", "cmdr", "pres", "rev", "ft", "mt", "no", "messrs", "gens",
                "brig", "lieut", "supt", "insp", "det", "cpl", "pvt", "hon", "amb", "atty",
            ]
        case .article: return ["the", "a", "an"]
        case .chainFunctionWord: return ["the", "a", "an", "his", "her", "its", "their", "for", "of", "at", "to", "and"]
        case .roleOpener: return ["the", "a", "an", "his", "her", "its", "their"]
        case .bareOpener: return ["the", "his", "her", "their", "its"]
        case .coordinator: return ["and", "but"]
        case .framePreposition: return ["on", "in", "at", "during", "with"]
        case .personalPronoun: return ["he", "she", "they", "we", "i"]
        case .pieceDeterminer: return ["the", "that", "this", "its"]
        case .ofOrIn: return ["of", "in"]
        case .aboutOrOf: return ["of", "about"]
        case .reportedly: return ["reportedly"]
        case .namingParticiple: return ["called", "named", "dubbed", "nicknamed", "titled", "entitled", "labeled", "labelled"]
        case .speechEventNoun:
            return [
                "statement", "statements", "interview", "interviews", "email", "e-mail", "letter", "speech", "post",
                "tweet", "tweets", "briefing", "conference", "release", "video", "message", "memo", "remarks",
                "testimony", "address", "op-ed", "column", "blog", "podcast", "broadcast", "call", "appearance",
                "twitter", "facebook", "instagram",
            ]
        case .exemplifier: return ["especially", "notably", "including", "particularly", "chiefly", "mainly", "primarily"]
        case .definiteOpener: return ["the", "his", "her", "its", "their", "he", "she"]
        case .listJoin: return ["and", ","]
        case .anaphoricDeterminer: return ["the", "this"]
        case .descriptionPreposition: return ["in", "on", "at", "of", "for", "from", "by", "with"]
        case .quantifier: return ["some", "many", "two", "three", "several", "few"]
        case .looseRole: return ["chief", "minister", "diplomat", "official", "president"]
        case .diplomaticMission: return ["embassy", "consulate", "mission"]
        case .titleFunctionWord: return ["of", "the", "for", "and", "to", "in", "at"]
        case .postingPreposition: return ["to", "in", "at", "for"]
        case .creditNoun: return ["report", "reports", "interview", "interviews", "citing", "cited"]
        case .aboutPreposition: return ["before", "after", "since", "until", "about", "against", "of"]
        case .conditional: return ["if", "unless", "should", "when"]
        case .phraseClosingAdverb: return ["ever", "both", "himself", "herself", "themselves"]
        case .maleHonorific: return ["mr", "mr."]
        case .femaleHonorific: return ["ms", "ms.", "mrs", "mrs.", "miss"]
        case .malePronoun: return ["he", "him"]
        case .femalePronoun: return ["she", "her"]
        case .sentenceFinal: return [".", "!", "?", "\u{2026}"]
        case .stop: return [".", "!", "?"]
        case .closingBracket: return [")", "]"]
        case .headlineSeparator: return [":", "\u{2014}", "\u{2013}", "-", "|"]
        case .to: return ["to"]
        case .so: return ["so"]
        case .and: return ["and"]
        case .by: return ["by"]
        case .what: return ["what"]
        case .`as`: return ["as"]
        case .saying: return ["saying"]
        case .`for`: return ["for"]
        case .from: return ["from"]
        case .objectPronoun: return ["me", "us", "him", "them"]
        case .relativePronoun: return ["that", "which", "who"]
        case .claimNoun:
            return [
                "claim", "claims", "charge", "charges", "allegation", "allegations", "accusation", "accusations",
                "assertion", "assertions", "insistence", "denial", "denials", "warning", "warnings", "admission",
                "contention", "suggestion", "assurance", "assurances",
            ]
        case .denialNoun: return ["denial", "denials"]
        case .that: return ["that"]
        case .according: return ["according"]
        case .`in`: return ["in"]
        case .of: return ["of"]
        case .the: return ["the"]
        case .on: return ["on"]
        case .never: return ["never"]
        case .not: return ["not"]
        case .nt: return ["n't"]
        case .going: return ["going"]
        case .`if`: return ["if"]
        case .news: return ["news"]
        case .agency: return ["agency"]
        case .via: return ["via"]
        case .photo: return ["photo"]
        case .administration: return ["administration"]
        case .comma: return [","]
        case .period: return ["."]
        case .colon: return [":"]
        case .hyphen: return ["-"]
        case .slash: return ["/"]
        case .straightQuote: return ["\""]
        }
    }
}
