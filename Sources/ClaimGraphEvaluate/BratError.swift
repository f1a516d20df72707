/// Why a BRAT file cannot be read: names the file and, for a line of an
/// `.ann`, its number (from 1).
///
///     train/a.ann:12: T7: end 950 is past the end of the text (940 code points)
public struct BratError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the caller named it.
    public var file: String
    /// The line of the file, when the problem is on one line.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
