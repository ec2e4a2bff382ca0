/// Scores firms: Σ weight × indicator ÷ benchmark per group (亩均效益综合评价).
public enum FirmScorer {
  /// The benchmarks per group: given ones, else the plain mean of the
  /// indicator over the group's firms that have it (graded or not); none
  /// when no firm has it. A benchmark ≤ 0 leaves the indicator unscored
  /// (``unscored(_:)``).
  public static func benchmarks(_ firms: [Firm], scenario: EvaluationScenario) -> [String: [Indicator: Double]] {
    var out: [String: [Indicator: Double]] = [:]
    let byGroup = Dictionary(grouping: firms, by: \.group)
    for (group, scheme) in scenario.groups {
      let members = byGroup[group] ?? []
      var table: [Indicator: Double] = [:]
      for indicator in scheme.weights.keys {
        if let given = scheme.benchmarks[indicator] {
          table[indicator] = given
        } else {
          let values = members.compactMap { indicator.value(of: $0) }
          if !values.isEmpty { table[indicator] = values.reduce(0, +) / Double(values.count) }
        }
      }
      out[group] = table
    }
    return out
  }

  /// The benchmarks ≤ 0 per group: those indicators are not scored in that
  /// group (0 points for every firm, imputed for none, never the weakest).
  public static func unscored(_ benchmarks: [String: [Indicator: Double]]) -> [String: [Indicator: Double]] {
    benchmarks.mapValues { $0.filter { $0.value <= 0 } }.filter { !$0.value.isEmpty }
  }

  /// Scores and grades every firm (input order kept).
  /// - Throws: ``EvaluationError/unknownGroup`` when a firm's group has no scheme.
  public static func score(_ firms: [Firm], scenario: EvaluationScenario) throws(EvaluationError) -> [FirmScore] {
    if let stray = firms.first(where: { scenario.groups[$0.group] == nil }) {
      throw .unknownGroup(firm: stray.id, group: stray.group, known: scenario.groups.keys.sorted())
    }
    let bench = benchmarks(firms, scenario: scenario)
    var results: [FirmScore] = firms.map { firm in
      let scheme = scenario.groups[firm.group] ?? GroupScheme(weights: [:])
      var values: [Indicator: Double] = [:], points: [Indicator: Double] = [:]
      for indicator in Indicator.allCases { values[indicator] = indicator.value(of: firm) }
      for (indicator, weight) in scheme.weights {
        let benchmark = bench[firm.group]?[indicator]
        if let benchmark, benchmark <= 0 {
          points[indicator] = 0  // unscored in this group
          continue
        }
        guard let value = values[indicator], let b = benchmark else { continue }
        var p = weight * value / b
        if let cap = scheme.capMultiple { p = min(p, cap * weight) }
        points[indicator] = p
      }
      return FirmScore(firm: firm, values: values, points: points, imputed: [], score: 0,
                       grade: nil, graded: true, weakestIndicator: nil, rank: nil)
    }
    imputeMissing(&results, scenario: scenario)
    for i in results.indices {
      let scheme = scenario.groups[results[i].firm.group]
      results[i].score = totalPoints(results[i].points)
      let group = bench[results[i].firm.group] ?? [:]
      results[i].weakestIndicator = scheme?.weights.filter { $0.value > 0 && (group[$0.key] ?? 1) > 0 }
        .map { ($0.key, (results[i].points[$0.key] ?? 0) / $0.value) }
        .min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
      results[i].graded = !isExempt(results[i].firm, scenario: scenario)
    }
    Classifier.grade(&results, rule: scenario.classes, notGradedClass: scenario.notGradedClass)
    return results
  }

  /// Σ points in the fixed indicator order (``Indicator/allCases``), so equal
  /// firms get bit-identical scores in every process (a dictionary's order is
  /// randomised per process, and floating-point addition is not associative).
  static func totalPoints(_ points: [Indicator: Double]) -> Double {
    Indicator.allCases.reduce(0) { $0 + (points[$1] ?? 0) }
  }

  /// Not graded: flagged, or a start-up younger than `startupYears`.
  static func isExempt(_ firm: Firm, scenario: EvaluationScenario) -> Bool {
    if firm.notGraded { return true }
    if let year = scenario.evaluationYear, let founded = firm.foundedYear {
      return year - founded < scenario.startupYears
    }
    return false
  }

  /// Fills each missing weighted indicator with the group's average points (or 0).
  static func imputeMissing(_ results: inout [FirmScore], scenario: EvaluationScenario) {
    var sums: [String: [Indicator: (Double, Int)]] = [:]
    for r in results {
      for (indicator, p) in r.points {
        let old = sums[r.firm.group]?[indicator] ?? (0, 0)
        sums[r.firm.group, default: [:]][indicator] = (old.0 + p, old.1 + 1)
      }
    }
    for i in results.indices {
      guard let scheme = scenario.groups[results[i].firm.group] else { continue }
      for indicator in scheme.weights.keys where results[i].points[indicator] == nil {
        let (sum, count) = sums[results[i].firm.group]?[indicator] ?? (0, 0)
        let fill = scenario.missing == .groupAverage && count > 0 ? sum / Double(count) : 0
        results[i].points[indicator] = fill
        results[i].imputed.insert(indicator)
      }
    }
  }
}
