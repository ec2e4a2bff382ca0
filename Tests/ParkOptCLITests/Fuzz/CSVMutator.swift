import Foundation

/// Mutations of one CSV input file: odd numbers and texts in cells,
/// truncations, dropped, duplicated and swapped columns, short, long and
/// duplicated rows, header-only and empty files, other encodings.
struct CSVMutator: FuzzMutator {
  /// The file name, relative to the case folder.
  let file: String
  let original: Data
  private let header: [String]
  private let rows: [[String]]
  /// Columns whose cells are mostly numbers.
  private let numericColumns: [Int]
  /// Numeric columns whose cells are all whole numbers (counts, years, hours).
  private let integerColumns: [Int]

  init(file: String, contents: Data) {
    self.file = file
    self.original = contents
    let table = CSVMutator.parse(String(decoding: contents, as: UTF8.self))
    let header = table.first ?? [], rows = Array(table.dropFirst())
    self.header = header
    self.rows = rows
    numericColumns = header.indices.filter { j in
      let cells = rows.compactMap { j < $0.count && !$0[j].isEmpty ? $0[j] : nil }
      return !cells.isEmpty && cells.filter { Double($0) != nil }.count * 2 > cells.count
    }
    integerColumns = numericColumns.filter { j in rows.allSatisfy { j >= $0.count || $0[j].isEmpty || Int($0[j]) != nil } }
  }

  /// The kinds of mutation, each drawn equally often.
  static let kinds = [
    "number", "number", "number", "extreme", "extreme", "integer", "text", "duplicate-id", "control", "truncate", "header-only", "empty",
    "drop-column", "duplicate-column", "rename-column", "swap-columns", "duplicate-row", "delete-row",
    "short-row", "long-row", "huge-row", "bom", "crlf", "gb18030", "utf16", "invalid-utf8", "blank-lines",
    "quote",
  ]

  /// One mutation drawn with `random`.
  func mutation(_ random: inout SplitMix64) -> FuzzMutation {
    let kind = random.pick(Self.kinds)
    let i = random.below(max(rows.count, 1))
    let j = random.below(max(header.count, 1))
    func made(_ summary: String, _ table: [[String]], _ locus: FuzzMutation.Locus) -> FuzzMutation {
      FuzzMutation(summary: "\(file) \(summary)", file: file, bytes: Data(Self.text(table).utf8), locus: locus, kind: kind)
    }
    func made(_ summary: String, _ bytes: Data, _ locus: FuzzMutation.Locus) -> FuzzMutation {
      FuzzMutation(summary: "\(file) \(summary)", file: file, bytes: bytes, locus: locus, kind: kind)
    }
    let table = [header] + rows
    switch kind {
    case "number", "extreme", "integer", "text", "control":
      var cellColumn = j
      var value: String
      if kind == "integer", !integerColumns.isEmpty {
        cellColumn = random.pick(integerColumns)
        value = random.pick(OddValues.extremes + ["1.5", "-1", "0"])
      } else if kind != "text", kind != "control", !numericColumns.isEmpty {
        cellColumn = random.pick(numericColumns)
        value = random.pick(kind == "number" ? OddValues.numbers : OddValues.extremes)
      } else if kind == "control" {
        var cell = rows.isEmpty || cellColumn >= rows[i].count ? "" : rows[i][cellColumn]
        let at = cell.isEmpty ? cell.startIndex : cell.index(cell.startIndex, offsetBy: random.below(cell.count))
        cell.insert(random.pick(["\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}"]), at: at)
        value = cell
      } else {
        value = random.pick(OddValues.texts)
      }
      var changed = table
      guard !rows.isEmpty, cellColumn < changed[i + 1].count else { return made("empty", Data(), .file) }
      changed[i + 1][cellColumn] = value
      return made("row \(i + 2) '\(header[cellColumn])' = \(Self.shown(value))", changed, .cell(row: i + 2, column: header[cellColumn]))
    case "duplicate-id":
      guard rows.count > 1, i > 0 else { return made("row 2 deleted", [header] + rows.dropFirst(), .file) }
      var changed = table
      let other = random.below(i)
      changed[i + 1][0] = rows[other][0]
      return made("row \(i + 2) '\(header[0])' = row \(other + 2)'s \(Self.shown(rows[other][0]))", changed, .row(i + 2))
    case "truncate":
      let cut = random.below(max(original.count, 1))
      return made("cut at byte \(cut)", original.prefix(cut), .file)
    case "header-only": return made("header only", [header], .file)
    case "empty": return made("empty (0 bytes)", Data(), .file)
    case "drop-column":
      return made("column '\(header[j])' dropped", table.map { Self.removing(j, from: $0) }, .column(header[j]))
    case "duplicate-column":
      return made("column '\(header[j])' twice", table.map { j < $0.count ? $0 + [$0[j]] : $0 }, .column(header[j]))
    case "rename-column":
      var changed = table
      changed[0][j] = Self.misspelt(header[j], &random)
      return made("column '\(header[j])' renamed '\(changed[0][j])'", changed, .file)
    case "swap-columns":
      let k = random.below(max(header.count, 1))
      let changed = table.map { row -> [String] in
        var row = row
        if j < row.count, k < row.count { row.swapAt(j, k) }
        return row
      }
      return made("columns '\(header[j])' and '\(header[k])' swapped", changed, .sameData)
    case "duplicate-row":
      guard !rows.isEmpty else { return made("empty", Data(), .file) }
      var changed = table
      changed.insert(rows[i], at: i + 2)
      return made("row \(i + 2) twice", changed, .file)
    case "delete-row":
      guard !rows.isEmpty else { return made("empty", Data(), .file) }
      var changed = table
      changed.remove(at: i + 1)
      return made("row \(i + 2) deleted", changed, .file)
    case "short-row":
      guard !rows.isEmpty else { return made("empty", Data(), .file) }
      var changed = table
      // At least one field: an empty line is a blank row, which readers skip.
      let keep = 1 + random.below(max(rows[i].count - 1, 1))
      changed[i + 1] = Array(rows[i].prefix(keep))
      return made("row \(i + 2) cut to \(keep) fields", changed, .row(i + 2))
    case "long-row", "huge-row":
      guard !rows.isEmpty else { return made("empty", Data(), .file) }
      var changed = table
      let extra = kind == "long-row" ? 1 + random.below(3) : 100_000
      changed[i + 1] = rows[i] + Array(repeating: "1", count: extra)
      return made("row \(i + 2) with \(extra) extra fields", changed, .row(i + 2))
    case "bom": return made("with a UTF-8 BOM", Data([0xEF, 0xBB, 0xBF]) + original, .sameData)
    case "crlf":
      let text = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
      return made("CRLF line ends", Data(text.utf8), .sameData)
    case "gb18030":
      guard let bytes = Encodings.gb18030(original) else { return made("with a UTF-8 BOM", Data([0xEF, 0xBB, 0xBF]) + original, .sameData) }
      return made("in GB18030", bytes, .sameData)
    case "utf16":
      let bytes = String(decoding: original, as: UTF8.self).data(using: .utf16) ?? Data()
      return made("in UTF-16", bytes, .file)
    case "invalid-utf8":
      var bytes = original
      bytes.insert(contentsOf: random.pick([[0xFF], [0xC3], [0xE4, 0xB8], [0x80, 0x80], [0xED, 0xA0, 0x80]]), at: random.below(max(bytes.count, 1)))
      return made("with invalid UTF-8", bytes, .file)
    case "blank-lines":
      var lines = String(decoding: original, as: UTF8.self).components(separatedBy: "\n")
      lines.insert(contentsOf: ["", ",,,", "  "], at: min(1 + i, lines.count))
      return made("blank lines after row \(i + 1)", Data(lines.joined(separator: "\n").utf8), .file)
    default:  // quote
      var lines = String(decoding: original, as: UTF8.self).components(separatedBy: "\n")
      let line = min(1 + i, lines.count - 1)
      lines[line] = "\"" + lines[line]
      return made("an unbalanced quote in row \(line + 1)", Data(lines.joined(separator: "\n").utf8), .file)
    }
  }

