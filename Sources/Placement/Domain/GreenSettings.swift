import GreenPower

/// The `green_power:` section of an assign scenario: how green supply
/// relieves park quotas, the levels offered, and `size`'s technology, cost,
/// grid and policy settings (read by `size`'s own reader).
public struct GreenSettings: Sendable, Equatable {
  /// Which park quota the green power relieves.
  public enum AppliesTo: String, Sendable, CaseIterable {
    case energy, carbon, both
  }

  /// tce taken off the energy quota per MWh of green power used (当量值
  /// 0.1229; 等价值 ≈ 0.30 is the other common factor).
  public var reliefFactorTcePerMWh = 0.1229
  /// The quotas relieved.
  public var appliesTo: AppliesTo = .both
  /// t CO2 taken off the carbon quota per MWh of green power used (as `size`).
  public var gridEmissionFactorTPerMWh: Double {
    get { sizing.gridEmissionFactorTPerMWh }
    set { sizing.gridEmissionFactorTPerMWh = newValue }
  }
  /// Green shares of consumption offered (each 0 < level ≤ 1), ascending.
  public var levels: [Double] = [0.3, 0.5, 0.7]
  /// Weight of the annual premium (万元) in the objective.
  public var costWeight = 1.0
  /// Share of a project's energy_tce that is electricity, used when its
  /// electricity_mwh is blank: MWh = energy_tce × share ÷ 0.1229.
  public var electricityShare = 0.5
  /// Size on every n-th day of the year (1 = the full year).
  public var sampleEveryDays = 14
  /// Whether the case's green-power inputs are used (`enabled: false`
  /// keeps them in the folder but plans without them, as
  /// `--no-green-power` does).
  public var enabled = true
  /// Technologies, costs, grid, policy ratios (`size`'s keys).
  public var sizing = SizingScenario()

  /// tce per MWh used to derive electricity from energy_tce (当量值).
  public static let electricityTcePerMWh = 0.1229

  public init() {}
}
