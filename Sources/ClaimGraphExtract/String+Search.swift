/// Substring search on UTF-8 bytes.
///
/// With Foundation in the module, `String.contains(String)` resolves to
/// `NSString.range(of:)`, which bridges and compares by locale-aware rules; the
/// rules only ever ask whether one piece of article text holds another, byte for byte.
extension StringProtocol {
    /// Whether `needle` occurs in the string (an empty needle always does).
    func includes(_ needle: some StringProtocol) -> Bool {
        let hay = Array(utf8), pin = Array(needle.utf8)
        guard !pin.isEmpty else { return true }
        guard pin.count <= hay.count else { return false }
        let first = pin[0]
        var i = 0
        let last = hay.count - pin.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < pin.count && hay[i + k] == pin[k] { k += 1 }
                if k == pin.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the string holds the ASCII character `byte` ("." or " ").
    func includes(byte: UInt8) -> Bool { utf8.contains(byte) }
}
