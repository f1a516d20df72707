import Foundation
import Testing
@testable import ClaimGraphExtract

/// The sample corpus the repository ships, `Corpus/` at the package root.
private let corpusDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus")

@Test func sampleCorpusExtractionsAreStructurallySound() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.count == 5)
    for file in files {
        let text = try String(contentsOf: corpusDirectory.appendingPathComponent(file), encoding: .utf8)
        let r = sharedExtractor.extract(id: file, text: text)
        #expect(!r.statements.isEmpty, "\(file)")
        #expect(offsetsHold(r, text), "\(file)")
        let persons = Set(r.persons.map(\.name)), orgs = Set(r.organizations.map(\.name)), outlets = Set(r.outlets.map(\.name))
        for s in r.statements {
            #expect(!s.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            #expect(s.sentence.lowerBound <= s.content.lowerBound && s.content.upperBound <= s.sentence.upperBound)
            for o in s.outlets { #expect(outlets.contains(o)) }
            switch s.speaker {
            case .person(let n): #expect(persons.contains(n), "\(n)")
            case .organization(let n): #expect(orgs.contains(n), "\(n)")
            case .outlet(let n): #expect(outlets.contains(n), "\(n)")
            case .country(let c): #expect(c.count == 2)
            case .unnamed(let d): #expect(!d.isEmpty)
            }
        }
        // Same input, same output.
        #expect(sharedExtractor.extract(id: file, text: text) == r)
    }
}
