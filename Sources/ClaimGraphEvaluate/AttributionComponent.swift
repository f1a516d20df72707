/// The three parts of an attribution that are scored separately against BRAT gold.
public enum AttributionComponent: String, Sendable, Hashable, CaseIterable {
    /// Who: gold `Source` spans; the system's speaker mention.
    case source
    /// The signal words: gold `Cue` spans; the system's cue.
    case cue
    /// What is attributed: gold `Content` spans; the system's content.
    case content

    /// The gold annotation type of this component.
    public var goldType: BratSpanType {
        switch self {
        case .source: .source
        case .cue: .cue
        case .content: .content
        }
    }
}
