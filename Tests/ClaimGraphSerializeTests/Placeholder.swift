import Testing

@Test func placeholder_ClaimGraphSerializeTests() { #expect(Bool(true)) }
