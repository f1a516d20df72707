import Foundation

/// The lexicon data, compiled once into token tries and sets shared by all extractions.
struct Lexicons: Sendable {
    /// How a country is named by a matched phrase.
    enum CountryForm: Int32, Sendable { case name = 0, demonym = 1, capital = 2, metonym = 3 }

    struct Outlet: Sendable { var name: String; var kind: String; var country: String }
    struct Institution: Sendable { var name: String; var kind: String; var country: String }
    struct Verb: Sendable { var lemma: String; var denial: Bool; var frame: String }

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
    /// Speech verb forms, lowercased.
    var verbs = WordMap<Verb>()
    /// Denial cue phrases, lowercased; payload 0 negation, 1 falsehood, 2 rejection.
    var denialCueTrie = TokenTrie()
    /// Titles, lowercased; payload 0 honorific, 1 office, 2 military, 3 religious.
    var titleTrie = TokenTrie()
    /// Single-word titles, lowercased, without a final period.
    var titleWords = WordSet()
    /// The last word of each title, lowercased, without a final period ("speaker" of "House Speaker").
    var titleLastWords = WordSet()
    /// Role nouns, lowercased, by kind ("person", "group", "organization").
    var roleNouns = WordMap<String>()
    var givenNames = WordSet()
    var ambiguousGivenNames = WordSet()
    var nonNames = WordSet()
    /// Lowercase English words that are not names (base forms; see `common-words.txt`).
    var commonWords = WordSet()
    /// Capitalized nouns that head place, building, organization and law names, lowercased; true when
    /// the noun is also a common surname ("hill", "park").
    var nameHeads = WordMap<Bool>()
    /// Given names with one gender ("m" or "f").
    var givenNameGender = WordMap<Character>()

    /// Loads the lexicons bundled with the module.
    static func bundled() throws -> Lexicons {
        guard let url = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw ExtractorError.missingLexicons
        }
        return Lexicons(directory: url)
    }

    /// Loads every lexicon file found in `directory`; a missing file gives an empty table.
    init(directory: URL) {
        func rows(_ file: String, columns: Int) -> [[String]] {
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                  var text = String(data: data, encoding: .utf8) else { return [] }
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
        func multi(_ field: String) -> [String] {
            var field = field
            return field.withUTF8 { $0.split(separator: UInt8(ascii: "|")).map(Lexicons.trimmed).filter { !$0.isEmpty } }
        }
        func lines(_ file: String) -> [String] { rows(file, columns: 1).map { $0[0] } }

        for row in rows("countries.tsv", columns: 6) {
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
                for phrase in phrases { countryTrie.insert(Lexicons.words(phrase, lower: false), payload: index * 4 + form.rawValue) }
            }
        }
        for row in rows("outlets.tsv", columns: 4) {
            let index = Int32(outlets.count)
            outlets.append(Outlet(name: row[0], kind: row[2], country: row[3].uppercased()))
            for phrase in [row[0]] + multi(row[1]) {
                outletTrie.insert(Lexicons.words(phrase, lower: false), payload: index)
                // "The Washington Post" also reads "the Washington Post".
                var words = Lexicons.words(phrase, lower: false)
                if words.first == "The" { words[0] = "the"; outletTrie.insert(words, payload: index) }
            }
        }
        for row in rows("institutions.tsv", columns: 4) {
            let index = Int32(institutions.count)
            institutions.append(Institution(name: row[0], kind: row[2], country: row[3].uppercased()))
            for phrase in [row[0]] + multi(row[1]) {
                institutionTrie.insert(Lexicons.words(phrase, lower: true), payload: index)
            }
        }
        for row in rows("speech-verbs.tsv", columns: 4) {
            let verb = Verb(lemma: row[0].lowercased(), denial: row[2].lowercased() == "denial", frame: row[3].lowercased())
            let forms = multi(row[1])
            for form in forms.isEmpty ? [row[0]] : forms { verbs[form.lowercased()] = verb }
        }
        let cueKinds = ["negation": Int32(0), "falsehood": 1, "rejection": 2]
        for row in rows("denial-cues.tsv", columns: 2) {
            denialCueTrie.insert(Lexicons.words(row[0], lower: true), payload: cueKinds[row[1].lowercased()] ?? 0)
        }
        let titleKinds = ["honorific": Int32(0), "office": 1, "military": 2, "religious": 3]
        for row in rows("titles.tsv", columns: 2) {
            let words = Lexicons.words(row[0], lower: true).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            titleTrie.insert(words, payload: titleKinds[row[1].lowercased()] ?? 1)
            if let last = words.last(where: { !$0.isEmpty }) { titleLastWords.insert(last) }
            for word in words where !word.isEmpty && !["of", "the", "for", "and", "to", "in", "at"].contains(word) { titleWords.insert(word) }
        }
        for row in rows("role-nouns.tsv", columns: 2) {
            roleNouns[row[0].lowercased()] = row[1].isEmpty ? "person" : row[1].lowercased()
        }
        givenNames = WordSet(lines("given-names.txt"))
        ambiguousGivenNames = WordSet(lines("given-names-ambiguous.txt"))
        for row in rows("given-names-gender.tsv", columns: 2) {
            if let gender = row[1].first { givenNameGender[row[0]] = gender }
        }
        nonNames = WordSet(lines("non-names.txt").map { $0.lowercased() })
        commonWords = WordSet(lines("common-words.txt"))
        for row in rows("name-heads.tsv", columns: 2) { nameHeads[row[0].lowercased()] = row[1].lowercased() == "surname" }
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

    /// The token texts of a lexicon phrase, as the tokenizer splits article text.
    static func words(_ phrase: String, lower: Bool) -> [String] {
        Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.kind != .newline }.map { lower ? $0.lower : $0.text }
    }
}

/// Errors raised while preparing an extractor.
public enum ExtractorError: Error, Sendable {
    /// The bundled lexicon folder is missing.
    case missingLexicons
}

/// Prints a loader diagnostic in debug builds only.
@inline(__always)
func debugDiagnostic(_ message: @autoclosure () -> String) {
    #if DEBUG
    FileHandle.standardError.write(Data(("ClaimGraphExtract: " + message() + "\n").utf8))
    #endif
}
