import Testing

@Test func placeholder_ClaimGraphIngestTests() { #expect(Bool(true)) }
