import ParkOptData

/// One park's evaluation: branch scores, total, rank and stars.
public struct ParkScore: Sendable, Equatable {
  public var parkID: String
  public var parkClass: String
  /// Score per first-level indicator, 0–100.
  public var branchScores: [String: Double]
  /// Weighted total, 0–100.
  public var score: Double
  public var rank: Int
  public var stars: Int
}

extension NumberRange {
  /// A park indicator of any unit: −1e12…1e12 (differences stay finite).
  static let parkIndicator = NumberRange(-1e12...1e12)
}

/// Normalises park indicators (min–max across parks), weights them up the tree, ranks and rates.
public enum ParkEvaluator {
  /// A park row: id, class and the tree's columns (nil = missing).
  public struct Row: Sendable, Equatable {
    public var parkID: String
    public var parkClass: String
    public var values: [String: Double]
    public init(parkID: String, parkClass: String, values: [String: Double]) {
      self.parkID = parkID; self.parkClass = parkClass; self.values = values
    }
  }

  /// Reads `park_indicators.csv`: `park`, `class` (national/provincial/county) and the tree's columns.
  /// A header-only table, a park id given twice and a class some branch has
  /// no weight for (and no `default`) are issues, reported with the others.
  public static func rows(_ table: CSVTable, tree: ParkTree) throws(DataErrors) -> [Row] {
    let schema = TableSchema(name: "park indicators", columns: [
      .init("park", ["park_id", "园区", "园区编号"], required: true, identifier: .standard),
      .init("class", ["level", "园区类别", "级别"], help: "park class for the weights"),
    ] + tree.columns.map { TableSchema.Column($0, required: true) }, requiresRows: true)
    var r = TableReader(table, schema: schema)
    var out: [Row] = []
    for i in 0..<r.rowCount {
      let park = r.requiredText(i, "park")
      let parkClass = r.text(i, "class") ?? "default"
      var values: [String: Double] = [:]
      for column in tree.columns { values[column] = r.number(i, column, range: .parkIndicator, required: false) }
      for branch in tree.branches where branch.weight(forClass: parkClass) == nil {
        let classes = branch.weights.keys.sorted().joined(separator: ", ")
        let given = r.text(i, "class") == nil ? "no class given (so 'default')" : "'\(parkClass)'"
        r.report(i, "class", "\(given) has no weight in branch '\(branch.name)', which has no `default` (classes: \(classes))")
      }
      guard let park else { continue }
      if let first = r.earlierRow(i, "park", park) {
        r.report(i, "park", "'\(park)' already used in row \(first)")
        continue
      }
      out.append(Row(parkID: park, parkClass: parkClass, values: values))
    }
    guard r.issues.isEmpty else { throw DataErrors(r.issues) }
    return out
  }

  /// Scores every park; a missing value scores 0 on that leaf (stated in the README).
  public static func evaluate(_ rows: [Row], tree: ParkTree) -> [ParkScore] {
    var range: [String: (Double, Double)] = [:]
    for column in tree.columns {
      let v = rows.compactMap { $0.values[column] }
      if let lo = v.min(), let hi = v.max() { range[column] = (lo, hi) }
    }
    func normalised(_ leaf: ParkTree.Leaf, _ row: Row) -> Double {
      guard let x = row.values[leaf.column], let (lo, hi) = range[leaf.column] else { return 0 }
      guard hi > lo else { return 1 }
      let t = (x - lo) / (hi - lo)
      return leaf.higherIsBetter ? t : 1 - t
    }
    var scores = rows.map { row -> ParkScore in
      var branchScores: [String: Double] = [:]
      var total = 0.0, weightSum = 0.0
      for branch in tree.branches {
        let leafWeight = branch.indicators.reduce(0) { $0 + $1.weight }
        let s = leafWeight > 0 ? 100 * branch.indicators.reduce(0) { $0 + $1.weight * normalised($1, row) } / leafWeight : 0
        branchScores[branch.name] = s
        let w = branch.weight(forClass: row.parkClass) ?? 0
        total += w * s
        weightSum += w
      }
      let score = weightSum > 0 ? total / weightSum : 0
      let stars = 5 - (tree.starThresholds.firstIndex { score >= $0 } ?? tree.starThresholds.count)
      return ParkScore(parkID: row.parkID, parkClass: row.parkClass, branchScores: branchScores,
                       score: score, rank: 0, stars: stars)
    }
    let order = scores.indices.sorted { (scores[$0].score, scores[$1].parkID) > (scores[$1].score, scores[$0].parkID) }
    for (position, index) in order.enumerated() {
      let previous = position > 0 ? order[position - 1] : nil
      scores[index].rank = previous.flatMap { scores[$0].score == scores[index].score ? scores[$0].rank : nil } ?? position + 1
    }
    return scores
  }
}
