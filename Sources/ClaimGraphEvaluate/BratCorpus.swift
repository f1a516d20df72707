import Foundation

/// A folder of BRAT standoff articles: `ID.txt` beside `ID.ann`.
///
/// Loading reads every pair it can and reports the rest: a `.txt` without its
/// `.ann`, an `.ann` without its `.txt`, a text that is not UTF-8, an `.ann`
/// with a malformed line (see `BratDocument.parse`). A reported article is
/// not scored. The text is decoded as UTF-8 exactly, a byte-order mark kept
/// as a code point, so offsets count what BRAT counted. Hidden files and
/// subfolders are ignored.
public struct BratCorpus: Sendable {
    /// The folder's last path component ("dev").
    public var name: String
    /// The articles read, by id order.
    public var documents: [BratDocument]
    /// The files that could not be read, one problem each, in name order.
    public var issues: [BratError]

    public init(name: String, documents: [BratDocument], issues: [BratError] = []) {
        self.name = name
        self.documents = documents
        self.issues = issues
    }

    /// Reads the folder.
    /// - Throws: `BratError` when the folder cannot be listed.
    public static func load(folder: String) throws(BratError) -> BratCorpus {
        let url = URL(fileURLWithPath: folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw BratError(file: folder, "cannot list the folder: \(error.localizedDescription)")
        }
        let present = Set(names)
        var corpus = BratCorpus(name: url.lastPathComponent, documents: [])
        for name in names {
            let path = url.appendingPathComponent(name).path
            if name.hasSuffix(".ann"), !present.contains(String(name.dropLast(4)) + ".txt") {
                corpus.issues.append(BratError(file: path, "no \(name.dropLast(4)).txt beside it"))
            }
            guard name.hasSuffix(".txt"), name.count > 4 else { continue }
            let id = String(name.dropLast(4))
            let annPath = url.appendingPathComponent(id + ".ann").path
            guard present.contains(id + ".ann") else {
                corpus.issues.append(BratError(file: path, "no \(id).ann beside it"))
                continue
            }
            do throws(BratError) {
                let text = try readUTF8(path)
                let annotations = try readUTF8(annPath)
                corpus.documents.append(try BratDocument.parse(id: id, text: text, annotations: annotations,
                                                               file: annPath))
            } catch {
                corpus.issues.append(error)
            }
        }
        return corpus
    }
}

/// A file's bytes as UTF-8 text, exactly (nothing stripped or replaced).
private func readUTF8(_ path: String) throws(BratError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw BratError(file: path, "cannot read the file")
    }
    let bytes = [UInt8](data)
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.utf8.elementsEqual(bytes) else { throw BratError(file: path, "not UTF-8 text") }
    return text
}
