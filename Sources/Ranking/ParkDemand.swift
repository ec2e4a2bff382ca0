import StandardLand

/// What the projects that rank a park first would need of it, against
/// what it has: demand above supply flags an over-demanded park.
public struct ParkDemand: Sendable, Equatable {
  public var park: Int
  /// Projects whose first-ranked site is in the park (eligible).
  public var firstChoice = 0
  /// Projects with the park among their top K eligible sites.
  public var inTopK = 0
  /// New and stock land of the first-ranked parcels, mu.
  public var newLandDemandMu = 0.0
  public var stockLandDemandMu = 0.0
  /// New-land quota + stock-link ratio × stock land demanded (增存挂钩), mu.
  public var newLandAllowedMu = 0.0
  /// Energy and carbon of the first-choice projects, after relief.
  public var energyDemandTce = 0.0
  public var energyQuotaTce = 0.0
  public var carbonDemandTonnes = 0.0
  public var carbonQuotaTonnes: Double?
  /// Distinct parcels the first-choice projects want, and how many more
  /// projects than parcels (two projects wanting one parcel compete).
  public var parcelsWanted = 0
  public var parcelClashes = 0

  /// The limits demand exceeds: `new_land`, `energy_quota`, `carbon_quota`, `parcels`.
  public var overDemanded: [String] {
    var over: [String] = []
    if newLandDemandMu > newLandAllowedMu + 1e-9 { over.append("new_land") }
    if energyDemandTce > energyQuotaTce + 1e-9 { over.append("energy_quota") }
    if let quota = carbonQuotaTonnes, carbonDemandTonnes > quota + 1e-9 { over.append("carbon_quota") }
    if parcelClashes > 0 { over.append("parcels") }
    return over
  }

  /// Tallies the projects' ranked sites per park (sums in project order).
  static func tally(_ ranked: [[Site]], landCase: LandCase, topK: Int) -> [ParkDemand] {
    var parks = landCase.parks.indices.map { k in
      var d = ParkDemand(park: k)
      d.energyQuotaTce = landCase.parks[k].energyQuotaTce
      d.carbonQuotaTonnes = landCase.parks[k].carbonQuotaTonnes
      return d
    }
    var wanted = Array(repeating: Set<Int>(), count: parks.count)
    for sites in ranked {
      for site in sites.prefix(while: { $0.eligible }).prefix(topK) { parks[site.park].inTopK += 1 }
      guard let first = sites.first, first.eligible, let p = first.parcel else { continue }
      let parcel = landCase.parcels[p]
      parks[first.park].firstChoice += 1
      if parcel.source == .new {
        parks[first.park].newLandDemandMu += parcel.areaMu
      } else {
        parks[first.park].stockLandDemandMu += parcel.areaMu
      }
      parks[first.park].energyDemandTce += first.components.energyAfterReliefTce
      parks[first.park].carbonDemandTonnes += first.components.carbonAfterReliefTonnes
      wanted[first.park].insert(p)
    }
    for k in parks.indices {
      let park = landCase.parks[k]
      parks[k].newLandAllowedMu = park.newLandQuotaMu + park.stockLinkRatio * parks[k].stockLandDemandMu
      parks[k].parcelsWanted = wanted[k].count
      parks[k].parcelClashes = parks[k].firstChoice - wanted[k].count
    }
    return parks
  }
}
