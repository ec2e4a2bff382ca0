import Foundation

/// Mutations of a scenario file (YAML): misspelt keys, odd values, wrong
/// types, deleted and repeated lines, truncations, tabs, other encodings.
struct ScenarioMutator: FuzzMutator {
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
    "misspell-key", "misspell-key", "misspell-nested", "odd-value", "odd-value", "odd-value", "extreme", "extreme",
    "wrong-type",
    "wrong-type", "delete-line", "duplicate-line", "truncate", "tab-indent", "empty", "bom", "utf16",
    "invalid-utf8", "nul",
  ]

  /// A key at the start of a line (`key:`), with the line's indentation.
  private static let blockKey = try! NSRegularExpression(pattern: "^( *)([A-Za-z_][A-Za-z0-9_]*):")
  /// A key with a scalar value, in block or flow style (`key: 1.5`).
  private static let scalarEntry = try! NSRegularExpression(
    pattern: "([A-Za-z_][A-Za-z0-9_]*): *([^ ,{}\\[\\]#\\n][^,{}\\[\\]#\\n]*?) *(?=[,}\\]#]|$)")

  private struct Match { var line: Int; var range: NSRange; var key: String; var indent: Int }

  private func keys() -> [Match] {
    lines.indices.compactMap { n in
      let line = lines[n] as NSString
      guard let m = Self.blockKey.firstMatch(in: lines[n], range: NSRange(location: 0, length: line.length)) else { return nil }
      return Match(line: n, range: m.range(at: 2), key: line.substring(with: m.range(at: 2)), indent: m.range(at: 1).length)
    }
  }

  private func scalars() -> [Match] {
    lines.indices.filter { !lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("#") }.flatMap { n -> [Match] in
      let line = lines[n] as NSString
      return Self.scalarEntry.matches(in: lines[n], range: NSRange(location: 0, length: line.length)).map {
        Match(line: n, range: $0.range(at: 2), key: line.substring(with: $0.range(at: 1)), indent: 0)
      }
    }
  }

  func mutation(_ random: inout SplitMix64) -> FuzzMutation {
    let kind = random.pick(Self.kinds)
    func made(_ summary: String, _ lines: [String], _ locus: FuzzMutation.Locus) -> FuzzMutation {
      FuzzMutation(summary: "\(file) \(summary)", file: file, bytes: Data(lines.joined(separator: "\n").utf8), locus: locus, kind: kind)
    }
    func made(_ summary: String, _ bytes: Data, _ locus: FuzzMutation.Locus) -> FuzzMutation {
      FuzzMutation(summary: "\(file) \(summary)", file: file, bytes: bytes, locus: locus, kind: kind)
    }
    let keys = keys(), topKeys = keys.filter { $0.indent == 0 }, nested = keys.filter { $0.indent > 0 }
    let scalars = scalars()
    let n = random.below(max(lines.count, 1))
    switch kind {
    case "misspell-key", "misspell-nested":
      guard let key = (kind == "misspell-key" ? topKeys : nested.isEmpty ? topKeys : nested).randomElement(using: &random) else {
        return made("empty", Data(), .file)
      }
      var changed = lines
      let wrong = CSVMutator.misspelt(key.key, &random)
      changed[key.line] = (changed[key.line] as NSString).replacingCharacters(in: key.range, with: wrong)
      let locus: FuzzMutation.Locus = key.indent == 0 ? .unknownKey(wrong) : .scenarioValue(keys: [wrong, key.key], line: key.line + 1)
      return made("key '\(key.key)' misspelt '\(wrong)'", changed, locus)
    case "odd-value", "extreme":
      let numeric = scalars.filter { Double((lines[$0.line] as NSString).substring(with: $0.range)) != nil }
      guard let entry = (kind == "extreme" && !numeric.isEmpty ? numeric : scalars).randomElement(using: &random) else {
        return made("empty", Data(), .file)
      }
      var changed = lines
      let value = random.pick(kind == "extreme" ? OddValues.extremes : OddValues.scenarioValues)
      changed[entry.line] = (changed[entry.line] as NSString).replacingCharacters(in: entry.range, with: value)
      // Control characters, undefined aliases, tags, a lone `-` and (in flow
      // maps) commas change the YAML's structure: only the file must be named.
      let breaksSyntax = value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } || value.hasPrefix("*")
        || value.hasPrefix("!") || value == "-" || value.contains(",")
      return made("'\(entry.key)' = \(CSVMutator.shown(value))", changed, breaksSyntax ? .file : .scenarioValue(keys: [entry.key], line: entry.line + 1))
    case "wrong-type":
      guard let key = topKeys.randomElement(using: &random) else { return made("empty", Data(), .file) }
      var changed = lines
      let value = random.pick(["[1, 2]", "{x: 1}", "\"text\"", "5", "-1", "true", "[]", "{}", "1e308"])
      changed[key.line] = "\(key.key): \(value)"
      // Drop the block that belonged to the key (its more indented lines).
      let next = key.line + 1
      while next < changed.count, changed[next].hasPrefix(" ") || changed[next].hasPrefix("\t") { changed.remove(at: next) }
      return made("'\(key.key)' = \(value)", changed, .scenarioValue(keys: [key.key], line: key.line + 1))
    case "delete-line":
      var changed = lines
      changed.remove(at: n)
      return made("line \(n + 1) deleted", changed, .file)
    case "duplicate-line":
      var changed = lines
      changed.insert(lines[n], at: n)
      return made("line \(n + 1) twice", changed, .file)
    case "truncate":
      let cut = random.below(max(original.count, 1))
      return made("cut at byte \(cut)", original.prefix(cut), .file)
    case "tab-indent":
      return made("tabs for indentation", lines.map { $0.replacingOccurrences(of: "  ", with: "\t") }, .file)
    case "empty": return made("empty (0 bytes)", Data(), .file)
    case "bom": return made("with a UTF-8 BOM", Data([0xEF, 0xBB, 0xBF]) + original, .sameData)
    case "utf16":
      return made("in UTF-16", String(decoding: original, as: UTF8.self).data(using: .utf16) ?? Data(), .file)
    case "invalid-utf8":
      var bytes = original
      bytes.insert(contentsOf: [0xFF, 0xC3], at: random.below(max(bytes.count, 1)))
      return made("with invalid UTF-8", bytes, .file)
    default:  // nul
      var bytes = original
      bytes.insert(0, at: random.below(max(bytes.count, 1)))
      return made("with a NUL byte", bytes, .file)
    }
  }
}
