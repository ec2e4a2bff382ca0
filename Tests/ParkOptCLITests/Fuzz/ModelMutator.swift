import Foundation

/// Mutations of a MathProg model file for `parkopt solve`: odd numbers in
/// its data, deleted and repeated lines, truncations, stray bytes, other
/// encodings.
struct ModelMutator: FuzzMutator {
  /// The file name, relative to the case folder.
  let file: String
  let original: Data
  private let lines: [String]

  init(file: String, contents: Data) {
    self.file = file
    self.original = contents
    lines = String(decoding: contents, as: UTF8.self).components(separatedBy: "\n")
  }

  static let kinds = [
    "number", "number", "number", "number", "delete-line", "duplicate-line", "truncate", "control", "nul",
    "invalid-utf8", "bom", "utf16", "gb18030", "misspell", "swap-lines",
  ]

  private static let number = try! NSRegularExpression(pattern: "(?<![A-Za-z_0-9.-])[0-9]+(\\.[0-9]+)?(?![A-Za-z_0-9.])")
  /// Odd numbers that stay one MathProg token or break it on purpose.
  private static let values = [
    "1e308", "-1e308", "1e-320", "9.3e18", "-9.3e18", "0", "-0", "-1", "1e", "0x1F", "nan", "inf", "4.9e-324",
    "1e400", "99999999999999999999999999", "1.2.3", "", "\u{0}", "1\u{0}2", "1\u{7}",
  ]

  func mutation(_ random: inout SplitMix64) -> FuzzMutation {
    let kind = random.pick(Self.kinds)
    func made(_ summary: String, _ bytes: Data) -> FuzzMutation {
      FuzzMutation(summary: "\(file) \(summary)", file: file, bytes: bytes, locus: .model, kind: kind)
    }
    func made(_ summary: String, _ lines: [String]) -> FuzzMutation { made(summary, Data(lines.joined(separator: "\n").utf8)) }
    let n = random.below(max(lines.count, 1))
    switch kind {
    case "number":
      let text = String(decoding: original, as: UTF8.self) as NSString
      let matches = Self.number.matches(in: text as String, range: NSRange(location: 0, length: text.length))
      guard let match = matches.randomElement(using: &random) else { return made("empty", Data()) }
      let value = random.pick(Self.values)
      let line = text.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
      let changed = text.replacingCharacters(in: match.range, with: value)
      return made("line \(line): \(text.substring(with: match.range)) → \(CSVMutator.shown(value))", Data(changed.utf8))
    case "delete-line":
      var changed = lines
      changed.remove(at: n)
      return made("line \(n + 1) deleted", changed)
    case "duplicate-line":
      var changed = lines
      changed.insert(lines[n], at: n)
      return made("line \(n + 1) twice", changed)
    case "swap-lines":
      var changed = lines
      let m = random.below(max(lines.count, 1))
      changed.swapAt(n, m)
      return made("lines \(n + 1) and \(m + 1) swapped", changed)
    case "truncate":
      let cut = random.below(max(original.count, 1))
      return made("cut at byte \(cut)", original.prefix(cut))
    case "control", "nul", "invalid-utf8":
      var bytes = original
      let inserted: [UInt8] = kind == "nul" ? [0] : kind == "control" ? [random.pick([1, 7, 8, 11, 12, 27, 127])] : [0xFF, 0xC3]
      let at = random.below(max(bytes.count, 1))
      bytes.insert(contentsOf: inserted, at: at)
      return made("bytes \(inserted) at \(at)", bytes)
    case "bom": return made("with a UTF-8 BOM", Data([0xEF, 0xBB, 0xBF]) + original)
    case "utf16": return made("in UTF-16", String(decoding: original, as: UTF8.self).data(using: .utf16) ?? Data())
    case "gb18030": return made("in GB18030", Encodings.gb18030(original) ?? original)
    default:  // misspell a word
      let words = lines[n].split(separator: " ").filter { $0.count > 2 }
      guard let word = words.randomElement(using: &random) else { return made("line \(n + 1) deleted", lines.enumerated().filter { $0.offset != n }.map(\.element)) }
      var changed = lines
      let wrong = CSVMutator.misspelt(String(word), &random)
      changed[n] = changed[n].replacingOccurrences(of: String(word), with: wrong)
      return made("line \(n + 1): '\(word)' → '\(wrong)'", changed)
    }
  }
}
