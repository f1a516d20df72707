/// The word lists of the closed classes, one place for each.
extension WordClass {
    /// The words of a closed-class list (lowercase, as the rules compare them); empty for the
    /// lexicon memberships, which `Lexicons` fills.
    var words: [String] {
        switch self {
        case .speechVerb, .beliefVerb, .titleWord, .titleLastWord, .roleNoun, .personRoleNoun, .groupRoleNoun, .givenName,
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
        case .timeWord:
            return [
                "on", "in", "at", "during", "last", "this", "next", "today", "yesterday", "earlier", "later", "week",
                "weekend", "month", "year", "morning", "evening", "night", "afternoon", "separately", "also", "again",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "tonight", "recently", "previously",
                "repeatedly", "publicly", "privately", "statement", "interview", "remarks", "with", "press",
                "conference", "news", "briefing", "speech", "tweet", "post", "message", "televised", "written",
                "joint", "separate", "phone", "call", "telephone", "video", "late", "early", "past", "then",
                "reportedly", "too", "further", "firmly", "strongly", "categorically", "flatly", "vehemently",
                "emphatically", "immediately", "once", "via", "twitter", "facebook", "telegram",
            ]
        case .eventNoun:
            return [
                "statement", "interview", "remarks", "conference", "news", "press", "briefing", "speech", "tweet",
                "post", "message", "call", "meeting", "televised", "joint", "separate", "phone", "telephone", "video",
                "written",
            ]
        case .audienceNoun:
            return [
                "reporters", "journalists", "lawmakers", "parliament", "conference", "briefing", "audience", "crowd",
                "supporters", "media", "television", "radio", "committee", "meeting", "summit", "forum", "interviewer",
                "newspaper", "agency", "channel", "broadcaster", "outlet", "magazine", "station", "legislators",
                "students", "diplomats", "delegates", "members", "us", "me", "him", "her", "them", "cnn",
                "parliamentarians",
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
        case .ingSubordinator: return ["while", "after", "before", "when", "whilst", "by"]
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
        case .nounLikeForm:
            return [
                "claim", "claims", "report", "reports", "promise", "promises", "pledge", "pledges", "vow", "vows",
                "comment", "comments", "answer", "answers", "remark", "remarks", "demand", "demands", "appeal",
                "appeals", "charge", "charges", "call", "calls", "plea", "pleas", "protest", "protests", "estimate",
                "estimates", "forecast", "forecasts", "signal", "signals", "reply", "replies", "guarantee",
                "guarantees", "quote", "quotes", "tweet", "tweets", "post", "posts", "note", "notes", "question",
                "questions", "warning", "warnings", "threat", "boast", "boasts", "denial", "denials", "statement",
                "statements", "dispute", "disputes", "object", "objects",
            ]
        case .clauseOnlyForm:
            return [
                "state", "states", "question", "questions", "object", "objects", "post", "posts", "quote", "quotes",
                "signal", "signals", "charge", "charges", "brief", "briefs", "note",
            ]
        case .nounModifier:
            return [
                "past", "previous", "earlier", "recent", "similar", "false", "unfounded", "baseless", "initial",
                "jobless", "new", "latest", "fresh", "further", "media", "news", "press", "conflicting", "competing",
                "separate", "unconfirmed", "numerous", "multiple", "many", "several", "various", "such", "these",
                "those", "other", "same", "his", "her", "their", "its", "our", "my", "your", "wild", "public",
                "private", "official", "campaign", "election", "earnings", "budget", "court", "weekly", "daily",
                "monthly", "quarterly", "annual", "first", "second", "third", "final", "main", "major", "key", "early",
                "late", "broken", "repeated", "persistent",
            ]
        case .nounFollower: return ["of", "about", "over", "regarding", "concerning", "by", "against", "from"]
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
        case .clauseBreak: return ["but", "referring"]
        case .sourcingWord: return ["of", "for", "with", "to", "under", "condition", "anonymity"]
        case .framePreposition: return ["on", "in", "at", "during", "with"]
        case .outletLink: return ["with", "to", "on", ","]
        case .trailingPunctuation: return [".", "!", "?", ","]
        case .placeTimeOpener: return ["in", "at", "on", "this", "last", "during", "today", "earlier", "later"]
        case .placeTimeFiller: return ["time", "moment", "weekend", "the"]
        case .personalPronoun: return ["he", "she", "they", "we", "i"]
        case .pieceDeterminer: return ["the", "that", "this", "its"]
        case .finiteAux: return ["is", "are", "was", "were", "have", "has", "had"]
        case .ofOrIn: return ["of", "in"]
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
        case .frameSeparator: return [",", ":", "\u{2014}"]
        case .headlineSeparator: return [":", "\u{2014}", "\u{2013}", "-", "|"]
        case .npPunctuation: return ["-", "(", ")"]
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
