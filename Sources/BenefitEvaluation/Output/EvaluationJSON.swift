import Foundation

/// Every result of a run as one JSON document (`results.json`), sorted keys.
public struct EvaluationJSON: Sendable, Codable {
  /// One firm's row.
  public struct FirmRecord: Sendable, Codable {
    public var id: String, park: String, industry: String, group: String
    public var landMu: Double, score: Double, rank: Int?, graded: Bool, grade: String?
    public var weakestIndicator: String?, indicators: [String: Double], points: [String: Double], imputed: [String]

    enum CodingKeys: String, CodingKey {
      case id, park, industry, group, landMu = "land_mu", score, rank, graded, grade = "class"
      case weakestIndicator = "weakest_indicator", indicators, points, imputed
    }
  }

  /// One DEA unit's row.
  public struct DEARecord: Sendable, Codable {
    public var unit: String, efficiency: Double, superEfficiency: Double?, inputSlacks: [Double], outputSlacks: [Double]
    public var peers: [String: Double]

    enum CodingKeys: String, CodingKey {
      case unit, efficiency, superEfficiency = "super_efficiency", inputSlacks = "input_slacks"
      case outputSlacks = "output_slacks", peers
    }
  }

  public var summary: EvaluationSummary
  public var firms: [FirmRecord]
  public var lowEfficiency: [String]
  public var dea: [DEARecord]?

  enum CodingKeys: String, CodingKey { case summary, firms, lowEfficiency = "low_efficiency_firms", dea }

  /// Collects the run's results.
  public init(summary: EvaluationSummary, scores: [FirmScore], low: [LowEfficiencyFirm], dea: [DEAResult]?) {
    self.summary = summary
    firms = scores.map { s in
      FirmRecord(
        id: s.firm.id, park: s.firm.parkID, industry: s.firm.industry, group: s.firm.group, landMu: s.firm.landMu,
        score: s.score, rank: s.rank, graded: s.graded, grade: s.grade, weakestIndicator: s.weakestIndicator?.rawValue,
        indicators: Dictionary(uniqueKeysWithValues: s.values.map { ($0.key.rawValue, $0.value) }),
        points: Dictionary(uniqueKeysWithValues: s.points.map { ($0.key.rawValue, $0.value) }),
        imputed: s.imputed.sorted().map(\.rawValue))
    }
    lowEfficiency = low.map(\.firmID)
    self.dea = dea?.map { r in
      DEARecord(unit: r.unit, efficiency: r.efficiency, superEfficiency: r.superEfficiency, inputSlacks: r.inputSlacks,
                outputSlacks: r.outputSlacks, peers: Dictionary(r.peers.map { ($0.unit, $0.lambda) }, uniquingKeysWith: +))
    }
  }

  /// Pretty JSON with sorted keys.
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }
}
