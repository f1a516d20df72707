import Foundation
import Testing
@testable import ClaimGraphEvaluate

@Suite struct GoldCorpusTests {
    @Test func optionalFieldsDefaultToEmpty() throws {
        let json = #"""
        {"documents": [{"id": "a.txt",
          "persons": [{"name": "John Kirby"}],
          "statements": [{"speaker": "US", "speaker_type": "country", "type": "either", "cue": "x"}]}]}
        """#
        let corpus = try GoldCorpus.decode(Data(json.utf8), file: "g.json")
        #expect(corpus.corpus == "")
        #expect(corpus.documents[0].outlets.isEmpty)
        #expect(corpus.documents[0].persons[0].aliases.isEmpty)
        #expect(corpus.documents[0].persons[0].countries.isEmpty)
        #expect(corpus.documents[0].statements[0] == gold("US", .country, .either, "x"))
    }

    @Test func badEnumNamesFileAndPath() {
        let json = #"""
        {"documents": [{"id": "a.txt", "statements": [
          {"speaker": "X", "speaker_type": "person", "type": "claim", "cue": "x"},
          {"speaker": "X", "speaker_type": "persn", "type": "claim", "cue": "x"}]}]}
        """#
        do {
            _ = try GoldCorpus.decode(Data(json.utf8), file: "gold.json")
            Issue.record("decoding should fail")
        } catch {
            let message = String(describing: error)
            #expect(message.hasPrefix("gold.json: invalid gold file: "))
            #expect(message.contains("documents[0].statements[1].speaker_type"))
            #expect(message.contains("person, country, organization, anonymous"))
        }
    }

    @Test func missingKeyAndSyntaxErrorsAreNamed() {
        let missing = #"{"documents": [{"persons": []}]}"#
        #expect(throws: GoldCorpusError.invalid(file: "m.json", reason: "documents[0].id: missing")) {
            try GoldCorpus.decode(Data(missing.utf8), file: "m.json")
        }
        let broken = #"{"documents": [}"#
        do {
            _ = try GoldCorpus.decode(Data(broken.utf8), file: "b.json")
            Issue.record("decoding should fail")
        } catch let error as GoldCorpusError {
            guard case let .invalid(file, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == "b.json")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func duplicateDocumentsAndUnreadableFilesAreRefused() {
        let json = #"{"documents": [{"id": "a"}, {"id": "a"}]}"#
        #expect(throws: GoldCorpusError.duplicateDocument(file: "d.json", id: "a")) {
            try GoldCorpus.decode(Data(json.utf8), file: "d.json")
        }
        let url = URL(fileURLWithPath: "/nonexistent/gold-\(UUID().uuidString).json")
        do {
            _ = try GoldCorpus.load(from: url)
            Issue.record("loading should fail")
        } catch {
            #expect(String(describing: error).hasPrefix(url.path + ": cannot read gold file"))
        }
    }

    /// The shared sample: 5 documents, 78 statements (counted with python from the file).
    @Test func loadsSharedSample() throws {
        let corpus = try GoldCorpus.load(from: sampleURL)
        #expect(corpus.corpus == "sample")
        #expect(corpus.documents.count == 5)
        #expect(corpus.documents.map(\.statements.count) == [19, 15, 10, 15, 19])
        #expect(corpus.documents.reduce(0) { $0 + $1.statements.count } == 78)
        let types = corpus.documents.flatMap(\.statements).map(\.speakerType)
        #expect(types.filter { $0 == .person }.count == 36)
        #expect(corpus.documents.flatMap(\.statements).filter { $0.type == .either }.count == 8)
    }
}

/// `shared/gold/sample.json`, beside the package root.
let sampleURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/gold/sample.json").standardizedFileURL
