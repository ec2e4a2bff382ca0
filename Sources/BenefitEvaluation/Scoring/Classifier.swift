/// Ranks scored firms and gives classes A/B/C/D (分类评价).
public enum Classifier {
  static let letters = ["A", "B", "C", "D"]

  /// Grades `results` in place. Percentile rule: a firm's share is the number
  /// of firms in its pool scoring strictly higher ÷ pool size, so tied firms
  /// share the better class; A when share < p₁, B < p₂, C < p₃, else D.
  public static func grade(_ results: inout [FirmScore], rule: ClassRule, notGradedClass: String?) {
    var pools: [String: [Int]] = [:]
    for (i, r) in results.enumerated() where r.graded {
      pools[rule.byGroup ? r.firm.group : "", default: []].append(i)
    }
    for (_, members) in pools {
      let sorted = members.sorted { results[$0].score > results[$1].score }
      let n = Double(sorted.count)
      var higher = 0
      var lastTied = 0
      for (position, index) in sorted.enumerated() {
        if position > 0 && results[sorted[position - 1]].score > results[index].score { higher = position }
        if position >= lastTied {
          lastTied = position
          while lastTied + 1 < sorted.count && results[sorted[lastTied + 1]].score == results[index].score { lastTied += 1 }
          lastTied += 1  // count of firms scoring ≥ this one
        }
        results[index].rank = higher + 1
        switch rule.method {
        case .percentile:
          let share = Double(higher) / n
          results[index].grade = letters[rule.percentiles.firstIndex { share < $0 } ?? 3]
        case .shareCaps:
          let share = Double(lastTied) / n
          results[index].grade = letters[rule.percentiles.firstIndex { share <= $0 + 1e-12 } ?? 3]
        case .cutoffs:
          results[index].grade = letters[rule.cutoffs.firstIndex { results[index].score >= $0 } ?? 3]
        }
      }
    }
    for i in results.indices where !results[i].graded { results[i].grade = notGradedClass }
  }
}
