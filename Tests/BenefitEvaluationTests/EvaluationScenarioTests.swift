import Foundation
import ParkOptData
import Testing
@testable import BenefitEvaluation
import ParkOptTestSupport

/// `parkopt evaluate`'s scenario and park tree, read through the shared
/// scenario reader: misspelt keys and values out of range stop the run.
struct EvaluationScenarioTests {
  static func issues(_ yaml: String) -> [String] {
    do {
      _ = try FirmLoader.scenario(text: yaml, file: "s.yaml")
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  static func treeIssues(_ yaml: String) -> [String] {
    do {
      _ = try ParkTree.parse(text: yaml, file: "tree.yaml")
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func everyKeyIsRead() throws {
    let s = try FirmLoader.scenario(text: """
      groups:
        规上: {weights: {tax_per_mu: 60, rd_intensity: 40}, benchmarks: {tax_per_mu: 20}, cap_multiple: 2}
        small: {weights: {tax_per_kwh: 1}}
      missing: zero
      classes: {method: cutoffs, percentiles: [0.1, 0.5, 0.9], cutoffs: [100, 80, 50], by_group: false}
      not_graded_class: null
      startup_years: 2
      evaluation_year: 2024
      low_efficiency: {class_d: false, min_land_mu: null, max_tax_per_mu: 5, zoning: m2, land_price_wan_per_mu: 12}
      surcharge_yuan_per_kwh: {C: 0.1, D: 0.3}
      """, file: "s.yaml")
    #expect(s.groups == [
      "large": GroupScheme(weights: [.taxPerMu: 60, .rdIntensity: 40], benchmarks: [.taxPerMu: 20], capMultiple: 2),
      "small": GroupScheme(weights: [.taxPerKWh: 1]),
    ])
    #expect(s.missing == .zero)
    #expect(s.classes.method == .cutoffs && s.classes.percentiles == [0.1, 0.5, 0.9])
    #expect(s.classes.cutoffs == [100, 80, 50] && !s.classes.byGroup)
    #expect(s.notGradedClass == nil && s.startupYears == 2 && s.evaluationYear == 2024)
    #expect(!s.lowEfficiency.classD && s.lowEfficiency.minLandMu == nil && s.lowEfficiency.maxTaxPerMu == 5)
    #expect(s.lowEfficiency.zoning == "M2" && s.lowEfficiency.landPriceWanPerMu == 12)
    #expect(s.surchargeYuanPerKWh == ["C": 0.1, "D": 0.3])
  }

  /// `low_efficiency.zoning` is trimmed and upper-cased like a firm's
  /// zoning cell (before: `" m0 "` gave parcels zoned `" M0 "`).
  @Test func theFallbackZoningIsTrimmedLikeAFirmsZoning() throws {
    let s = try FirmLoader.scenario(text: "low_efficiency: {zoning: \" m0 \"}\n", file: "s.yaml")
    #expect(s.lowEfficiency.zoning == "M0")
    #expect(throws: (any Error).self) { try FirmLoader.scenario(text: "low_efficiency: {zoning: \"  \"}\n", file: "s.yaml") }
  }

  @Test func anEmptyScenarioGivesTheDefaults() throws {
    #expect(try FirmLoader.scenario(text: "", file: "s.yaml") == EvaluationScenario())
    #expect(try FirmLoader.scenario(text: "# nothing\n", file: "s.yaml") == EvaluationScenario())
  }

  /// The fuzzing user's findings.
  @Test func misspeltKeysAndANegativeCapAreErrors() {
    #expect(Self.issues("clases: {method: cutoffs}\n") == [
      "s.yaml, key 'clases': unknown key; did you mean `classes`? (line 1)",
    ])
    #expect(Self.issues("groups:\n  large:\n    weights: {tax_per_mu: 1}\n    cap_multiple: -0.5\n") == [
      "s.yaml, key 'groups.large.cap_multiple': must be a number > 0; found -0.5 (line 4)",
    ])
    #expect(Self.issues("groups: {large: {weights: {tax_per_acre: 1}}}\n").first?.contains(
      "key 'groups.large.weights.tax_per_acre': unknown key; ") == true)
    #expect(Self.issues("low_efficiency: {min_land: 10}\n") == [
      "s.yaml, key 'low_efficiency.min_land': unknown key; did you mean `min_land_mu`? (line 1)",
    ])
  }

  /// Weights above 1e6 and benchmarks below 1e-9 are refused: 1e308 or
  /// 1e-320 made every firm's points infinite, written as empty scores, and
  /// ranked 244 of 245 firms first (found by an outside audit).
  @Test func weightsAndBenchmarksCannotOverflowThePoints() {
    let issues = Self.issues("groups:\n  large: {weights: {tax_per_mu: 1e308}, benchmarks: {tax_per_mu: 1e-320}}\n")
    #expect(issues.contains { $0.contains("'groups.large.weights.tax_per_mu': must be a number in 0…1e6; found 1e308") }, "\(issues)")
    #expect(issues.contains { $0.contains("'groups.large.benchmarks.tax_per_mu': must be a number in 1e-9…1e12") }, "\(issues)")
  }

  @Test func classesAndGroupsAreRangeChecked() {
    #expect(Self.issues("""
      classes: {method: cutof, percentiles: [0.5, 0.3, 0.9], cutoffs: [60, 90, 120]}
      groups:
        large: {weights: {tax_per_mu: 0}, benchmarks: {tax_per_mu: 0}}
        规上: {weights: {tax_per_mu: 1}}
        small: {benchmarks: {tax_per_kwh: 1}}
      not_graded_class: E
      startup_years: -1
      surcharge_yuan_per_kwh: {E: 0.1}
      """) == [
      "s.yaml, key 'classes.method': must be one of `percentile`, `share_caps` or `cutoffs`; found `cutof`; "
        + "did you mean `cutoffs`? (line 1)",
      "s.yaml, key 'classes.percentiles': must rise (A ≤ A+B ≤ A+B+C); found [0.5, 0.3, 0.9] (line 1)",
      "s.yaml, key 'classes.cutoffs': must fall (lowest score of A ≥ B ≥ C); found [60, 90, 120] (line 1)",
      "s.yaml, key 'groups.large.weights': needs at least one weight greater than 0 (line 3)",
      "s.yaml, key 'groups.large.benchmarks.tax_per_mu': must be a number in 1e-9…1e12; found 0 (line 3)",
      "s.yaml, key 'groups.规上': is the same group as `large` (规上 = large, 规下 = small) (line 4)",
      "s.yaml, key 'groups.small': needs `weights`: points per indicator (tax_per_mu, value_added_per_mu, "
        + "value_added_per_tce, value_added_per_emission, labour_productivity, rd_intensity, tax_per_kwh, "
        + "revenue_per_mu) (line 5)",
      "s.yaml, key 'not_graded_class': must be one of `A`, `B`, `C` or `D`; found `E` (line 6)",
      "s.yaml, key 'startup_years': must be a whole number in 0…100; found -1 (line 7)",
      "s.yaml, key 'surcharge_yuan_per_kwh.E': unknown key; valid keys: `A`, `B`, `C` or `D` (line 8)",
    ])
  }

  /// A repeated group is reported, and so are the problems inside it
  /// (before: only "is the same group", the misspelt key hidden).
  @Test func problemsInsideARepeatedGroupAreReportedToo() {
    #expect(Self.issues("groups:\n  large:\n    weights: {tax_per_mu: 5}\n  规上:\n    weights: {tax_per_muu: 5}\n") == [
      "s.yaml, key 'groups.规上': is the same group as `large` (规上 = large, 规下 = small) (line 5)",
      "s.yaml, key 'groups.规上.weights.tax_per_muu': unknown key; did you mean `tax_per_mu`? (line 5)",
      "s.yaml, key 'groups.规上.weights': needs at least one weight greater than 0 (line 5)",
    ])
  }

  @Test func parkTreeKeysAreChecked() throws {
    let tree = try ParkTree.parse(text: """
      branches:
        - {name: benefit, weights: {default: 60}, indicators: [{column: tax_per_mu, weight: 1}]}
      star_thresholds: [90, 70, 50, 22]
      """, file: "tree.yaml")
    #expect(tree.branches.map(\.name) == ["benefit"] && tree.starThresholds == [90, 70, 50, 22])
    #expect(Self.treeIssues("""
      branches:
        - name: benefit
          weight: {default: 60}
          indicators: [{column: tax_per_mu, weight: -1, higher_is_beter: false}]
      star_thresholds: [50, 70]
      """) == [
      "tree.yaml, key 'branches[0]': needs `weights` (line 2)",
      "tree.yaml, key 'branches[0].weight': unknown key; did you mean `weights`? (line 3)",
      "tree.yaml, key 'branches[0].indicators[0].higher_is_beter': unknown key; did you mean `higher_is_better`? (line 4)",
      "tree.yaml, key 'branches[0].indicators[0].weight': must be a number ≥ 0; found -1 (line 4)",
      "tree.yaml, key 'star_thresholds': must be a list of 4 numbers; found 2 (line 5)",
    ])
    #expect(Self.treeIssues("star_thresholds: [85, 75, 65, 55]\n") == [
      "tree.yaml: needs `branches`: the first-level indicators, each with `name`, `weights` and `indicators`",
    ])
  }

  @Test func aMissingParkTreeFileSaysSo() {
    #expect {
      _ = try ParkTree.load(path: "/nonexistent/tree.yaml")
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == ["/nonexistent/tree.yaml: no such file"]
    }
  }
}

/// Every evaluate scenario key is in the README's table.
struct ReadmeDocumentsEvaluateScenarioTests {
  @Test func everyKeyIsInTheReadme() throws {
    let url = RepositoryPaths.root
    let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
    let keys = FirmLoader.scenarioKeys.filter { !["classes", "low_efficiency"].contains($0) }
      + ["method", "percentiles", "cutoffs", "by_group"].map { "classes.\($0)" }
      + FirmLoader.lowEfficiencyKeys.map { "low_efficiency.\($0)" }
      + ["weights", "benchmarks", "cap_multiple"].map { "groups.NAME.\($0)" }
      + ["branches", "branches[i].name", "branches[i].weights", "branches[i].indicators", "star_thresholds"]
      + ["column", "weight", "higher_is_better"].map { "branches[i].indicators[j].\($0)" }
    for key in keys { #expect(readme.contains("| `\(key)` |"), "\(key)") }
  }
}
