import Testing
@testable import ClaimGraphModel

/// The one FNV-1a gives the published test vectors.
@Test func fnv1aMatchesTheReferenceVectors() {
    #expect(FNV1a64().value == 0xcbf2_9ce4_8422_2325)
    var h = FNV1a64()
    h.add(utf8: "a")
    #expect(h.value == 0xaf63_dc4c_8601_ec8c)
    var foobar = FNV1a64()
    foobar.add(utf8: "foobar")
    #expect(foobar.value == 0x8594_4171_f739_67e8)
    #expect(FNV1a32.hash(utf8: "") == 0x811c_9dc5)
    #expect(FNV1a32.hash(utf8: "a") == 0xe40c_292c)
    #expect(FNV1a32.hash(utf8: "foobar") == 0xbf9c_f968)
}
