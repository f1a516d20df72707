import Foundation

/// One sentence of a CoNLL-U file: its comment lines and its words (multiword-token
/// lines and empty nodes left out).
public struct CoNLLUSentence: Sendable, Equatable {
    /// The comment lines, without the leading "#" and one following space ("sent_id = 1").
    public var comments: [String] = []
    public var forms: [String] = []
    /// UPOS column as written ("NOUN", or "_").
    public var upos: [String] = []
    /// HEAD column: 0 for the root, 1-based word index otherwise, -1 for "_".
    public var heads: [Int] = []
    /// DEPREL column as written.
    public var deprels: [String] = []

    public init() {}

    public var count: Int { forms.count }

    /// The value of a `# key = value` comment, if present.
    public func comment(_ key: String) -> String? {
        for line in comments {
            guard let eq = line.firstIndex(of: "=") else { continue }
            if line[..<eq].trimmingCharacters(in: .whitespaces) == key {
                return line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}

/// A malformed CoNLL-U line.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable {
    public var source: String
    public var line: Int
    public var reason: String

    public var description: String { "\(source):\(line): \(reason)" }
}

/// Reading CoNLL-U (https://universaldependencies.org/format.html).
public enum CoNLLU {
    /// Reads a file: every sentence, in order.
    public static func read(contentsOf url: URL) throws -> [CoNLLUSentence] {
        let data = try Data(contentsOf: url)
        return try data.withUnsafeBytes { raw in
            try parse(raw.bindMemory(to: UInt8.self), source: url.path)
        }
    }

    /// Reads CoNLL-U text; `source` names it in errors.
    public static func parse(_ text: String, source: String) throws -> [CoNLLUSentence] {
        var text = text
        return try text.withUTF8 { try parse($0, source: source) }
    }

    /// Reads CoNLL-U bytes; `source` names them in errors.
    ///
    /// Word lines need 10 tab-separated fields, IDs 1, 2, 3… in each sentence, and
    /// HEAD an integer within the sentence (or `_`). `1-2` and `1.1` lines are skipped.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, source: String) throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var headLines: [Int] = []
        var lineNumber = 0
        func fail(_ reason: String, at line: Int) -> CoNLLUError { CoNLLUError(source: source, line: line, reason: reason) }
        func finish() throws {
            if current.count > 0 {
                for (i, head) in current.heads.enumerated() where head > current.count {
                    throw fail("HEAD \(head) is beyond the sentence's \(current.count) words", at: headLines[i])
                }
                sentences.append(current)
            }
            current = CoNLLUSentence()
            headLines.removeAll(keepingCapacity: true)
        }
        var start = 0
        let n = bytes.count
        var fields: [Range<Int>] = []
        fields.reserveCapacity(10)
        while start < n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var stop = end
            if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
            defer { start = end + 1 }
            if stop == start || (start..<stop).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                try finish()
                continue
            }
            if bytes[start] == 0x23 { // '#'
                guard current.count == 0 else { throw fail("comment inside a sentence", at: lineNumber) }
                var from = start + 1
                if from < stop && bytes[from] == 0x20 { from += 1 }
                current.comments.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<stop]), as: UTF8.self))
                continue
            }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for i in start..<stop where bytes[i] == 0x09 {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            fields.append(fieldStart..<stop)
            guard fields.count == 10 else {
                throw fail("\(fields.count) tab-separated fields, expected 10", at: lineNumber)
            }
            func text(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[k]]), as: UTF8.self) }
            let id = fields[0]
            if bytes[id].contains(0x2D) || bytes[id].contains(0x2E) { continue } // multiword token or empty node
            guard let index = integer(bytes, id) else { throw fail("ID '\(text(0))' is not a number", at: lineNumber) }
            guard index == current.count + 1 else {
                throw fail("ID \(index) out of sequence (expected \(current.count + 1))", at: lineNumber)
            }
            let head: Int
            if fields[6].count == 1 && bytes[fields[6].lowerBound] == 0x5F { head = -1 } else {
                guard let h = integer(bytes, fields[6]) else { throw fail("HEAD '\(text(6))' is not a number", at: lineNumber) }
                head = h
            }
            guard !fields[1].isEmpty else { throw fail("empty FORM", at: lineNumber) }
            current.forms.append(text(1))
            current.upos.append(text(3))
            current.heads.append(head)
            current.deprels.append(text(7))
            headLines.append(lineNumber)
        }
        try finish()
        return sentences
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var v = 0
        for i in range {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }
}
