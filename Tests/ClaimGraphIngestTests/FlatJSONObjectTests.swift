import Testing
import Foundation
@testable import ClaimGraphIngest

/// The Foundation-free reader of flat JSON objects agrees with `JSONSerialization` on
/// every line it accepts, and declines every line it does not fully understand.
@Suite struct FlatJSONObjectTests {
    static func reference(_ line: String) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        var out: [String: String] = [:]
        for (key, value) in object {
            guard let text = value as? String else { return nil }
            out[key] = text
        }
        return out
    }

    @Test(arguments: [
        #"{"id": "a1", "text": "Plain text."}"#,
        #"  {"text":"tab\tnew\nline \"quoted\" back\\slash \/ slash"}  "#,
        #"{"text": "caf\u00e9 \u4e2d \ud83d\ude00 \u0041", "outlet": "Reuters"}"#,
        #"{"text": "raw UTF-8: Zürich “quotes” 😀", "title": ""}"#,
        #"{}"#,
        #"{"text": "\b\f\r"}"#,
    ])
    func acceptedLinesMatchJSONSerialization(_ line: String) throws {
        let fast = try #require(FlatJSONObject.parse(Array(line.utf8)))
        #expect(fast == Self.reference(line))
    }

    @Test(arguments: [
        #"{"id": 7, "text": "a number is not a string"}"#,
        #"{"text": "x", "meta": {"nested": "object"}}"#,
        #"{"text": "x", "tags": ["array"]}"#,
        #"{"text": null}"#,
        #"{"text": "first", "text": "repeated key"}"#,
        #"{"text": "lone \ud800 surrogate"}"#,
        #"{"text": "low first \udc00"}"#,
        #"{"text": "bad \x escape"}"#,
        #"{"text": "bad \u12 short"}"#,
        "{\"text\": \"raw\u{1}control\"}",
        #"{"text": "x"} trailing"#,
        #"{"text": "x",}"#,
        #"{"text" "x"}"#,
        #"["text", "x"]"#,
        #"{"text": "unterminated"#,
        "",
    ])
    func otherLinesAreLeftToJSONSerialization(_ line: String) {
        #expect(FlatJSONObject.parse(Array(line.utf8)) == nil)
    }
}
