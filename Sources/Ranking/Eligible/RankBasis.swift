import StandardLand

/// What a ranker needs that only ``EligibilityInputs`` decide: the
/// thresholds, the parcel index, each park's take on each industry, and
/// the parcels' figures the scoring loop reads. Built once per case and
/// kept with the eligible parcels (``EligibleParcelsCache``).
struct RankBasis: Sendable {
  let thresholds: ThresholdTable
  let index: ParcelIndex
  /// Per project, the position of its industry in ``parkThresholds``' rows.
  let industryOfProject: [Int]
  /// Per park, the thresholds of each industry (``industryOfProject``).
  let parkThresholds: [[Thresholds]]
  /// Per park, how it takes each industry, and whether it admits it.
  let parkFits: [[IndustryFit]]
  let parkAdmits: [[Bool]]
  /// Per project, its zonings as ``index`` numbers them.
  let projectZonings: [ParcelIndex.Zonings]
  /// Per parcel: area (mu), land cost (万元), and whether it is new land
  /// (read in the scoring loop without copying a ``Parcel``).
  let parcelAreas: [Double]
  let parcelCosts: [Double]
  let parcelIsNew: [Bool]
  /// Per park: its position in the parks sorted by (id, index), the order
  /// of sites with equal scores.
  let parkOrder: [Int]

  init(_ landCase: LandCase) {
    let table = ThresholdTable(landCase)
    thresholds = table
    let index = ParcelIndex(landCase)
    self.index = index
    var industries: [String: Int] = [:], names: [String] = []
    industryOfProject = landCase.projects.map { project in
      if let i = industries[project.industry] { return i }
      industries[project.industry] = names.count
      names.append(project.industry)
      return names.count - 1
    }
    parkThresholds = landCase.parks.map { park in names.map { table.thresholds(park: park.id, industry: $0) } }
    parkFits = landCase.parks.map { park in names.map { IndustryFit($0, in: park) } }
    parkAdmits = landCase.parks.map { park in names.map { park.admits($0) } }
    projectZonings = landCase.projects.map { index.numbers(of: $0.zonings) }
    parcelAreas = landCase.parcels.map(\.areaMu)
    parcelCosts = landCase.parcels.map(\.landCostWan)
    parcelIsNew = landCase.parcels.map { $0.source == .new }
    parkOrder = Self.parkOrder(landCase)
  }

  /// ``parkOrder`` of `landCase`.
  private static func parkOrder(_ landCase: LandCase) -> [Int] {
    let sorted = landCase.parks.indices.sorted {
      let a = landCase.parks[$0].id, b = landCase.parks[$1].id
      return a != b ? a < b : $0 < $1
    }
    var order = Array(repeating: 0, count: sorted.count)
    for (position, k) in sorted.enumerated() { order[k] = position }
    return order
  }
}
