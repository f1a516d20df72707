/// 64-bit feature keys mixed from a template id and one to three values.
///
/// A key is never 0 (0 marks an empty slot in the weight tables); its high
/// bits are well mixed, so tables index slots by them directly.
enum FeatureKey {
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(a ^ (template &* 0xD6E8_FEB8_6659_FD93)) | 1
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a ^ mix(b ^ (template &* 0xD6E8_FEB8_6659_FD93))) | 1
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(a ^ mix(b ^ mix(c ^ (template &* 0xD6E8_FEB8_6659_FD93)))) | 1
    }
}
