/// A scenario value the run form may set: a key of the command's scenario
/// file, a weight of `rank`'s weights file, or a factor on every number of
/// a column of a case table (batch's `scale` sweep). Only the values of
/// ``all`` can be set: the form cannot name any other key.
public struct FormValue: Sendable, Equatable {
  /// What the value sets.
  public enum Target: Sendable, Equatable {
    /// A key of the scenario file, as a dotted path (`objective.tax`).
    case scenario(key: String)
    /// A key of `rank`'s weights file (`--weights`).
    case weights(key: String)
    /// A factor on every number of a column of one of the case's tables.
    case scale(file: String, column: String)
  }

  /// The commands that read the value.
  public let commands: [String]
  /// What the value sets.
  public let target: Target
  /// The values a select offers (nil: a text field).
  public let choices: [String]?

  init(_ commands: [String], _ target: Target, choices: [String]? = nil) {
    self.commands = commands
    self.target = target
    self.choices = choices
  }

  /// The form field's name: `scenario:KEY`, `weights:KEY` or
  /// `scale:FILE:COLUMN` (the scenario and scale names are batch's labels).
  public var name: String {
    switch target {
    case .scenario(let key): "scenario:\(key)"
    case .weights(let key): "weights:\(key)"
    case .scale(let file, let column): "scale:\(file):\(column)"
    }
  }

  /// What the value is called in scenario files and manifests: `KEY`, or
  /// `FILE COLUMN × f`.
  public var key: String {
    switch target {
    case .scenario(let key), .weights(let key): key
    case .scale(let file, let column): "\(file) \(column) × f"
    }
  }

  /// Every value the form can set, in form order (each once; a value
  /// `assign` and `rank` both read is one field): the quantities users
  /// sweep (README, "parkopt serve").
  public static let all: [FormValue] = {
    let land = ["assign", "rank"]
    var values: [FormValue] = []
    // assign and rank: 增存挂钩, the leading-industry share, the parks' quotas.
    values += ["stock_link_ratio", "min_leading_share"].map { FormValue(land, .scenario(key: $0)) }
    values += ["energy_quota_tce", "new_land_quota_mu"].map { FormValue(land, .scale(file: "parks.csv", column: $0)) }
    // assign: the objective weights.
    values += ["tax", "revenue", "value_added", "jobs", "land_cost"]
      .map { FormValue(["assign"], .scenario(key: "objective." + $0)) }
    // rank: the weights of the composite score.
    values += ["threshold_margin", "industry_fit", "land_cost", "quota_share", "land_supply", "green_premium"]
      .map { FormValue(["rank"], .weights(key: $0)) }
    // size: the policy target and shares, the grid, the main costs.
    values.append(FormValue(["size"], .scenario(key: "policy.target"), choices: ["2025", "2030"]))
    values += ["policy.min_self_use_of_generation", "policy.max_export_of_generation", "grid.import_limit_mw"]
      .map { FormValue(["size"], .scenario(key: $0)) }
    values.append(FormValue(["size"], .scenario(key: "grid.export_allowed"), choices: ["true", "false"]))
    values += ["pv_ground.capex_yuan_per_kw", "wind.capex_yuan_per_kw", "battery.energy_capex_yuan_per_kwh",
      "discount_rate"].map { FormValue(["size"], .scenario(key: $0)) }
    // evaluate: the year, the start-up exemption, the low-efficiency land rule.
    values += ["evaluation_year", "startup_years", "low_efficiency.max_tax_per_mu", "low_efficiency.min_land_mu"]
      .map { FormValue(["evaluate"], .scenario(key: $0)) }
    return values
  }()

  /// The values `command` reads, in form order.
  public static func values(of command: String) -> [FormValue] { all.filter { $0.commands.contains(command) } }

  /// Whether a form field's name is one of a scenario value (of any command).
  static func isValueField(_ name: String) -> Bool {
    ["scenario:", "weights:", "scale:"].contains { name.hasPrefix($0) }
  }
}
