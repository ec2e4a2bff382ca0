/// Optional ways for a placed project to take less of its park's energy and
/// carbon quotas, at a cost and using park resources: in ParkOpt, direct
/// green-power supply (绿电直连), built by the `Placement` module from the
/// `GreenPower` sizing LP. StandardLand knows them only as numbers, so the
/// land domain does not depend on the energy domain.
///
/// In the MIP each option is a binary `relief[j,k,o] ≤ in_park[j,k]`, at most
/// one option per project and park; the park's `energy_quota` row becomes
/// Σ energy·assign − Σ energy relief·relief ≤ quota (carbon likewise), each
/// ``Limit`` is a row Σ use·relief ≤ amount, and the objective subtracts
/// ``Option/objectiveCostWan``.
public struct QuotaRelief: Sendable, Equatable {
  /// One option of one project in one park.
  public struct Option: Sendable, Equatable {
    /// The project (``Project/id``).
    public var projectID: String
    /// The park (``Park/id``) in which the option can be built.
    public var parkID: String
    /// A short label, unique per project and park, e.g. `green_50`.
    public var label: String
    /// tce/year taken off the park's energy quota when chosen (0 ≤ it ≤ the
    /// project's ``Project/energyTce``).
    public var energyReliefTce: Double
    /// t CO2/year taken off the park's carbon quota when chosen (0 ≤ it ≤ the
    /// project's ``Project/carbonTonnes``).
    public var carbonReliefTonnes: Double
    /// 万元/year subtracted from the objective when chosen, already weighted
    /// (may be negative: the option then pays for itself).
    public var objectiveCostWan: Double
    /// Park resources it takes (e.g. `green_land_mu`), bounded by the
    /// park's ``Limit``s of the same resource; in a fixed order.
    public var uses: [Use]
    /// Named figures for the result files (e.g. `pv_ground_mw`), in a fixed
    /// order; the model does not read them.
    public var figures: [Figure]

    public init(
      projectID: String, parkID: String, label: String, energyReliefTce: Double, carbonReliefTonnes: Double,
      objectiveCostWan: Double, uses: [Use] = [], figures: [Figure] = []
    ) {
      self.projectID = projectID
      self.parkID = parkID
      self.label = label
      self.energyReliefTce = energyReliefTce
      self.carbonReliefTonnes = carbonReliefTonnes
      self.objectiveCostWan = objectiveCostWan
      self.uses = uses
      self.figures = figures
    }
  }

  /// An amount of a park resource an option takes.
  public struct Use: Sendable, Equatable {
    /// The resource key, e.g. `green_land_mu`, `roof_mu`.
    public var resource: String
    public var amount: Double

    public init(resource: String, amount: Double) {
      self.resource = resource
      self.amount = amount
    }
  }

  /// A named number shown in the result files.
  public struct Figure: Sendable, Equatable {
    /// English column name (`pv_ground_mw`).
    public var key: String
    /// Chinese column name (`地面光伏(MW)`).
    public var zhName: String
    public var value: Double

    public init(key: String, zhName: String, value: Double) {
      self.key = key
      self.zhName = zhName
      self.value = value
    }
  }

  /// A park resource the options share: Σ uses of `resource` by the
  /// options chosen in `parkID` ≤ `amount`.
  public struct Limit: Sendable, Equatable {
    public var parkID: String
    /// The resource key, as in ``Use/resource``.
    public var resource: String
    public var amount: Double

    public init(parkID: String, resource: String, amount: Double) {
      self.parkID = parkID
      self.resource = resource
      self.amount = amount
    }
  }

  /// Every option, in a fixed order (project, park, then level).
  public var options: [Option]
  /// The park resource limits, in a fixed order (park, then resource).
  public var limits: [Limit]
  /// Projects that may be placed only with one of their options chosen.
  public var requiredProjectIDs: [String]
  /// What the options are called in file names and English headers
  /// (`green_power` writes `green_power.csv`).
  public var name: String
  /// Their Chinese name (`绿电`).
  public var zhName: String

  public init(
    options: [Option], limits: [Limit] = [], requiredProjectIDs: [String] = [], name: String = "green_power",
    zhName: String = "绿电"
  ) {
    self.options = options
    self.limits = limits
    self.requiredProjectIDs = requiredProjectIDs
    self.name = name
    self.zhName = zhName
  }
}

extension QuotaRelief.Option {
  /// How much of `resource` the option takes (its uses of it summed; 0
  /// when it lists none).
  public func use(of resource: String) -> Double {
    uses.filter { $0.resource == resource }.reduce(0) { $0 + $1.amount }
  }
}
