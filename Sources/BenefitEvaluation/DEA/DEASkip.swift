/// A firm (or, with DEA per park, a park) left out of DEA, and why.
public struct DEASkip: Sendable, Equatable {
  /// Why a unit cannot be a DEA unit.
  public enum Reason: String, Sendable, Codable, CaseIterable {
    /// A chosen input or output figure is empty.
    case missing
    /// A chosen figure is negative (a tax refund, a loss).
    case negative
    /// Every chosen input is 0.
    case allInputsZero = "all_inputs_zero"
    /// Every chosen output is 0 (the inputs are not all 0).
    case allOutputsZero = "all_outputs_zero"
    /// DEA per park: every firm of the park is left out, so it has no figures.
    case allFirmsLeftOut = "all_firms_left_out"

    /// `allInputsZero` or `allOutputsZero` for non-negative figures without a positive input or output.
    static func zero(inputs: [Double], outputs: [Double]) -> Reason? {
      if !inputs.contains(where: { $0 > 0 }) { return .allInputsZero }
      if !outputs.contains(where: { $0 > 0 }) { return .allOutputsZero }
      return nil
    }

    /// The reason in words, for the printed summary.
    func text(zh: Bool) -> String {
      switch self {
      case .missing: zh ? "数据缺失" : "missing a figure"
      case .negative: zh ? "数据为负" : "with a negative figure"
      case .allInputsZero: zh ? "投入全为零" : "with all inputs zero"
      case .allOutputsZero: zh ? "产出全为零" : "with all outputs zero"
      case .allFirmsLeftOut: zh ? "企业全部未参评" : "with every firm left out"
      }
    }
  }

  /// Firm id, or park id when ``isPark``.
  public var id: String
  /// Why it is left out.
  public var reason: Reason
  /// A park whose summed figures fail (DEA per park).
  public var isPark = false

  /// A firm (or park) left out for `reason`.
  public init(id: String, reason: Reason, isPark: Bool = false) {
    self.id = id; self.reason = reason; self.isPark = isPark
  }
}
