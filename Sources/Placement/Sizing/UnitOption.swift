import Foundation

/// The sizing LP's optimum for a load of 1 MWh a year: capacities, costs,
/// energy and area per MWh of annual load, so a project's option is this
/// times its annual MWh (the LP is homogeneous in the load when no absolute
/// limit applies).
public struct UnitOption: Sendable, Equatable, Codable {
  /// False when the LP has no optimum (then no option is offered).
  public var feasible: Bool
  /// Capacities: MW (or MWh for the battery's energy).
  public var pvGroundMW: Double
  public var pvRooftopMW: Double
  public var windMW: Double
  public var batteryMWh: Double
  public var batteryMW: Double
  /// Annual cost of the supply (green assets + grid purchases − export revenue), 万元.
  public var annualCostWan: Double
  /// Annual cost of buying the same load from the grid alone, 万元.
  public var gridOnlyCostWan: Double
  /// Green power used (self-consumed), MWh.
  public var greenMWh: Double
  /// Land taken by ground PV and wind, and roof by rooftop PV, mu.
  public var groundLandMu: Double
  public var roofMu: Double

  public init(
    feasible: Bool, pvGroundMW: Double = 0, pvRooftopMW: Double = 0, windMW: Double = 0, batteryMWh: Double = 0,
    batteryMW: Double = 0, annualCostWan: Double = 0, gridOnlyCostWan: Double = 0, greenMWh: Double = 0,
    groundLandMu: Double = 0, roofMu: Double = 0
  ) {
    self.feasible = feasible
    self.pvGroundMW = pvGroundMW
    self.pvRooftopMW = pvRooftopMW
    self.windMW = windMW
    self.batteryMWh = batteryMWh
    self.batteryMW = batteryMW
    self.annualCostWan = annualCostWan
    self.gridOnlyCostWan = gridOnlyCostWan
    self.greenMWh = greenMWh
    self.groundLandMu = groundLandMu
    self.roofMu = roofMu
  }

  /// Every figure multiplied by `factor` (a project's annual MWh).
  public func scaled(by factor: Double) -> UnitOption {
    UnitOption(
      feasible: feasible, pvGroundMW: pvGroundMW * factor, pvRooftopMW: pvRooftopMW * factor, windMW: windMW * factor,
      batteryMWh: batteryMWh * factor, batteryMW: batteryMW * factor, annualCostWan: annualCostWan * factor,
      gridOnlyCostWan: gridOnlyCostWan * factor, greenMWh: greenMWh * factor, groundLandMu: groundLandMu * factor,
      roofMu: roofMu * factor)
  }

  /// Every figure rounded to `digits` significant digits: the sizing LP's
  /// last digits are solver noise (a change in how its dispatch is read
  /// moved `greenMWh` by 2e-12 relative), and the placement MIP is built
  /// from these figures, so noise must not reach it.
  public func rounded(significantDigits digits: Int) -> UnitOption {
    func r(_ x: Double) -> Double {
      guard x != 0, x.isFinite else { return x }
      let exponent = Int((log10(abs(x))).rounded(.down))
      let scale = pow(10, Double(digits - 1 - exponent))
      return (x * scale).rounded() / scale
    }
    return UnitOption(
      feasible: feasible, pvGroundMW: r(pvGroundMW), pvRooftopMW: r(pvRooftopMW), windMW: r(windMW),
      batteryMWh: r(batteryMWh), batteryMW: r(batteryMW), annualCostWan: r(annualCostWan),
      gridOnlyCostWan: r(gridOnlyCostWan), greenMWh: r(greenMWh), groundLandMu: r(groundLandMu), roofMu: r(roofMu))
  }

  /// The annual cost over buying the same load from the grid, 万元 (may be negative).
  public var premiumWan: Double { annualCostWan - gridOnlyCostWan }
}
