/// The capacities the sizing LP chooses.
public enum CapacityKind: String, CaseIterable, Sendable, Codable {
  case pvGround = "pv_ground"
  case pvRooftop = "pv_rooftop"
  case wind
  case batteryEnergy = "battery_mwh"
  case batteryPower = "battery_mw"

  /// The unit of the capacity.
  public var unit: String { self == .batteryEnergy ? "MWh" : "MW" }
  /// True for PV and wind.
  public var isGenerator: Bool { self == .pvGround || self == .pvRooftop || self == .wind }
  /// Chinese label for reports.
  public var chinese: String {
    switch self {
    case .pvGround: return "地面光伏"
    case .pvRooftop: return "屋顶光伏"
    case .wind: return "风电"
    case .batteryEnergy: return "储能容量"
    case .batteryPower: return "储能功率"
    }
  }
}
