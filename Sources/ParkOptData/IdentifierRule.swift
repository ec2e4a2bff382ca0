/// What an identifier cell (a park, parcel, project or firm id, or a cell
/// naming one) may hold: no control character at all (not even the tab or
/// line break a quoted text cell may hold), and at most ``maxCharacters``
/// characters and ``maxBytes`` bytes in UTF-8.
///
/// Ids become model names such as `relief[PROJECT,PARK,green_50]` and
/// `choose_park[PROJECT,PARK]`; GLPK refuses a name with a control
/// character or longer than 255 bytes. With two ids of at most 100 bytes
/// the longest name `assign` builds is at most 7 + 100 + 1 + 100 + 1 + 29 + 1
/// = 239 bytes (`relief[`, two ids, a level label `green_` + the level in
/// percent as Swift writes a double, at most 23 characters).
public struct IdentifierRule: Sendable, Equatable {
  /// The most characters (Swift `Character`s, as a user counts them).
  public let maxCharacters: Int
  /// The most bytes in UTF-8.
  public let maxBytes: Int

  public init(maxCharacters: Int, maxBytes: Int) {
    self.maxCharacters = maxCharacters
    self.maxBytes = maxBytes
  }

  /// Every id column of every command: 64 characters and 100 bytes.
  public static let standard = IdentifierRule(maxCharacters: 64, maxBytes: 100)

  /// The rule for an id that another command turns into an id of this rule
  /// by putting `prefix` in front (`evaluate`'s firm id becomes the parcel
  /// id `LE-` + firm id): shorter by the prefix.
  public func leavingRoom(for prefix: String) -> IdentifierRule {
    IdentifierRule(maxCharacters: maxCharacters - prefix.count, maxBytes: maxBytes - prefix.utf8.count)
  }

  /// Why `id` is not an identifier, or nil when it is.
  public func problem(with id: String) -> String? {
    if let scalar = id.unicodeScalars.first(where: NumberParsing.isControl) {
      return "'\(Self.shown(id))' contains the control character \(NumberParsing.shown(String(Character(scalar)))); "
        + "an id holds no tab, line break or other control character"
    }
    let characters = id.count, bytes = id.utf8.count
    if characters > maxCharacters || bytes > maxBytes {
      return "'\(Self.shown(id))' is \(characters) characters (\(bytes) bytes in UTF-8) long; "
        + "an id has at most \(maxCharacters) characters and \(maxBytes) bytes"
    }
    return nil
  }

  /// An id for a message: control characters as `<U+0009>`, and cut to
  /// its first 40 characters and `…` when longer.
  static func shown(_ id: String) -> String {
    NumberParsing.shown(id.count > 40 ? String(id.prefix(40)) + "…" : id)
  }
}
