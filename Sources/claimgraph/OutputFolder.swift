#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder an export writes into: created with its missing parents, with
/// an error that says in words what stands in the way, and removed again
/// when the run ends without writing into it.
struct OutputFolder {
    /// The folder as given.
    let path: String
    /// The folders this run created, outermost first (empty when it existed).
    let created: [String]

    /// Creates `path` and the parents it lacks.
    /// - Throws: `OutputError` "cannot create output folder P: why", or
    ///   "cannot write into P: why" when the folder exists but cannot take files.
    init(creating path: String) throws {
        self.path = path
        var created: [String] = []
        do {
            for prefix in Self.prefixes(of: path) {
                if try Self.make(prefix) { created.append(prefix) }
            }
        } catch let reason as Reason {
            Self.remove(created)
            throw OutputError("cannot create output folder \(path): \(reason.text)")
        }
        if access(path, W_OK | X_OK) != 0 {
            let reason = errno == EACCES ? "permission denied" : Self.systemMessage(errno)
            Self.remove(created)
            throw OutputError("cannot write into \(path): \(reason)")
        }
        self.created = created
    }

    /// Removes the folders this run created, innermost first, as far as they
    /// are empty (a folder that holds anything is left as it is).
    func removeCreated() {
        Self.remove(created)
    }

    private static func remove(_ folders: [String]) {
        for folder in folders.reversed() where rmdir(folder) != 0 { break }
    }

    /// Why a folder cannot be made, in words.
    private struct Reason: Error {
        let text: String
    }

    /// `a`, `a/b`, `a/b/c` for `a/b/c` (and `/a`, `/a/b` for `/a/b`), without
    /// empty or `.` steps.
    static func prefixes(of path: String) -> [String] {
        var result: [String] = []
        var current = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") where part != "." {
            current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
            result.append(current)
        }
        return result
    }

    /// Makes sure `folder` is a folder; returns true when this call created it.
    private static func make(_ folder: String) throws -> Bool {
        var info = stat()
        if stat(folder, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return false
            case S_IFREG: throw Reason(text: "\(folder) is a file, not a folder")
            default: throw Reason(text: "\(folder) is not a folder")
            }
        }
        let statError = errno
        if statError != ENOENT { throw Reason(text: describe(statError, folder)) }
        var link = stat()
        if lstat(folder, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
            throw Reason(text: "\(folder) is a symbolic link to something that does not exist")
        }
        if mkdir(folder, 0o777) == 0 { return true }
        let mkdirError = errno
        if mkdirError == EEXIST, stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return false }
        throw Reason(text: describe(mkdirError, folder))
    }

    /// The words for an errno met while making `folder`.
    private static func describe(_ code: Int32, _ folder: String) -> String {
        let parent = parent(of: folder)
        switch code {
        case EACCES, EPERM: return "permission denied in \(parent)"
        case EROFS: return "\(parent) is on a read-only file system"
        case ENOSPC, EDQUOT: return "no space left on the device of \(parent)"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "\(folder) goes through a symbolic link loop"
        case ENOTDIR: return "a part of \(folder) is not a folder"
        default: return "\(folder): \(systemMessage(code))"
        }
    }

    private static func parent(of folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/") else { return "the current folder" }
        return slash == folder.startIndex ? "/" : String(folder[..<slash])
    }

    private static func systemMessage(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
