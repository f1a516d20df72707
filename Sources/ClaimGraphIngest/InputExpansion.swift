#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One source of articles after command-line inputs are expanded.
enum InputSource: Equatable {
    /// A plain-text file: one article, named by its file name.
    case textFile(path: String)
    /// A JSON Lines file: one article per line.
    case jsonLines(path: String)
    /// JSON Lines on standard input.
    case standardInput
}

/// Expands command-line inputs into sources: folders recursively, in sorted
/// order, following links with loop detection.
enum InputExpansion {
    /// File endings read as JSON Lines; every other file given by name is plain text.
    static let jsonLinesExtensions = [".jsonl", ".ndjson"]
    /// File endings picked up when walking a folder.
    static let folderExtensions = [".txt", ".jsonl", ".ndjson"]

    /// The sources of `inputs`; `ignored` is told of each file a folder walk
    /// passes over for its ending (`story.docx`), in walk order.
    static func expand(_ inputs: [String], issue: (IngestIssue) -> Void,
                       ignored: (String) -> Void = { _ in }) -> [InputSource] {
        var sources: [InputSource] = []
        for input in inputs {
            if input == "-" {
                sources.append(.standardInput)
                continue
            }
            var info = stat()
            guard stat(input, &info) == 0 else {
                let reason = String(cString: strerror(errno))
                let kind: IngestIssue.Kind = errno == ENOENT ? .notFound : (errno == ELOOP ? .symlinkLoop : .unreadable)
                issue(IngestIssue(kind, at: input, "cannot read: \(reason)"))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<FileID> = []
                walk(folder: input, info: info, visited: &visited, into: &sources, issue: issue, ignored: ignored)
            } else {
                sources.append(source(for: input))
            }
        }
        return sources
    }

    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private static func source(for path: String) -> InputSource {
        let lower = path.lowercased()
        return jsonLinesExtensions.contains(where: { lower.hasSuffix($0) }) ? .jsonLines(path: path) : .textFile(path: path)
    }

    private static func walk(folder: String, info: stat, visited: inout Set<FileID>,
                             into sources: inout [InputSource], issue: (IngestIssue) -> Void,
                             ignored: (String) -> Void) {
        let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(id).inserted else {
            issue(IngestIssue(.symlinkLoop, at: folder, "symbolic link loop: this folder was already read"))
            return
        }
        defer { visited.remove(id) }
        guard let dir = opendir(folder) else {
            issue(IngestIssue(.unreadable, at: folder, "cannot read folder: \(String(cString: strerror(errno)))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(dir)
        // Byte order, so that the listing order of the file system never matters.
        names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names {
            let path = prefix + name
            var child = stat()
            guard stat(path, &child) == 0 else {
                let loop = errno == ELOOP
                issue(IngestIssue(loop ? .symlinkLoop : .unreadable, at: path,
                                  loop ? "symbolic link loop" : "cannot read: \(String(cString: strerror(errno)))"))
                continue
            }
            if (child.st_mode & S_IFMT) == S_IFDIR {
                walk(folder: path, info: child, visited: &visited, into: &sources, issue: issue, ignored: ignored)
            } else if (child.st_mode & S_IFMT) == S_IFREG {
                let lower = name.lowercased()
                if folderExtensions.contains(where: { lower.hasSuffix($0) }) {
                    sources.append(source(for: path))
                } else {
                    ignored(path)
                }
            }
        }
    }
}
