/// A resolved speaker during extraction, before records are built.
enum SpeakerRef: Hashable {
    case person(Int)
    case country(String)
    case organization(name: String, countries: [String])
    case outlet(name: String, surface: String)
    case unnamed(String)
}