  /// `value` with control characters escaped, for summaries.
  static func shown(_ value: String) -> String {
    let escaped = value.unicodeScalars.map { s -> String in
      s.value < 0x20 || s.value == 0x7F ? String(format: "\\u{%X}", s.value) : String(s)
    }.joined()
    return escaped.count > 24 ? "\"\(escaped.prefix(12))…\" (\(value.count) chars)" : "\"\(escaped)\""
  }

  /// `name` with one letter dropped or two neighbours swapped.
  static func misspelt(_ name: String, _ random: inout SplitMix64) -> String {
    var letters = Array(name)
    guard letters.count > 2 else { return name + "x" }
    let at = 1 + random.below(letters.count - 2)
    if random.below(2) == 0, letters[at] != letters[at + 1] {
      letters.swapAt(at, at + 1)
    } else {
      letters.remove(at: at)
    }
    return String(letters)
  }

  private static func removing(_ j: Int, from row: [String]) -> [String] {
    var row = row
    if j < row.count { row.remove(at: j) }
    return row
  }

  /// Splits CSV text into rows of fields (RFC 4180 quotes).
  static func parse(_ text: String) -> [[String]] {
    var table: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, atStart = true, justClosed = false
    for c in text {
      if quoted {
        if c == "\"" { quoted = false; justClosed = true } else { field.append(c) }
        continue
      }
      defer { justClosed = false }
      switch c {
      case "\"" where atStart: quoted = true; atStart = false
      case "\"" where justClosed: field.append(c); quoted = true  // a doubled quote inside quotes
      case "\"": field.append(c)
      case ",": row.append(field); field = ""; atStart = true
      case "\n", "\r\n":
        row.append(field); table.append(row); row = []; field = ""; atStart = true
      default: field.append(c); atStart = false
      }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); table.append(row) }
    return table
  }

  /// CSV text for `table`, quoting fields that need it.
  static func text(_ table: [[String]]) -> String {
    table.map { row in
      row.map { field in
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
          ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
      }.joined(separator: ",")
    }.joined(separator: "\n") + "\n"
  }
}
