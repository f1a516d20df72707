import Foundation

/// Which of noun, verb, adjective and adverb a word form can be according to
/// WordNet (the `index.*` and `*.exc` files of a WordNet dictionary folder),
/// with regular inflections generated from the lemmas: keyed by `LexicalFeatures.lower`.
///
/// Bits: 1 noun, 2 verb, 4 adjective, 8 adverb.
public enum WordNetCategories {
    public static func load(folder: URL) throws -> [UInt64: UInt32] {
        var categories: [UInt64: UInt32] = [:]
        func add(_ form: String, _ bit: UInt32) { categories[LexicalFeatures.lowerHash(of: form), default: 0] |= bit }
        for (name, bit) in [("noun", UInt32(1)), ("verb", 2), ("adj", 4), ("adv", 8)] {
            let index = try String(contentsOf: folder.appendingPathComponent("index.\(name)"), encoding: .utf8)
            for line in index.split(separator: "\n") {
                guard let first = line.first, first != " " else { continue }
                let lemma = String(line.prefix { $0 != " " })
                guard !lemma.contains("_") else { continue }
                add(lemma, bit)
                for form in inflections(of: lemma, category: name) { add(form, bit) }
            }
            let exceptions = folder.appendingPathComponent("\(name).exc")
            if let text = try? String(contentsOf: exceptions, encoding: .utf8) {
                for line in text.split(separator: "\n") {
                    if let form = line.split(separator: " ").first, !form.contains("_") { add(String(form), bit) }
                }
            }
        }
        return categories
    }

    /// Regular inflections (over-generated: a form that is no word costs nothing).
    static func inflections(of lemma: String, category: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        guard let last = lemma.last, lemma.count > 1 else { return [] }
        let stem = String(lemma.dropLast())
        let consonantY = last == "y" && !vowels.contains(stem.last ?? "a")
        let sibilant = ["s", "x", "z", "ch", "sh"].contains { lemma.hasSuffix($0) }
        let plural = consonantY ? stem + "ies" : (sibilant ? lemma + "es" : lemma + "s")
        switch category {
        case "noun":
            return [plural]
        case "verb":
            var forms = [plural]
            if last == "e" { forms += [lemma + "d", stem + "ing"] }
            else if consonantY { forms += [stem + "ied", lemma + "ing"] }
            else {
                forms += [lemma + "ed", lemma + "ing"]
                if !vowels.contains(last), let before = stem.last, vowels.contains(before) {
                    forms += [lemma + String(last) + "ed", lemma + String(last) + "ing"]
                }
            }
            return forms
        case "adj":
            if last == "e" { return [lemma + "r", lemma + "st"] }
            if consonantY { return [stem + "ier", stem + "iest"] }
            return [lemma + "er", lemma + "est"]
        default:
            return []
        }
    }
}
