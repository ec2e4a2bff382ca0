/// Rules the fuzz test finds broken on the code before the issue-14 fixes.
/// TEMPORARY: each entry is reported as a known issue instead of a failure;
/// remove an entry once the fix for it is merged (the test then fails if the
/// rule is still broken).
enum FuzzKnownIssues {
  static let entries: Set<String> = [
    // Misspelt top-level scenario keys are ignored (the shared scenario
    // reader rejects them; size's own reader already does).
    "assign unknown-key-accepted",
    "evaluate unknown-key-accepted",
    // A control character in an id reaches the model ("invalid model: name
    // contains a control character", no file, row or column); a scenario
    // weight of -1e308 gives "objective coefficient is -inf" without naming
    // the key (the number and scenario checks reject both where read).
    "assign unplaced-message",
    // A missing or renamed optional column (revenue_wan, value_added_wan,
    // employees) leaves DEA without units: "DEA: needs at least one unit, one
    // input and one output", naming neither file nor column; a deleted group
    // in the scenario is reported against firms.csv, not evaluate.yaml.
    "evaluate unplaced-message",
    // A value added of 0 or a threshold of 1e19 traps in RuleCheck.format
    // (Int64 of an infinite or too large Double) while unplaced.csv is
    // written, after assignments.csv and parks.csv were replaced: a crash and
    // a half-replaced result folder (see FuzzRegressionTests).
    "assign crash",
    "assign result-folder-changed",
    // 1e308 in a firm's or an hour's figures reaches GLPK, which fails (exit 3)
    // instead of the value being rejected where read (exit 2).
    // 1e-320 as a project's energy: GLPK's scaling fails the same way.
    "evaluate bad-input-as-solver-failure",
    "size bad-input-as-solver-failure",
    "assign bad-input-as-solver-failure",
    // -1e308 as the first hour traps in HourColumns.check (Int of a Double).
    "size crash",
    // 9.3e18 employees: DEA per park never ends (evaluate has no time limit).
    "evaluate hang",
  ]

  static func isKnown(_ command: String, _ check: FuzzCheck) -> Bool {
    entries.contains("\(command) \(check.rawValue)")
  }
}
