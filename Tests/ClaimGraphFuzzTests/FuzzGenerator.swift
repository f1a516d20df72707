import Foundation

/// A seeded SplitMix64 generator: the same seed gives the same inputs on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One generated article: raw bytes (possibly invalid UTF-8) and metadata.
struct FuzzInput {
    var id: String
    var bytes: [UInt8]
    var outlet: String?
    var title: String?
}

/// Builds random and mutated articles from the sample corpus texts.
///
/// Input `n` of a campaign with seed `s` depends only on `(s, n)`, so any
/// failure can be replayed alone.
struct FuzzGenerator {
    let seeds: [[UInt8]]

    /// Snippets that stress quotes, controls, bidi, non-characters, scripts and cues.
    static let snippets: [[UInt8]] = {
        let texts = [
            "\u{201C}", "\u{201D}", "\"", "'", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{201E}", "\u{300C}", "\u{300D}",
            "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}",
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
            "\u{200E}", "\u{200F}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "\u{FFFD}", "\u{301}", "\u{20DD}", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
            "\u{1F1FA}\u{1F1F8}", "北京", "Москва", "مقال", "\u{10FFFF}", "\u{E000}", "\u{1D54F}",
            " said ", " denied ", " according to ", " told Reuters ", " Reuters ", " AFP ", "Mr. ", "Dr. ", " the minister ",
            " John Kirby ", " Iran ", " \"We", ".\" ", ",\u{201D} he said. ", "\r\n", "\n\n", "\r", "\t", "...", " U.S. ",
            "<", ">", "&", "&amp;", "]]>", "<!--", "\\", "\\u0000", "%", "{", "}", "^", "`", "|", "_:b0", "<http://x/>",
            "\"\"\"", "'''", "@prefix", "#", " . ", "\u{A0}", "\u{3000}",
        ]
        var result = texts.map { Array($0.utf8) }
        // Bytes that are not UTF-8: stray continuation, overlong, surrogate, out of range.
        result += [[0xFF], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80]]
        return result
    }()

    /// Loads the `.txt` files of `folder` as seeds.
    init(corpus folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        seeds = try names.map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
        precondition(!seeds.isEmpty, "no seed texts in \(folder.path)")
    }

    /// Input number `index` of the campaign `seed`.
    func input(seed: UInt64, index: Int) -> FuzzInput {
        var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        var bytes: [UInt8]
        if Int.random(in: 0..<10, using: &random) == 0 {
            bytes = soup(&random)
        } else {
            bytes = seeds.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...8, using: &random) { mutate(&bytes, &random) }
        }
        let id: String
        switch Int.random(in: 0..<4, using: &random) {
        case 0: id = "fuzz-\(index)"
        case 1: id = String(decoding: snippetRun(&random), as: UTF8.self) + "\(index)"
        case 2: id = "a b/<\(index)>\"{}|^`%zz"
        default: id = "記事 \(index) \u{202E}"
        }
        let outlet = Bool.random(using: &random) ? String(decoding: snippetRun(&random), as: UTF8.self) : nil
        let title = Bool.random(using: &random) ? String(decoding: snippetRun(&random), as: UTF8.self) : nil
        return FuzzInput(id: id, bytes: bytes, outlet: outlet, title: title)
    }

    private func snippetRun(_ random: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...5, using: &random) { bytes += Self.snippets.randomElement(using: &random)! }
        return bytes
    }

    /// A random mix of snippets and words from the seeds.
    private func soup(_ random: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        let seed = seeds.randomElement(using: &random)!
        for _ in 0..<Int.random(in: 0...200, using: &random) {
            if Bool.random(using: &random) {
                bytes += Self.snippets.randomElement(using: &random)!
            } else {
                let start = Int.random(in: 0..<seed.count, using: &random)
                bytes += seed[start..<min(seed.count, start + Int.random(in: 1...40, using: &random))]
            }
        }
        return bytes
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where !bytes.isEmpty:     // flip a bit
            let i = min(position, bytes.count - 1)
            bytes[i] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
        case 1, 2:                       // insert snippets
            bytes.insert(contentsOf: snippetRun(&random), at: position)
        case 3:                          // delete a range
            let end = min(bytes.count, position + Int.random(in: 0...200, using: &random))
            bytes.removeSubrange(position..<end)
        case 4:                          // truncate, maybe inside a UTF-8 sequence
            bytes.removeSubrange(position...)
        case 5 where !bytes.isEmpty:     // repeat a range
            let end = min(bytes.count, position + Int.random(in: 1...300, using: &random))
            let piece = bytes[min(position, bytes.count - 1)..<end]
            let copies = Array(repeating: Array(piece), count: Int.random(in: 1...20, using: &random)).flatMap { $0 }
            bytes.insert(contentsOf: copies, at: end)
        case 6:                          // splice from another seed
            let other = seeds.randomElement(using: &random)!
            let start = Int.random(in: 0..<other.count, using: &random)
            bytes.insert(contentsOf: other[start..<min(other.count, start + Int.random(in: 1...500, using: &random))], at: position)
        default:                         // random bytes
            let count = Int.random(in: 1...8, using: &random)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, at: position)
        }
    }
}
