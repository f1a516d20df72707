import Testing

@Test func placeholder_ClaimGraphEvaluateTests() { #expect(Bool(true)) }
