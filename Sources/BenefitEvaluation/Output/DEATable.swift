extension BenefitTables {
  /// `dea.csv`: efficiency, super-efficiency, slacks and peers per unit.
  public static func dea(_ results: [DEAResult], problem: DEAProblem, language: Language = .en) -> String {
    let header = (language == .en
      ? ["unit", "efficiency", "radial", "super_efficiency", "strongly_efficient"]
      : ["评价单元", "效率", "径向值", "超效率", "强有效"])
      + problem.inputNames.map { (language == .en ? "slack_in_" : "投入松弛_") + $0 }
      + problem.outputNames.map { (language == .en ? "slack_out_" : "产出松弛_") + $0 }
      + [language == .en ? "peers" : "参照单元"]
    return csv(header, results.map { r in
      [r.unit, number(r.efficiency), number(r.radial), number(r.superEfficiency), r.isStronglyEfficient ? "yes" : "no"]
        + r.inputSlacks.map { number($0) } + r.outputSlacks.map { number($0) }
        + [r.peers.map { "\($0.unit):\(number($0.lambda))" }.joined(separator: ";")]
    })
  }
}
