import Testing
@testable import ClaimGraphEvaluate

@Suite struct NameNormalizationTests {
    @Test func hyphensAndDashesAreRemoved() {
        let expected = "hossein amirabdollahian"
        for spelling in ["Hossein Amir-Abdollahian", "Hossein Amir\u{2010}Abdollahian",
                         "Hossein Amir\u{2013}Abdollahian", "Hossein Amir\u{2014}Abdollahian",
                         "HOSSEIN AMIRABDOLLAHIAN", "  Hossein\t Amir-Abdollahian \n"] {
            #expect(NameNormalization.name(spelling) == expected, "\(spelling)")
        }
    }

    @Test func apostrophesAreRemoved() {
        for spelling in ["Kan'ani", "Kan’ani", "Kanʼani", "Kan‘ani", "Kan`ani", "Kanani"] {
            #expect(NameNormalization.name(spelling) == "kanani", "\(spelling)")
        }
    }

    @Test func marksAreRemovedAfterCompatibilityDecomposition() {
        #expect(NameNormalization.name("Zelenskŷ") == "zelensky")
        #expect(NameNormalization.name("Zelensky\u{0302}") == "zelensky")
        #expect(NameNormalization.name("Ḥasan Rūḥānī") == "hasan ruhani")
        #expect(NameNormalization.name("ﬁnland") == "finland")
        #expect(NameNormalization.name("Straße") == "strasse")
        #expect(NameNormalization.name("Kirby") != NameNormalization.name("Kerby"))
    }

    @Test func contentNormalizesQuotesDashesAndSpace() {
        #expect(NameNormalization.content("“We  have\nNOT” — sold ‘any’ «drones»")
            == "\"we have not\" - sold 'any' \"drones\"")
        #expect(NameNormalization.contentContains("He said: “We have not sold\u{00A0}any weapons”",
                                                  cue: "\"we have not sold any weapons\""))
        #expect(NameNormalization.contentContains("the missile part – completely wrong",
                                                  cue: "missile part - completely"))
        #expect(!NameNormalization.contentContains("the drone part is true", cue: "missile part"))
        #expect(!NameNormalization.contentContains("anything", cue: "  "))
    }

    @Test func wordsDropPeriodsAndOverlapAsWholeWords() {
        #expect(NameNormalization.words("the U.S. officials,") == ["the", "us", "officials"])
        #expect(NameNormalization.wordsOverlap(["foreign", "ministry"], ["the", "foreign", "ministry", "in", "dushanbe"]))
        #expect(!NameNormalization.wordsOverlap(["post"], ["washington", "posts"]))
        #expect(!NameNormalization.wordsOverlap([], ["x"]))
        #expect(descriptionWords("An official from a European country") == ["official", "from", "a", "european", "country"])
        #expect(descriptionWords("some analysts") == ["analysts"])
        #expect(descriptionWords("the") == ["the"])
    }

    @Test func maximumMatchingReassignsForSize() {
        #expect(maximumMatching(candidates: [[0, 1], [0]], rightCount: 2) == [1, 0])
        #expect(maximumMatching(candidates: [[0], [0]], rightCount: 1) == [0, nil])
        #expect(maximumMatching(candidates: [[1, 0], []], rightCount: 2) == [1, nil])
    }
}
