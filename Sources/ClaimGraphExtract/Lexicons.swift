import Foundation

/// The lexicon data, compiled once into the shared vocabulary (word classes as flag bits), tries
/// over word ids and id-indexed tables, shared by all extractions.
struct Lexicons: Sendable {
    /// How a country is named by a matched phrase.
    enum CountryForm: Int32, Sendable { case name = 0, demonym = 1, capital = 2, metonym = 3 }

    struct Outlet: Sendable {
        var name: String; var kind: String; var country: String
        /// Whether the outlet is a social network, which credits no statement.
        var isSocialNetwork: Bool
    }
    struct Institution: Sendable { var name: String; var kind: String; var country: String }
    struct Verb: Sendable {
        /// What the verb's content may be (`speech-verbs.tsv` and `belief-verbs.tsv`, column content).
        enum Content: String, Sendable { case clause, object, any }
        /// A verb that a sieve reads in its own way (`speech-verbs.tsv`, column role).
        enum Role: String, Sendable { case none = "-", ask, tell, quote }

        var lemma: WordID
        var denial: Bool
        /// Whether the verb's frame is "deny".
        var deniesFrame: Bool
        /// Whether the verb's frame is "assert": a stance-bearing claim ("alleged", "boasted").
        var assertsFrame: Bool
        /// A speech verb, or a verb of belief, knowledge or evidence.
        var kind: StatementKind
        var content: Content
        var role: Role

        /// Whether an object of the verb can be its content ("denied the report", "reported a
        /// surge in attacks"); a neutral reporting verb's object is what it reports on or to
        /// ("described the scene", "told reporters").
        var takesObject: Bool { content == .object || (content == .any && (deniesFrame || assertsFrame || kind != .speech)) }
    }

    /// Every word form the lexicons and the word classes name.
    let words: Lexemes
    var countryCodes: [String] = []
    var countryNames: [String: String] = [:]
    /// Country phrases in their exact case; payload = country index * 4 + form.
    var countryTrie = TokenTrie()
    var outlets: [Outlet] = []
    /// Outlet names and aliases in their exact case; payload = outlet index.
    var outletTrie = TokenTrie()
    var institutions: [Institution] = []
    /// Institution names and aliases, lowercased; payload = institution index.
    var institutionTrie = TokenTrie()
    /// Speech verbs; `verbIndex` gives the verb of a lowercase word id (-1 for none).
    var verbs: [Verb] = []
    private var verbIndex: [Int32] = []
    /// Denial cue phrases, lowercased; payload 0 negation, 1 falsehood, 2 rejection.
    var denialCueTrie = TokenTrie()
    /// Titles, lowercased, each word without a final period; payload 0 honorific, 1 office, 2 military, 3 religious.
    var titleTrie = TokenTrie()
    /// The gender ("m" or "f") of a given name with one gender, by exact word id; 0 for none.
    private var genders: [UInt8] = []
    /// Office titles and the words around them (`national-offices.tsv`); `officeTrie` holds the
    /// offices lowercased, each word without a final period; payload = office index.
    var offices: [Office] = []
    var officeTrie = TokenTrie()
    /// Each head of state or government (`office-holders.tsv`), by the `NameKey.person` key of
    /// the name and of each alias: the usual full name and the country.
    var officeHolders: [String: (name: String, country: String)] = [:]
    /// States and provinces (`subdivisions.tsv`): names in their exact case (payload = index
    /// into `subdivisionCountries`), and the country of each name and abbreviation as a
    /// party-state tag writes it ("N.C.", "Calif.", "New York").
    var subdivisionTrie = TokenTrie()
    var subdivisionCountries: [String] = []
    var subdivisionTags: [String: String] = [:]

    /// A row of `national-offices.tsv`.
    struct Office: Sendable {
        /// What the office says of its holder's country (column kind).
        enum Kind: String, Sendable {
            /// The office exists in one state: `country`.
            case national
            /// A generic government office: the country the article is about.
            case context
            /// A diplomat: sent by the article's country, never by the country posted to.
            case envoy
            /// An office of an international body: no country.
            case international
            /// A noun that makes a generic office an organization's ("company president").
            case organization
            /// A word that marks the holder as a visitor ("visiting", "counterpart").
            case foreign
        }
        var kind: Kind
        var country: String
    }

    /// Loads the lexicons bundled with the module.
    static func bundled() throws -> Lexicons {
        try Lexicons(directory: bundledFolder())
    }

