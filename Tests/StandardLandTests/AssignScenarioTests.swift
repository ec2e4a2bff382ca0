import Foundation
import ParkOptData
import Testing
@testable import StandardLand
import ParkOptTestSupport

/// `parkopt assign`'s scenario keys, read through the shared scenario reader.
@Suite struct AssignScenarioTests {
  static func issues(_ yaml: String) -> [String] {
    do {
      _ = try LandCaseLoader.scenario(text: yaml, file: "scenario.yaml")
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func everyKeyIsRead() throws {
    let s = try LandCaseLoader.scenario(text: """
      objective: {tax: 2, revenue: 0.1, value_added: 0.2, jobs: 3, land_cost: 1}
      stock_link_ratio: 0.5
      min_leading_share: 0.7
      leading_share_rule: no_dilution
      use_enterprise_averages: false
      explain_unplaced: no
      value_limits: false
      time_limit_s: 30
      mip_gap: 0.01
      explain_time_limit_s: 5
      node_limit: 5000
      explain_node_limit: 300
      explain_max_resolves: 4
      explain_threads: 2
      """, file: "scenario.yaml")
    #expect(s.objective.tax == 2 && s.objective.revenue == 0.1 && s.objective.valueAdded == 0.2)
    #expect(s.objective.jobs == 3 && s.objective.landCost == 1)
    #expect(s.stockLinkRatio == 0.5 && s.minLeadingShare == 0.7 && s.leadingShareRule == .noDilution)
    #expect(!s.useEnterpriseAverages && !s.explainUnplaced && !s.valueLimits)
    #expect(s.timeLimitSeconds == 30 && s.mipGap == 0.01 && s.explainTimeLimitSeconds == 5)
    #expect(s.nodeLimit == 5000 && s.explainNodeLimit == 300 && s.explainMaxReSolves == 4 && s.explainThreads == 2)
  }

  @Test func absentKeysKeepTheDefaults() throws {
    let s = try LandCaseLoader.scenario(text: "objective: {jobs: 1}\nexplain_threads: null\n", file: "s.yaml")
    var expected = Scenario()
    expected.objective.jobs = 1
    #expect(s == expected)
    #expect(s.objective.tax == 1 && s.mipGap == 0.0001 && s.leadingShareRule == .newProjectsReachMinimum)
  }

  /// The fuzzing user's findings: each misspelt key now stops the run and
  /// names the key it meant.
  @Test func misspeltKeysAreErrorsWithTheKeyMeant() {
    #expect(Self.issues("mip_gapp: 0.01\n") == [
      "scenario.yaml, key 'mip_gapp': unknown key; did you mean `mip_gap`? (line 1)",
    ])
    #expect(Self.issues("explian_unplaced: false\n") == [
      "scenario.yaml, key 'explian_unplaced': unknown key; did you mean `explain_unplaced`? (line 1)",
    ])
    #expect(Self.issues("objective: {taxx: 1}\n") == [
      "scenario.yaml, key 'objective.taxx': unknown key; did you mean `tax`? (line 1)",
    ])
    #expect(Self.issues("objective:\n  tax: 1\n  profit: 2\n") == [
      "scenario.yaml, key 'objective.profit': unknown key; valid keys: `tax`, `revenue`, `value_added`, `jobs` or `land_cost` (line 3)",
    ])
  }

  @Test func wrongTypesAndRangesAreSaidInPlainWords() {
    #expect(Self.issues("objective: 3\nmip_gap: -0.1\ntime_limit_s: .inf\nleading_share_rule: no-dilutoin\n") == [
      "scenario.yaml, key 'objective': must be a mapping of keys to values; found the number 3 (line 1)",
      "scenario.yaml, key 'mip_gap': must be a number ≥ 0; found -0.1 (line 2)",
      "scenario.yaml, key 'time_limit_s': must be a finite number > 0; found the number .inf (line 3)",
      "scenario.yaml, key 'leading_share_rule': must be one of `new_projects_reach_minimum` or `no_dilution`; "
        + "found `no-dilutoin`; did you mean `no_dilution`? (line 4)",
    ])
    #expect(Self.issues("explain_unplaced: maybe\nexplain_threads: 1.5\n") == [
      "scenario.yaml, key 'explain_unplaced': must be true or false; found the text `maybe` (line 1)",
      "scenario.yaml, key 'explain_threads': must be a whole number ≥ 1; found the number 1.5 (line 2)",
    ])
  }

  @Test func aScenarioGivenOnTheCommandLineMustExist() throws {
    let folder = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": LandCaseLoaderTests.parcels,
      "projects.csv": LandCaseLoaderTests.projects,
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: folder, scenarioPath: folder + "/nope.yaml")
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == [folder + "/nope.yaml: no such file"]
    }
  }
}

/// Every assign scenario key is in the README's table.
@Suite struct ReadmeDocumentsAssignScenarioTests {
  @Test func everyKeyIsInTheReadme() throws {
    let url = RepositoryPaths.root
    let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
    let keys = LandCaseLoader.scenarioKeys.filter { $0 != "objective" }
      + LandCaseLoader.objectiveKeys.map { "objective.\($0)" }
    for key in keys { #expect(readme.contains("| `\(key)` |"), "\(key)") }
    for rule in LeadingShareRule.allCases { #expect(readme.contains("`\(rule.rawValue)`")) }
  }
}
