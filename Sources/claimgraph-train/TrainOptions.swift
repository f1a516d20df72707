/// The command line of claimgraph-train.
struct TrainOptions {
    var silver = ""
    var gold: String?
    var wordNet: String?
    var taggerOut: String?
    var parserOut: String?
    var goldRepeat = 3
    var goldTune = 0
    var silverTune = 0
    var taggerEpochs = 5
    var parserEpochs = 5
    var taggerThreshold: Float = 0.05
    var parserThreshold: Float = 0.05
    var parserTokens: Int?
    var parserTagger: String?
    var reportThresholds: [Float] = []

    static let usage = """
    usage: claimgraph-train --silver FILE [--gold FILE] [--wordnet DIR] [--tagger-out FILE] [--parser-out FILE]
             [--gold-repeat N] [--gold-tune SENTENCES] [--silver-tune SENTENCES]
             [--tagger-epochs N] [--parser-epochs N] [--tagger-threshold W] [--parser-threshold W]
             [--parser-tokens N] [--parser-tagger TAGGER.model] [--report-thresholds W,W,...]
    """

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func parse(_ arguments: [String]) throws -> TrainOptions {
        var o = TrainOptions()
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let v = rest.popFirst() else { throw Failure(description: "\(name) needs a value") }
            return v
        }
        func number(_ name: String) throws -> Int {
            guard let v = Int(try value(name)), v >= 0 else { throw Failure(description: "\(name) needs a non-negative integer") }
            return v
        }
        func real(_ name: String) throws -> Float {
            guard let v = Float(try value(name)), v >= 0 else { throw Failure(description: "\(name) needs a non-negative number") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--silver": o.silver = try value(argument)
            case "--gold": o.gold = try value(argument)
            case "--wordnet": o.wordNet = try value(argument)
            case "--tagger-out": o.taggerOut = try value(argument)
            case "--parser-out": o.parserOut = try value(argument)
            case "--gold-repeat": o.goldRepeat = try number(argument)
            case "--gold-tune": o.goldTune = try number(argument)
            case "--silver-tune": o.silverTune = try number(argument)
            case "--tagger-epochs": o.taggerEpochs = try number(argument)
            case "--parser-epochs": o.parserEpochs = try number(argument)
            case "--tagger-threshold": o.taggerThreshold = try real(argument)
            case "--parser-threshold": o.parserThreshold = try real(argument)
            case "--parser-tokens": o.parserTokens = try number(argument)
            case "--parser-tagger": o.parserTagger = try value(argument)
            case "--report-thresholds":
                o.reportThresholds = try value(argument).split(separator: ",").map {
                    guard let v = Float($0) else { throw Failure(description: "--report-thresholds takes numbers separated by commas") }
                    return v
                }
            default: throw Failure(description: "unknown argument \(argument)")
            }
        }
        guard !o.silver.isEmpty else { throw Failure(description: "--silver is required") }
        guard o.taggerOut != nil || o.parserOut != nil else { throw Failure(description: "nothing to do: give --tagger-out or --parser-out") }
        return o
    }
}
