extension BenefitTables {
  /// `parks.csv`: per park, class, score per first-level indicator, total, rank and stars.
  public static func parks(_ scores: [ParkScore], tree: ParkTree, language: Language = .en) -> String {
    let header = (language == .en ? ["park", "class"] : ["园区", "园区类别"]) + tree.branches.map(\.name)
      + (language == .en ? ["score", "rank", "stars"] : ["综合得分", "排名", "星级"])
    return csv(header, scores.sorted { ($0.rank, $0.parkID) < ($1.rank, $1.parkID) }.map { s in
      [s.parkID, s.parkClass] + tree.branches.map { number(s.branchScores[$0.name]) }
        + [number(s.score), String(s.rank), String(s.stars)]
    })
  }
}
