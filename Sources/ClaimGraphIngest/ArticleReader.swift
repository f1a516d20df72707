import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads articles from files, folders and JSON Lines, one at a time.
///
/// ```swift
/// let reader = ArticleReader(inputs: ["Corpus"])
/// while let item = reader.next() {
///     switch item {
///     case .success(let article): print(article.id)
///     case .failure(let issue): print(issue)     // "Corpus/x.txt: empty article (no text)"
///     }
/// }
/// ```
/// Inputs: a `.txt` file (its file name is the id), a folder (read
/// recursively, in byte order of names, `.txt` and `.jsonl` files), a `.jsonl`
/// file (one object per line: `id`, `text`, optional `title`, `outlet`, `date`,
/// `url`), or `-` for JSON Lines on standard input. Every bad input yields an
/// `IngestIssue` and reading goes on.
public final class ArticleReader {
    public let limits: IngestLimits
    private var sources: [InputSource]
    private var sourceIndex = 0
    private var pendingIssues: [IngestIssue] = []
    private var lines: LineReader?
    private var linesPath = ""
    private var seenIDs: Set<String> = []
    /// Bytes of article text read so far.
    public private(set) var bytesRead = 0
    /// The files in the folders given that were not read, for their ending
    /// (`Corpus/story.docx`), in the order of the walk.
    public let ignoredFiles: [String]

    /// The endings of the files read from a folder: `.txt`, `.jsonl`, `.ndjson`.
    public static var folderExtensions: [String] { InputExpansion.folderExtensions }

    public init(inputs: [String], limits: IngestLimits = .default) {
        self.limits = limits
        var issues: [IngestIssue] = []
        var ignored: [String] = []
        self.sources = InputExpansion.expand(inputs, issue: { issues.append($0) }, ignored: { ignored.append($0) })
        self.pendingIssues = issues
        self.ignoredFiles = ignored
    }

    /// How many sources (files, standard input) the inputs expanded to.
    public var sourceCount: Int { sources.count }

    /// The next article or issue, or nil when every input is read.
    public func next() -> Result<Article, IngestIssue>? {
        while true {
            if !pendingIssues.isEmpty { return .failure(pendingIssues.removeFirst()) }
            if let reader = lines {
                if let item = nextLine(reader) { return item }
                lines = nil
                continue
            }
            guard sourceIndex < sources.count else { return nil }
            let source = sources[sourceIndex]
            sourceIndex += 1
            switch source {
            case .textFile(let path):
                return readTextFile(path)
            case .jsonLines(let path):
                let fd = open(path, O_RDONLY)
                guard fd >= 0 else {
                    return .failure(IngestIssue(.unreadable, at: path, "cannot open: \(String(cString: strerror(errno)))"))
                }
                lines = LineReader(fd: fd, closeOnEnd: true, maxLineBytes: limits.maxLineBytes)
                linesPath = path
            case .standardInput:
                lines = LineReader(fd: 0, closeOnEnd: false, maxLineBytes: limits.maxLineBytes)
                linesPath = "<stdin>"
            }
        }
    }

    private func readTextFile(_ path: String) -> Result<Article, IngestIssue> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            return .failure(IngestIssue(.unreadable, at: path, "cannot open: \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > limits.maxArticleBytes {
            return .failure(IngestIssue(.tooLarge, at: path,
                                        "article of \(info.st_size) bytes is over the limit of \(limits.maxArticleBytes) bytes"))
        }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(IngestIssue(.unreadable, at: path, "read failed: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            bytes.append(contentsOf: block[0..<count])
            if bytes.count > limits.maxArticleBytes {
                return .failure(IngestIssue(.tooLarge, at: path, "article is over the limit of \(limits.maxArticleBytes) bytes"))
            }
        }
        let id = path.split(separator: "/").last.map(String.init) ?? path
        do {
            let text = try TextDecoding.decode(bytes, at: path)
            return accept(Article(id: id, text: text, origin: path))
        } catch {
            return .failure(error)
        }
    }

    private func nextLine(_ reader: LineReader) -> Result<Article, IngestIssue>? {
        while let line = reader.next() {
            let location = "\(linesPath):\(reader.lineNumber)"
            switch line {
            case .tooLong(let count):
                return .failure(IngestIssue(.tooLarge, at: location,
                                            "line of \(count) bytes is over the limit of \(limits.maxLineBytes) bytes"))
            case .text(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return parseLine(bytes, at: location, lineNumber: reader.lineNumber)
            }
        }
        if let error = reader.readError {
            return .failure(IngestIssue(.unreadable, at: linesPath, "read failed: \(String(cString: strerror(error)))"))
        }
        return nil
    }

    private func parseLine(_ bytes: [UInt8], at location: String, lineNumber: Int) -> Result<Article, IngestIssue> {
        if let offset = TextDecoding.firstInvalidUTF8(bytes[...]) {
            return .failure(IngestIssue(.invalidEncoding, at: location, "not valid UTF-8 at byte \(offset) of the line"))
        }
        if let fields = FlatJSONObject.parse(bytes) {
            guard let text = fields["text"] else {
                return .failure(IngestIssue(.missingText, at: location, "no \"text\" field"))
            }
            return article(text: text, id: fields["id"], fields: { fields[$0] }, at: location, lineNumber: lineNumber)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            return .failure(IngestIssue(.malformedJSON, at: location, "malformed JSON: \(JSONErrorText.describe(error))"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(IngestIssue(.malformedJSON, at: location, "expected a JSON object with \"text\""))
        }
        guard let text = fields["text"] as? String else {
            let reason = fields["text"] == nil ? "no \"text\" field" : "\"text\" is not a string"
            return .failure(IngestIssue(.missingText, at: location, reason))
        }
        let id: String?
        switch fields["id"] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: id = nil
        }
        return article(text: text, id: id, fields: { fields[$0] as? String }, at: location, lineNumber: lineNumber)
    }

    /// An article from one JSON line's values, with the checks every line gets.
    private func article(text: String, id: String?, fields: (String) -> String?, at location: String,
                         lineNumber: Int) -> Result<Article, IngestIssue> {
        if text.utf8.count > limits.maxArticleBytes {
            return .failure(IngestIssue(.tooLarge, at: location,
                                        "article of \(text.utf8.count) bytes is over the limit of \(limits.maxArticleBytes) bytes"))
        }
        do {
            try TextDecoding.checkText(text, at: location)
        } catch {
            return .failure(error)
        }
        let id = id.flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(linesPath.split(separator: "/").last.map(String.init) ?? linesPath):\(lineNumber)"
        func field(_ key: String) -> String? {
            guard let value = fields(key), !value.isEmpty else { return nil }
            return value
        }
        return accept(Article(id: id, text: text, title: field("title"), outlet: field("outlet"),
                              date: field("date"), url: field("url"), origin: location))
    }

    private func accept(_ article: Article) -> Result<Article, IngestIssue> {
        guard seenIDs.insert(article.id).inserted else {
            return .failure(IngestIssue(.duplicateID, at: article.origin,
                                        "duplicate article id \(article.id.debugDescription); the first one is kept"))
        }
        bytesRead += article.text.utf8.count
        return .success(article)
    }
}

/// Short messages for JSON parse errors.
enum JSONErrorText {
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}
