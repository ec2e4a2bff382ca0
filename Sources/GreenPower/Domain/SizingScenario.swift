/// The planner's choices for one sizing run: technologies, costs, grid,
/// policy ratios and resource settings.
///
/// Read from `scenario.yaml` (or `.json`) in the case folder; every key is
/// optional and the defaults are the illustrative Kunming set of
/// `research/energy.md` §4.9. Money is in yuan as users quote it (yuan/kW,
/// yuan/kWh); the model converts to 万元 and MW.
public struct SizingScenario: Sendable, Equatable {
  /// A case name used in reports.
  public var name: String = "green-power case"
  /// Unit of the load file when its headers do not say (`kW` or `MW`).
  public var loadUnit: PowerUnit? = nil
  /// The calendar date of the first hour (`YYYY-MM-DD`), for months and TOU.
  public var startDate: String = "2025-01-01"
  /// Discount rate for the annuity of capital costs.
  public var discountRate: Double = 0.06
  /// Grid emission factor (t CO2 per MWh) used for CO2 avoided.
  public var gridEmissionFactorTPerMWh: Double = 0.5703

  /// Ground-mounted PV.
  public var pvGround = Technology.pvGround
  /// Rooftop PV (limited by roof area).
  public var pvRooftop = Technology.pvRooftop
  /// Onshore wind.
  public var wind = Technology.wind
  /// Battery storage (energy and power sized separately).
  public var battery = Battery()
  /// Grid connection, tariff and export.
  public var grid = Grid()
  /// The 650号 ratios.
  public var policy = Policy()
  /// How synthetic resource profiles are generated when no file is given.
  public var resource = ResourceSettings()
  /// Land shared by ground PV and wind (mu); nil for no joint limit.
  public var groundLandLimitMu: Double? = nil

  public init() {}

  /// The power unit of a load file.
  public enum PowerUnit: String, Sendable, Equatable {
    case kW, MW
    /// Megawatts per unit.
    public var megawatts: Double { self == .kW ? 0.001 : 1 }
  }

  /// Battery storage: energy (MWh) and power (MW) are separate decisions.
  public struct Battery: Sendable, Equatable {
    /// Capital cost of energy capacity, yuan/kWh.
    public var energyCapexYuanPerKWh: Double = 700
    /// Capital cost of power capacity (PCS), yuan/kW.
    public var powerCapexYuanPerKW: Double = 150
    /// Fixed O&M as a fraction of capital cost per year.
    public var fixedOMFraction: Double = 0.02
    /// Lifetime, years.
    public var lifetimeYears: Double = 12
    /// Round-trip efficiency (split evenly between charge and discharge).
    public var roundTripEfficiency: Double = 0.88
    /// Minimum state of charge as a fraction of energy capacity.
    public var minSOC: Double = 0.1
    /// Existing energy and power capacity (no capital cost).
    public var existingMWh: Double = 0
    public var existingMW: Double = 0
    /// Bounds on the total capacities; nil upper bound = none.
    public var minMWh: Double = 0
    public var maxMWh: Double? = nil
    public var minMW: Double = 0
    public var maxMW: Double? = nil
    /// Whether a battery may be built at all.
    public var enabled = true
    /// Whether the battery may charge from the grid (its discharge then
    /// counts as non-green: all import is non-green, a conservative reading).
    public var gridCharging = false

    public init() {}
  }

  /// The grid connection and tariff.
  public struct Grid: Sendable, Equatable {
    /// Maximum import, MW; nil for none.
    public var importLimitMW: Double? = nil
    /// Time-of-use energy price.
    public var tariff = Tariff()
    /// Monthly demand charge on the peak import, yuan/kW·month (0 = none).
    public var demandChargeYuanPerKWMonth: Double = 0
    /// Whether surplus green power may be fed to the grid.
    public var exportAllowed = true
    /// Export price, yuan/kWh (Yunnan coal benchmark by default).
    public var exportPriceYuanPerKWh: Double = 0.3358
    /// Maximum export, MW; nil for none.
    public var exportLimitMW: Double? = nil
    /// Off-grid (离网型): no import, no export.
    public var offGrid = false
    /// Penalty for unserved load, yuan/kWh; nil forbids unserved load.
    public var unservedPenaltyYuanPerKWh: Double? = nil

    public init() {}
  }

  /// A time-of-use tariff: named periods with prices, and the period of
  /// each hour of the day (optionally different for some months).
  public struct Tariff: Sendable, Equatable {
    /// Price of each period, yuan/kWh.
    public var pricesYuanPerKWh: [String: Double] = ["peak": 0.90, "flat": 0.60, "valley": 0.30]
    /// The period of hours 0…23.
    public var hours: [String] = Tariff.defaultHours
    /// Month (1…12) → the period of hours 0…23 in that month.
    public var hoursByMonth: [Int: [String]] = [:]

    /// Valley 0–7, peak 8–11 and 18–22, flat otherwise [assumption].
    public static let defaultHours: [String] =
      Array(repeating: "valley", count: 8) + Array(repeating: "peak", count: 4)
      + Array(repeating: "flat", count: 6) + Array(repeating: "peak", count: 5) + ["flat"]

    public init() {}

    /// The price (yuan/kWh) at `hourOfDay` in `month` (1…12).
    public func priceYuanPerKWh(month: Int, hourOfDay: Int) -> Double {
      let periods = hoursByMonth[month] ?? hours
      return pricesYuanPerKWh[periods[hourOfDay]] ?? 0
    }
  }

  /// The 650号 ratios, all changeable.
  public struct Policy: Sendable, Equatable {
    /// Self-consumed green power ≥ this share of available generation.
    public var minSelfUseOfGeneration: Double? = 0.60
    /// Self-consumed green power ≥ this share of total consumption.
    public var minGreenShareOfConsumption: Double? = 0.30
    /// Export ≤ this share of available generation.
    public var maxExportOfGeneration: Double? = 0.20
    /// Which named target set the consumption share (`2025` 30 %, `2030` 35 %).
    public var target: String = "2025"

    public init() {}
  }

  /// Settings for synthetic PV and wind profiles.
  public struct ResourceSettings: Sendable, Equatable {
    /// Latitude and longitude in degrees (Kunming by default).
    public var latitude: Double = 25.04
    public var longitude: Double = 102.71
    /// Target full-load hours per year.
    public var pvFullLoadHours: Double = 1400
    public var windFullLoadHours: Double = 2500
    /// Seed of the random daily clearness and wind noise.
    public var seed: UInt64 = 20250530

    public init() {}
  }
}
