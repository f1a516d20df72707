import Testing

@Test func placeholder_ClaimGraphGraphTests() { #expect(Bool(true)) }
