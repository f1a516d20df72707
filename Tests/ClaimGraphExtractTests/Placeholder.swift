import Testing

@Test func placeholder_ClaimGraphExtractTests() { #expect(Bool(true)) }
