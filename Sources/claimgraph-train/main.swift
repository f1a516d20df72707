// claimgraph-train: trains ClaimGraph's UPOS tagger and dependency parser from
// CoNLL-U files and writes the model files.
//
//   claimgraph-train --silver silver-train.conllu [--gold en_ewt-ud-dev.conllu] [--wordnet /usr/share/wordnet]
//                    [--tagger-out tagger.model] [--parser-out parser.model] [options]
//
// The tagger learns from the silver file and the gold file (seen --gold-repeat
// times per epoch); the parser from the silver trees only, with the tags of
// --parser-tagger when given (the tags it will be given when parsing). The last
// --gold-tune and --silver-tune sentences of those files are kept aside and
// scored after every epoch. Deterministic: the same command and data give the
// same bytes.
import Foundation
import ClaimGraphExtract

let options: TrainOptions
do { options = try TrainOptions.parse(Array(CommandLine.arguments.dropFirst())) } catch {
    FileHandle.standardError.write(Data("claimgraph-train: \(error)\n\(TrainOptions.usage)\n".utf8))
    exit(64)
}

func log(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

do {
    let started = Date()
    var cache: [String: LexicalFeatures] = [:]
    let silver = try TrainingCorpus.load(URL(fileURLWithPath: options.silver), holdOut: options.silverTune, cache: &cache)
    log("silver \(options.silver): \(silver.train.tokenCount) tokens for training, \(silver.heldOut.tokenCount) for tuning")
    var gold = (train: TrainingCorpus(), heldOut: TrainingCorpus())
    if let path = options.gold {
        gold = try TrainingCorpus.load(URL(fileURLWithPath: path), holdOut: options.goldTune, cache: &cache)
        log("gold \(path): \(gold.train.tokenCount) tokens for training, \(gold.heldOut.tokenCount) for tuning")
    }
    if let out = options.taggerOut {
        let wordNet = try options.wordNet.map { try WordNetCategories.load(folder: URL(fileURLWithPath: $0)) } ?? [:]
        log("WordNet: \(wordNet.count) forms")
        var trainer = TaggerTrainer()
        trainer.epochs = options.taggerEpochs
        trainer.goldRepeat = options.goldRepeat
        trainer.threshold = options.taggerThreshold
        trainer.reportThresholds = options.reportThresholds
        var tune: [(name: String, corpus: TrainingCorpus)] = []
        if gold.heldOut.tokenCount > 0 { tune.append(("gold-tune", gold.heldOut)) }
        if silver.heldOut.tokenCount > 0 { tune.append(("silver-tune", silver.heldOut)) }
        let result = trainer.train(silver: silver.train, gold: gold.train, wordNet: wordNet, tune: tune, log: log)
        try Data(result.bytes).write(to: URL(fileURLWithPath: out))
        log("wrote \(out): \(result.bytes.count) bytes")
    }
    if let out = options.parserOut {
        var trainer = ParserTrainer()
        trainer.epochs = options.parserEpochs
        trainer.threshold = options.parserThreshold
        trainer.reportThresholds = options.reportThresholds
        var corpus = silver.train
        var tune = silver.heldOut
        if let limit = options.parserTokens { corpus = corpus.prefix(tokens: limit) }
        if let tagger = options.parserTagger {
            // The parser learns from (and is tuned on) the tagger's tags, as it will parse.
            let trainAgreement = try corpus.retag(withTaggerFile: URL(fileURLWithPath: tagger))
            let tuneAgreement = try tune.retag(withTaggerFile: URL(fileURLWithPath: tagger))
            log(String(format: "parser input retagged by %@: %.2f%% of the training tags, %.2f%% of the tuning tags kept",
                       tagger, 100 * trainAgreement, 100 * tuneAgreement))
        }
        let result = try trainer.train(corpus, tune: tune.tokenCount > 0 ? tune : nil, log: log)
        try Data(result.bytes).write(to: URL(fileURLWithPath: out))
        log("wrote \(out): \(result.bytes.count) bytes, \(result.labelNames.count) labels")
    }
    log(String(format: "training took %.0f s", Date().timeIntervalSince(started)))
} catch {
    FileHandle.standardError.write(Data("claimgraph-train: \(error)\n".utf8))
    exit(2)
}
