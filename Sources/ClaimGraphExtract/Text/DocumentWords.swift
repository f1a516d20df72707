import ClaimGraphModel

/// One document's words: the shared vocabulary, plus an overlay for the forms it does not
/// hold (ids from `shared.count` on), each distinct form once per document.
///
/// An overlay id is in no word class and starts no lexicon phrase: every lexicon word is in
/// the shared part. Built by the tokenizer for one document and never shared between threads.
struct DocumentWords: WordInterner {
    let shared: Lexemes
    let newline: WordID
    private let base: Int
    private var table = ScalarTable()
    private(set) var strings: [String] = []
    private var lowerIDs: [WordID] = []
    private var periodless: [WordID] = []
    private var bare: [WordID] = []
    private var shapes: [WordShape] = []

    init(shared: Lexemes) {
        self.shared = shared
        base = shared.count
        newline = shared.id("\n") ?? -1
    }

    mutating func intern(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, plain: Bool) -> (form: WordID, lower: WordID) {
        let hash = ScalarTable.hash(form, range)
        if let e = shared.table.find(form, range, hash: hash) { return (e, shared.lowerIDs[Int(e)]) }
        if let e = table.find(form, range, hash: hash) { return (WordID(base) + e, lowerIDs[Int(e)]) }
        let scalars = Array(form[range])
        // The lowercase entry first: the table and the arrays grow in step.
        var lowerID: WordID?
        if !plain {
            let lower = Self.lowercase(scalars)
            if !lower.elementsEqual(scalars) { lowerID = lower.withUnsafeBufferPointer { id($0) } }
        }
        let e = table.append(form, range, hash: hash)
        add(ScalarString.make(scalars, 0..<scalars.count), lower: lowerID ?? WordID(base) + e)
        return (WordID(base) + e, lowerIDs[Int(e)])
    }

    /// The tokenizer's lowercase form of `scalars` (as `ScalarString.lowercase` gives it).
    private static func lowercase(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var ascii = true
        for s in scalars where !s.isASCII { ascii = false; break }
        guard ascii else { return Array(ScalarString.lowercase(scalars, 0..<scalars.count).unicodeScalars) }
        return scalars.map { $0.value >= 0x41 && $0.value <= 0x5A ? Unicode.Scalar($0.value | 0x20)! : $0 }
    }

    /// The id of the word `form`, in the shared part or the overlay, added to the overlay when new.
    private mutating func id(_ form: UnsafeBufferPointer<Unicode.Scalar>) -> WordID {
        let range = 0..<form.count
        let hash = ScalarTable.hash(form, range)
        if let e = shared.table.find(form, range, hash: hash) { return e }
        if let e = table.find(form, range, hash: hash) { return WordID(base) + e }
        let scalars = Array(form)
        let lower = Self.lowercase(scalars)
        let lowerID: WordID? = lower.elementsEqual(scalars) ? nil : lower.withUnsafeBufferPointer { id($0) }
        let e = table.append(form, range, hash: hash)
        add(ScalarString.make(scalars, 0..<scalars.count), lower: lowerID ?? WordID(base) + e)
        return WordID(base) + e
    }

    /// Records the entry just appended to the table.
    private mutating func add(_ text: String, lower: WordID) {
        let own = WordID(base + strings.count)
        strings.append(text)
        lowerIDs.append(lower)
        let vocabulary = shared
        let stripped = text.utf8.count > 1 && text.utf8.last == 0x2E ? String(text.dropLast()) : nil
        periodless.append(stripped.map { vocabulary.id($0) ?? -1 } ?? own)
        bare.append(stripped.map { $0.includes(byte: 0x2E) ? own : vocabulary.id($0) ?? -1 } ?? own)
        // An overlay word is in no class: its spelling is its shape. The lexicon tests that
        // read other words (`isCommonWord`, `isGivenNameLike`) run when a rule asks.
        shapes.append(WordShape(spellingOf: text))
    }

    // MARK: reading entries

    /// Whether word `id` is in class `c` (only shared entries are).
    @inline(__always)
    func has(_ id: WordID, _ c: WordClass) -> Bool { shared.has(id, c) }

    @inline(__always)
    func shape(_ id: WordID) -> WordShape {
        Int(id) < base ? shared.shapes[Int(id)] : shapes[Int(id) - base]
    }

    @inline(__always)
    func periodless(_ id: WordID) -> WordID {
        Int(id) < base ? shared.periodless[Int(id)] : periodless[Int(id) - base]
    }

    @inline(__always)
    func bare(_ id: WordID) -> WordID {
        Int(id) < base ? shared.bare[Int(id)] : bare[Int(id) - base]
    }

    /// Whether word `id` is a common word or a regular inflection of one (`WordShape.commonWord`).
    func isCommonWord(_ id: WordID) -> Bool {
        if Int(id) < base { return shared.shapes[Int(id)].contains(.commonWord) }
        let shared = self.shared
        return WordShape.isInflectedCommonWord(strings[Int(id) - base], { shared.has($0, $1) }, { shared.id($0) ?? -1 })
    }

    /// Whether word `id` is a given name or two joined by a hyphen (`WordShape.givenNameLike`).
    func isGivenNameLike(_ id: WordID) -> Bool {
        if Int(id) < base { return shared.shapes[Int(id)].contains(.givenNameLike) }
        let shared = self.shared
        return WordShape.isHyphenatedGivenName(strings[Int(id) - base], { shared.has($0, $1) }, { shared.id($0) ?? -1 })
    }

    /// The form of word `id`.
    func string(_ id: WordID) -> String {
        Int(id) < base ? shared.strings[Int(id)] : strings[Int(id) - base]
    }

    /// The lexical features of `tokens`: shared entries' from the vocabulary, overlay entries'
    /// computed here once per distinct form, and only for forms the tokens use (`memo` holds
    /// them across calls, one slot per overlay entry).
    func features<C: Collection>(of tokens: C, memo: inout [LexicalFeatures?]) -> [LexicalFeatures] where C.Element == Token {
        let shared = self.shared.features
        if memo.count < strings.count { memo += [LexicalFeatures?](repeating: nil, count: strings.count - memo.count) }
        return tokens.map { token in
            let id = Int(token.form)
            if id < base { return shared[id] }
            if let known = memo[id - base] { return known }
            let computed = LexicalFeatures(form: strings[id - base])
            memo[id - base] = computed
            return computed
        }
    }
}
