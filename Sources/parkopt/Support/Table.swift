import Foundation
/// A plain-text table with aligned columns (numbers right-aligned).
struct Table {
  var header: [String]
  var rows: [[String]]

  func render() -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (k, cell) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { k, cell in
        let pad = String(repeating: " ", count: widths[k] - cell.count)
        return k == 0 || Double(cell) == nil ? cell + pad : pad + cell
      }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    var out = line(header) + "\n"
    out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in rows { out += line(row) + "\n" }
    return out
  }
}
