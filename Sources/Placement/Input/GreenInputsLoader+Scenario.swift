import GreenPower
import ParkOptData
import StandardLand

extension GreenInputsLoader {
  /// The keys of the `green_power:` section: its own and `size`'s
  /// (``GreenPower/ScenarioLoader/sectionKeys``).
  public static let sectionKeys = [
    "relief_factor_tce_per_mwh", "relief_applies_to", "levels", "cost_weight", "electricity_share",
    "sample_every_days", "enabled",
  ] + ScenarioLoader.sectionKeys.filter { $0 != "grid_emission_factor_t_per_mwh" } + ["grid_emission_factor_t_per_mwh"]

  /// Parses the `green_power:` section of scenario text; `file` names it in messages.
  public static func settings(text: String, file: String) throws(DataErrors) -> GreenSettings {
    try settings(ScenarioReader(text: text, file: file))
  }

  static func settings(_ reader: ScenarioReader) throws(DataErrors) -> GreenSettings {
    var s = GreenSettings()
    let top = reader.root(keys: LandCaseLoader.scenarioKeys + LandCaseLoader.sectionsReadElsewhere)
    if let m = top.mapping("green_power", keys: sectionKeys) {
      if let v = m.number("relief_factor_tce_per_mwh", .above(0, atMost: 1)) { s.reliefFactorTcePerMWh = v }
      if let v = m.choice("relief_applies_to", GreenSettings.AppliesTo.self) { s.appliesTo = v }
      if let value = m.value("levels"), let v = value.numbers(.above(0, atMost: 1)) {
        if v.isEmpty { value.report("is empty; give at least one green share 0 < level ≤ 1") }
        else if Set(v).count != v.count { value.report("gives a level twice") }
        else { s.levels = v.sorted() }
      }
      if let v = m.number("cost_weight", .between(0, 1e6)) { s.costWeight = v }
      if let v = m.number("electricity_share", .above(0, atMost: 1)) { s.electricityShare = v }
      if let v = m.integer("sample_every_days", .between(1, 366)) { s.sampleEveryDays = v }
      if let v = m.bool("enabled") { s.enabled = v }
      ScenarioLoader.read(section: m, into: &s.sizing)
    }
    try reader.finish()
    return s
  }
}
