import Foundation

/// A park evaluation tree (园区综合评价指标体系): first-level indicators with
/// weights per park class, each with weighted second-level indicators.
public struct ParkTree: Sendable, Equatable {
  /// A second-level indicator: a column of the park table.
  public struct Leaf: Sendable, Equatable {
    public var column: String
    public var weight: Double
    /// False for indicators where less is better (energy per value added, …).
    public var higherIsBetter: Bool

    public init(_ column: String, _ weight: Double, higherIsBetter: Bool = true) {
      self.column = column; self.weight = weight; self.higherIsBetter = higherIsBetter
    }
  }

  /// A first-level indicator: weight per park class (`default` for others) and its leaves.
  public struct Branch: Sendable, Equatable {
    public var name: String
    public var weights: [String: Double]
    public var indicators: [Leaf]

    /// Class names are kept as ``ParkTree/classKey(_:)`` spells them.
    public init(_ name: String, weights: [String: Double], _ indicators: [Leaf]) {
      self.name = name
      self.weights = Dictionary(weights.map { (ParkTree.classKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
      self.indicators = indicators
    }

    /// The weight for a park class (matched by ``ParkTree/classKey(_:)``),
    /// else the `default` weight; nil when there is neither.
    public func weight(forClass parkClass: String) -> Double? {
      weights[ParkTree.classKey(parkClass)] ?? weights["default"]
    }
  }

  /// A park class as matched: trimmed, lower-cased, and 国家级/国家 →
  /// `national`, 省级/省 → `provincial`, 县级/县 → `county`.
  public static func classKey(_ raw: String) -> String {
    let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
    switch name {
    case "国家级", "国家": return "national"
    case "省级", "省": return "provincial"
    case "县级", "县": return "county"
    default: return name
    }
  }

  public var branches: [Branch]
  /// Lowest score (0–100) for 5, 4, 3 and 2 stars; below the last, 1 star.
  public var starThresholds: [Double]

  public init(branches: [Branch], starThresholds: [Double] = [85, 75, 65, 55]) {
    self.branches = branches
    self.starThresholds = starThresholds
  }

  /// Every column the tree reads, in order.
  public var columns: [String] { branches.flatMap { $0.indicators.map(\.column) } }

  /// Six first-level indicators (illustrative weights; three park classes).
  public static let standard = ParkTree(branches: [
    Branch("comprehensive_development", weights: ["default": 20, "national": 20, "provincial": 20, "county": 25], [
      Leaf("revenue_yi", 50), Leaf("revenue_growth", 50)]),
    Branch("per_mu_benefit", weights: ["default": 25, "national": 25, "provincial": 25, "county": 25], [
      Leaf("tax_per_mu", 50), Leaf("revenue_per_mu", 50)]),
    Branch("land_use", weights: ["default": 15, "national": 10, "provincial": 15, "county": 20], [
      Leaf("built_share", 50), Leaf("floor_area_ratio", 50)]),
    Branch("innovation", weights: ["default": 15, "national": 20, "provincial": 15, "county": 10], [
      Leaf("rd_intensity", 50), Leaf("high_tech_share", 50)]),
    Branch("green_low_carbon", weights: ["default": 15, "national": 15, "provincial": 15, "county": 15], [
      Leaf("energy_per_value_added", 60, higherIsBetter: false), Leaf("green_power_share", 40)]),
    Branch("openness", weights: ["default": 10, "national": 10, "provincial": 10, "county": 5], [
      Leaf("foreign_investment_share", 50), Leaf("export_share", 50)]),
  ])
}
