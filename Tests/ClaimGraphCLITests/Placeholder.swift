import Testing

@Test func placeholder_ClaimGraphCLITests() { #expect(Bool(true)) }
