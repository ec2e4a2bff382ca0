import Foundation
import ParkOptData

/// Reading an ``EvaluationScenario`` through the shared ``ScenarioReader``:
/// every key optional, unknown keys and values out of range are errors.
extension FirmLoader {
  /// A scoring weight: 0…1e6. Without an upper end a weight of 1e308 made
  /// every firm's points infinite, written as empty scores, and 244 of 245
  /// firms ranked first (found by an outside audit).
  static let weightRange = NumberRange.between(0, 1e6)
  /// A benchmark: 1e-9…1e12 (a benchmark of 1e-320 overflowed the same way).
  static let benchmarkRange = NumberRange.between(1e-9, 1e12)

  /// The top-level keys of an evaluation scenario.
  public static let scenarioKeys = [
    "groups", "missing", "classes", "not_graded_class", "startup_years", "evaluation_year", "low_efficiency",
    "surcharge_yuan_per_kwh",
  ]

  /// Reads a scenario (YAML or JSON); nil path gives the defaults.
  public static func loadScenario(path: String?) throws(DataErrors) -> EvaluationScenario {
    guard let path else { return EvaluationScenario() }
    return try scenario(ScenarioReader(path: path))
  }

  /// Parses scenario text; `file` names it in messages.
  public static func scenario(text: String, file: String) throws(DataErrors) -> EvaluationScenario {
    try scenario(ScenarioReader(text: text, file: file))
  }

  static func scenario(_ reader: ScenarioReader) throws(DataErrors) -> EvaluationScenario {
    var s = EvaluationScenario()
    let top = reader.root(keys: scenarioKeys)
    if let groups = top.mapping("groups", keys: nil) {
      var schemes: [String: GroupScheme] = [:]
      var spelt: [String: String] = [:]
      for (name, value) in groups.entries {
        let group = FirmLoader.groupName(name)
        if let first = spelt[group] {
          value.report("is the same group as `\(first)` (规上 = large, 规下 = small)")
          _ = groupScheme(value)  // read anyway: its own problems are reported too
          continue
        }
        spelt[group] = name
        if let scheme = groupScheme(value) { schemes[group] = scheme }
      }
      if groups.entries.isEmpty { groups.report(nil, "needs at least one group (e.g. `large`, `small`)") }
      s.groups = schemes
    }
    if let v = top.choice("missing", EvaluationScenario.MissingRule.self) { s.missing = v }
    if let classes = top.mapping("classes", keys: ["method", "percentiles", "cutoffs", "by_group"]) {
      s.classes = classRule(classes)
    }
    if let value = top.value("not_graded_class") {
      if value.isNull { s.notGradedClass = nil } else if let v = value.choice(classLetters) { s.notGradedClass = v }
    }
    if let v = top.integer("startup_years", .between(0, 100)) { s.startupYears = v }
    if let v = top.optionalInteger("evaluation_year", .between(1900, 2200)) { s.evaluationYear = v }
    if let low = top.mapping("low_efficiency", keys: lowEfficiencyKeys) { s.lowEfficiency = lowEfficiencyRule(low) }
    if let rates = top.mapping("surcharge_yuan_per_kwh", keys: classLetters) {
      for (grade, value) in rates.entries {
        if let v = value.number(.between(0, 10)) { s.surchargeYuanPerKWh[grade] = v }
      }
    }
    try reader.finish()
    return s
  }

  /// The classes a firm can get.
  static let classLetters = ["A", "B", "C", "D"]

  static func groupScheme(_ value: ScenarioValue) -> GroupScheme? {
    guard let m = value.mapping(keys: ["weights", "benchmarks", "cap_multiple"]) else { return nil }
    let indicators = Indicator.allCases.map(\.rawValue)
    var scheme = GroupScheme(weights: [:])
    if let weights = m.mapping("weights", keys: indicators) {
      for (name, value) in weights.entries {
        if let indicator = Indicator(rawValue: name), let w = value.number(Self.weightRange) { scheme.weights[indicator] = w }
      }
      if weights.entries.isEmpty || (!scheme.weights.isEmpty && scheme.weights.values.allSatisfy { $0 == 0 }) {
        weights.report(nil, "needs at least one weight greater than 0")
      }
    }
    if !m.contains("weights") { m.report(nil, "needs `weights`: points per indicator (\(indicators.joined(separator: ", ")))") }
    if let benchmarks = m.mapping("benchmarks", keys: indicators) {
      for (name, value) in benchmarks.entries {
        if let indicator = Indicator(rawValue: name), let b = value.number(Self.benchmarkRange) { scheme.benchmarks[indicator] = b }
      }
    }
    if let v = m.optionalNumber("cap_multiple", .positive) { scheme.capMultiple = v }
    return scheme
  }

  static func classRule(_ m: ScenarioMapping) -> ClassRule {
    var rule = ClassRule()
    if let v = m.choice("method", ClassRule.Method.self) { rule.method = v }
    if let v = m.numbers("percentiles", .fraction, count: 3) {
      if v == v.sorted() { rule.percentiles = v } else {
        m.report("percentiles", "must rise (A ≤ A+B ≤ A+B+C); found \(list(v))")
      }
    }
    if let v = m.numbers("cutoffs", .any, count: 3) {
      if v == v.sorted(by: >) { rule.cutoffs = v } else {
        m.report("cutoffs", "must fall (lowest score of A ≥ B ≥ C); found \(list(v))")
      }
    }
    if let v = m.bool("by_group") { rule.byGroup = v }
    return rule
  }

  static let lowEfficiencyKeys = ["class_d", "min_land_mu", "max_tax_per_mu", "zoning", "land_price_wan_per_mu"]

  static func lowEfficiencyRule(_ m: ScenarioMapping) -> LowEfficiencyRule {
    var rule = LowEfficiencyRule()
    if let v = m.bool("class_d") { rule.classD = v }
    if let v = m.optionalNumber("min_land_mu", .nonNegative) { rule.minLandMu = v }
    if let v = m.optionalNumber("max_tax_per_mu", .nonNegative) { rule.maxTaxPerMu = v }
    if let value = m.value("zoning"), let v = value.string() {
      // Trimmed and upper-cased like the firm table's zoning cells.
      let code = v.trimmingCharacters(in: .whitespaces)
      if code.isEmpty { value.report("must be a zoning code such as M1") } else {
        rule.zoning = code.uppercased()
      }
    }
    if let v = m.number("land_price_wan_per_mu", .nonNegative) { rule.landPriceWanPerMu = v }
    return rule
  }

  /// "[0.3, 0.2, 0.9]".
  private static func list(_ values: [Double]) -> String {
    "[" + values.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) }.joined(separator: ", ") + "]"
  }
}