    /// The folder of the lexicon files bundled with the module.
    static func bundledFolder() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw ExtractorError.missingLexicons
        }
        return url
    }

    /// Loads every lexicon file in `directory`. A missing or unreadable file, or a row whose
    /// closed columns (a verb's polarity, content or role) hold an unknown value, is an error
    /// naming the file and the line.
    init(directory: URL) throws {
        func rows(_ file: String, columns: Int) throws -> [[String]] {
            let url = directory.appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url), var text = String(data: data, encoding: .utf8) else {
                throw ExtractorError.lexicon(file: file, line: 0, problem: FileManager.default.fileExists(atPath: url.path)
                                             ? "not readable as UTF-8" : "missing")
            }
            var out: [[String]] = []
            text.withUTF8 { bytes in
                for line in Lexicons.lines(bytes) {
                    if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    var fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map(Lexicons.trimmed)
                    guard !fields[0].isEmpty else {
                        debugDiagnostic("\(file): skipped a row without a first column")
                        continue
                    }
                    while fields.count < columns { fields.append("") }
                    out.append(fields)
                }
            }
            return out
        }
        /// Rows with their line numbers (1-based), for files whose columns are checked.
        func numberedRows(_ file: String) throws -> [(line: Int, fields: [String])] {
            let url = directory.appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                throw ExtractorError.lexicon(file: file, line: 0, problem: "missing or not UTF-8")
            }
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { k, line in
                let line = line.hasSuffix("\r") ? line.dropLast() : line
                if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
                return (k + 1, line.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) })
            }
        }
        func multi(_ field: String) -> [String] {
            var field = field
            return field.withUTF8 { $0.split(separator: UInt8(ascii: "|")).map(Lexicons.trimmed).filter { !$0.isEmpty } }
        }
        func lines(_ file: String) throws -> [String] { try rows(file, columns: 1).map { $0[0] } }

        var vocabulary = LexemeBuilder()
        /// The tokens of a lexicon phrase, as the tokenizer splits article text.
        func phrase(_ text: String) -> [Token] {
            Tokenizer.tokenize(Array(text.unicodeScalars), words: &vocabulary).filter { $0.kind != .newline }
        }

        for row in try rows("countries.tsv", columns: 6) {
            let code = row[0].uppercased()
            guard code.count == 2 else { debugDiagnostic("countries.tsv: bad code \(row[0])"); continue }
            let index = Int32(countryCodes.count)
            countryCodes.append(code)
            countryNames[code] = row[1]
            let forms: [(CountryForm, [String])] = [
                (.name, [row[1]] + multi(row[2])), (.demonym, multi(row[3])),
                (.capital, multi(row[4])), (.metonym, multi(row[5])),
            ]
            for (form, phrases) in forms {
                for text in phrases { countryTrie.insert(phrase(text).map(\.form), payload: index * 4 + form.rawValue) }
            }
        }
        let capitalThe = vocabulary.intern("The"), the = vocabulary.intern("the")
        let socialNetworks = Set(WordClass.socialNetwork.words)
        for row in try rows("outlets.tsv", columns: 4) {
            let index = Int32(outlets.count)
            outlets.append(Outlet(name: row[0], kind: row[2], country: row[3].uppercased(),
                                  isSocialNetwork: socialNetworks.contains(row[0].lowercased())))
            for text in [row[0]] + multi(row[1]) {
                var words = phrase(text).map(\.form)
                outletTrie.insert(words, payload: index)
                // "The Washington Post" also reads "the Washington Post".
                if words.first == capitalThe { words[0] = the; outletTrie.insert(words, payload: index) }
            }
        }
        for row in try rows("institutions.tsv", columns: 4) {
            let index = Int32(institutions.count)
            institutions.append(Institution(name: row[0], kind: row[2], country: row[3].uppercased()))
            for text in [row[0]] + multi(row[1]) {
                institutionTrie.insert(phrase(text).map(\.lower), payload: index)
            }
        }
        var verbOf: [WordID: Int32] = [:]
        var beliefForms: Set<WordID> = []
        var stanceForms: Set<WordID> = []
        for (file, kind) in [("speech-verbs.tsv", StatementKind.speech), ("belief-verbs.tsv", .belief), ("stance-verbs.tsv", .stance)] {
            for (line, row) in try numberedRows(file) {
                func bad(_ problem: String) -> ExtractorError { .lexicon(file: file, line: line, problem: problem) }
                let speech = kind == .speech
                guard row.count == (speech ? 6 : 3) else { throw bad("\(row.count) columns, expected \(speech ? 6 : 3)") }
                let polarity = speech ? row[2].lowercased() : "claim"
                guard polarity == "claim" || polarity == "denial" else { throw bad("polarity \"\(row[2])\" is not claim or denial") }
                guard let content = Verb.Content(rawValue: row[speech ? 4 : 2].lowercased()) else {
                    throw bad("content \"\(row[speech ? 4 : 2])\" is not clause, object or any")
                }
                guard let role = speech ? Verb.Role(rawValue: row[5].lowercased()) : Verb.Role.none else {
                    throw bad("role \"\(row[5])\" is not -, ask, tell or quote")
                }
                let verb = Verb(lemma: vocabulary.intern(row[0].lowercased()), denial: polarity == "denial",
                                deniesFrame: speech && row[3].lowercased() == "deny",
                                assertsFrame: speech && row[3].lowercased() == "assert", kind: kind, content: content, role: role)
                let forms = multi(row[1])
                for form in forms.isEmpty ? [row[0]] : forms {
                    let id = vocabulary.intern(form.lowercased())
                    // A form the speech verbs list stays a speech verb.
                    guard verbOf[id] == nil else { continue }
                    verbOf[id] = Int32(verbs.count)
                    if kind == .belief { beliefForms.insert(id) }
                    if kind == .stance { stanceForms.insert(id) }
                }
                verbs.append(verb)
            }
        }
        let cueKinds = ["negation": Int32(0), "falsehood": 1, "rejection": 2]
        for row in try rows("denial-cues.tsv", columns: 2) {
            denialCueTrie.insert(phrase(row[0]).map(\.lower), payload: cueKinds[row[1].lowercased()] ?? 0)
        }
        /// A title's words lowercased, each without an abbreviation's final period ("Sen." → "sen").
        func periodless(_ text: String) -> [String] {
            phrase(text).map { token -> String in
                let word = vocabulary.string(token.lower)
                return word.hasSuffix(".") ? String(word.dropLast()) : word
            }
        }
        let titleKinds = ["honorific": Int32(0), "office": 1, "military": 2, "religious": 3]
        for row in try rows("titles.tsv", columns: 2) {
            let words = periodless(row[0])
            titleTrie.insert(words.map { vocabulary.intern($0) }, payload: titleKinds[row[1].lowercased()] ?? 1)
            if let last = words.last(where: { !$0.isEmpty }) { vocabulary.mark(vocabulary.intern(last), .titleLastWord) }
            for word in words where !word.isEmpty {
                let id = vocabulary.intern(word)
                if !vocabulary.has(id, .titleFunctionWord) { vocabulary.mark(id, .titleWord) }
            }
        }
        let codes = Set(countryCodes)
        for (line, row) in try numberedRows("national-offices.tsv") {
            func bad(_ problem: String) -> ExtractorError { .lexicon(file: "national-offices.tsv", line: line, problem: problem) }
            guard row.count == 3 else { throw bad("\(row.count) columns, expected 3") }
            guard let kind = Office.Kind(rawValue: row[1]) else {
                throw bad("kind \"\(row[1])\" is not national, context, envoy, international, organization or foreign")
            }
            if kind == .national {
                guard codes.contains(row[2]) else { throw bad("country \"\(row[2])\" of a national office is no country code") }
            } else if !row[2].isEmpty {
                throw bad("country \"\(row[2])\" given for a \(kind.rawValue) row")
            }
            officeTrie.insert(periodless(row[0]).filter { !$0.isEmpty }.map { vocabulary.intern($0) }, payload: Int32(offices.count))
            offices.append(Office(kind: kind, country: row[2]))
        }
        var holderLine: [String: Int] = [:]
        for (line, row) in try numberedRows("office-holders.tsv") {
            func bad(_ problem: String) -> ExtractorError { .lexicon(file: "office-holders.tsv", line: line, problem: problem) }
            guard row.count == 6 else { throw bad("\(row.count) columns, expected 6") }
            guard codes.contains(row[2]) else { throw bad("country \"\(row[2])\" is no country code") }
            for name in [row[0]] + multi(row[1]) {
                let key = NameKey.person(name)
                if let other = holderLine[key], other != line { throw bad("\"\(name)\" is also a name or alias on line \(other)") }
                holderLine[key] = line
                officeHolders[key] = (row[0], row[2])
            }
        }
        for (line, row) in try numberedRows("subdivisions.tsv") {
            func bad(_ problem: String) -> ExtractorError { .lexicon(file: "subdivisions.tsv", line: line, problem: problem) }
            guard row.count == 3 else { throw bad("\(row.count) columns, expected 3") }
            guard codes.contains(row[2]) else { throw bad("country \"\(row[2])\" is no country code") }
            subdivisionTrie.insert(phrase(row[0]).map(\.form), payload: Int32(subdivisionCountries.count))
            subdivisionCountries.append(row[2])
            for tag in [row[0]] + multi(row[1]) { subdivisionTags[tag] = row[2] }
        }
        var roleKinds: [WordID: String] = [:]
        for row in try rows("role-nouns.tsv", columns: 2) {
            roleKinds[vocabulary.intern(row[0].lowercased())] = row[1].isEmpty ? "person" : row[1].lowercased()
        }
        for (id, kind) in roleKinds {
            vocabulary.mark(id, .roleNoun)
            if kind == "person" { vocabulary.mark(id, .personRoleNoun) }
            if kind == "group" { vocabulary.mark(id, .groupRoleNoun) }
        }
        for word in try lines("given-names.txt") { vocabulary.mark(vocabulary.intern(word), .givenName) }
        for word in try lines("given-names-ambiguous.txt") { vocabulary.mark(vocabulary.intern(word), .ambiguousGivenName) }
        var genderOf: [WordID: UInt8] = [:]
        for row in try rows("given-names-gender.tsv", columns: 2) {
            if let gender = row[1].first, let ascii = gender.asciiValue { genderOf[vocabulary.intern(row[0])] = ascii }
        }
        for word in try lines("non-names.txt") { vocabulary.mark(vocabulary.intern(word.lowercased()), .nonName) }
        for word in try lines("common-words.txt") { vocabulary.mark(vocabulary.intern(word), .commonWord) }
        var headKinds: [WordID: String] = [:]
        for row in try rows("name-heads.tsv", columns: 2) { headKinds[vocabulary.intern(row[0].lowercased())] = row[1].lowercased() }
        for (id, kind) in headKinds {
            if kind == "opener" { vocabulary.mark(id, .placeOpener); continue }
            vocabulary.mark(id, .nameHead)
            if kind == "surname" { vocabulary.mark(id, .surnameNameHead) }
        }
        for (id, _) in verbOf {
            vocabulary.mark(id, beliefForms.contains(id) ? .beliefVerb : stanceForms.contains(id) ? .stanceVerb : .speechVerb)
        }

        words = vocabulary.freeze()
        verbIndex = Array(repeating: -1, count: words.count)
        for (id, verb) in verbOf { verbIndex[Int(id)] = verb }
        genders = Array(repeating: 0, count: words.count)
        for (id, gender) in genderOf { genders[Int(id)] = gender }
    }

    /// The speech verb of a lowercase word id.
    @inline(__always)
    func verb(_ lower: WordID) -> Verb? {
        guard UInt32(bitPattern: lower) < UInt32(verbIndex.count) else { return nil }
        let v = verbIndex[Int(lower)]
        return v < 0 ? nil : verbs[Int(v)]
    }

    /// The gender ("m" or "f") of a given name written `name`, nil when unknown or shared.
    func givenNameGender(_ name: String) -> Character? {
        guard let id = words.id(name), genders[Int(id)] != 0 else { return nil }
        return Character(Unicode.Scalar(genders[Int(id)]))
    }

    /// The lines of a file's UTF-8, without their line ends (LF or CR LF).
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Slice<UnsafeBufferPointer<UInt8>>] {
        bytes.split(separator: 0x0A).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
    }

    /// A field's text without the spaces, tabs and no-break spaces (C2 A0) around it.
    static func trimmed(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var a = field.startIndex, b = field.endIndex
        while a < b {
            if field[a] == 0x20 || field[a] == 0x09 { a += 1 } else if field[a] == 0xC2, a + 1 < b, field[a + 1] == 0xA0 { a += 2 } else { break }
        }
        while b > a {
            if field[b - 1] == 0x20 || field[b - 1] == 0x09 { b -= 1 } else if b - a >= 2, field[b - 2] == 0xC2, field[b - 1] == 0xA0 { b -= 2 } else { break }
        }
        return String(decoding: field[a..<b], as: UTF8.self)
    }
}

/// Errors raised while preparing an extractor.
public enum ExtractorError: Error, Sendable {
    /// The bundled lexicon folder is missing.
    case missingLexicons
    /// A lexicon file is missing, or one of its rows is malformed (line 0: the whole file).
    case lexicon(file: String, line: Int, problem: String)
}

extension ExtractorError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingLexicons: "the bundled Lexicons folder is missing"
        case .lexicon(let file, let line, let problem): line > 0 ? "\(file), line \(line): \(problem)" : "\(file): \(problem)"
        }
    }
}

/// Prints a loader diagnostic in debug builds only.
@inline(__always)
func debugDiagnostic(_ message: @autoclosure () -> String) {
    #if DEBUG
    FileHandle.standardError.write(Data(("ClaimGraphExtract: " + message() + "\n").utf8))
    #endif
}
