import ParkOptData
import StandardLand

/// Ranks every park (and its best parcel) for each project on its own,
/// ignoring competition between projects (`parkopt assign` plans them
/// jointly). Eligibility is StandardLand's ``EligibilityChecker``.
public struct SiteRanker: Sendable {
  public let landCase: LandCase
  public let weights: RankWeights
  public let checker: EligibilityChecker
  let index: ParcelIndex
  /// The cheapest relief option per "project\u{1F}park".
  let cheapestRelief: [String: QuotaRelief.Option]

  /// A ranker for `landCase` (with or without ``LandCase/relief``).
  public init(_ landCase: LandCase, weights: RankWeights = RankWeights()) {
    self.landCase = landCase
    self.weights = weights
    checker = EligibilityChecker(landCase)
    index = ParcelIndex(landCase)
    var cheapest: [String: QuotaRelief.Option] = [:]
    for option in landCase.relief?.options ?? [] {
      let key = option.projectID + "\u{1F}" + option.parkID
      if let current = cheapest[key], !Self.cheaper(option, than: current) { continue }
      cheapest[key] = option
    }
    cheapestRelief = cheapest
  }

  /// Lower objective cost, then more energy relief, then label order.
  static func cheaper(_ a: QuotaRelief.Option, than b: QuotaRelief.Option) -> Bool {
    if a.objectiveCostWan != b.objectiveCostWan { return a.objectiveCostWan < b.objectiveCostWan }
    if a.energyReliefTce != b.energyReliefTce { return a.energyReliefTce > b.energyReliefTce }
    return a.label < b.label
  }

  /// The sites of project `j`, one per park, in rank order.
  public func sites(project j: Int) -> [Site] {
    let project = landCase.projects[j]
    var perPark: [(park: Int, checks: [(parcel: Int, checks: [RuleCheck])], eligible: [Int])] = []
    var minCost = Double.infinity, maxCost = -Double.infinity
    for k in landCase.parks.indices {
      let (assessed, eligible) = assess(project: j, park: k)
      for p in eligible {
        minCost = min(minCost, landCase.parcels[p].landCostWan)
        maxCost = max(maxCost, landCase.parcels[p].landCostWan)
      }
      perPark.append((k, assessed, eligible))
    }
    var sites: [Site] = []
    sites.reserveCapacity(perPark.count)
    for entry in perPark {
      let park = landCase.parks[entry.park]
      if entry.eligible.isEmpty {
        let shown = entry.checks.first
        var figures = shown.map { components(project, park, landCase.parcels[$0.parcel], $0.checks) } ?? SiteComponents()
        if shown == nil { figures.industryFit = IndustryFit(project.industry, in: park) }
        let failures = shown?.checks.filter { !$0.passed } ?? [
          RuleCheck(rule: .area, passed: false, detail: "\(park.id) offers no parcels", detailZh: "\(park.id) 无地块")
        ]
        sites.append(Site(
          project: j, park: entry.park, parcel: shown?.parcel, eligible: false, score: nil, components: figures,
          failures: failures, eligibleParcels: 0))
        continue
      }
      var best: (site: Site, area: Double)?
      let byParcel = Dictionary(entry.checks.map { ($0.parcel, $0.checks) }, uniquingKeysWith: { a, _ in a })
      for p in entry.eligible {
        let parcel = landCase.parcels[p]
        var c = components(project, park, parcel, byParcel[p] ?? [])
        c.landCostScore = maxCost > minCost ? (maxCost - parcel.landCostWan) / (maxCost - minCost) : 1
        let score = c.score(weights)
        if let current = best, let s = current.site.score,
          (s, -current.area) >= (score, -parcel.areaMu)
        {
          continue  // earlier parcels come in (area, id) order: ties keep them
        }
        best = (Site(
          project: j, park: entry.park, parcel: p, eligible: true, score: score, components: c, failures: [],
          eligibleParcels: entry.eligible.count), parcel.areaMu)
      }
      if let best { sites.append(best.site) }
    }
    return Self.ordered(sites, landCase)
  }

  /// Eligible sites by score (high first), then park id; then ineligible
  /// ones by number of failing rules, then park id. Ranks from 1.
  static func ordered(_ sites: [Site], _ landCase: LandCase) -> [Site] {
    var sorted = sites.sorted { a, b in
      if a.eligible != b.eligible { return a.eligible }
      if a.eligible, let x = a.score, let y = b.score, x != y { return x > y }
      if !a.eligible, a.failures.count != b.failures.count { return a.failures.count < b.failures.count }
      let pa = landCase.parks[a.park].id, pb = landCase.parks[b.park].id
      return pa != pb ? pa < pb : a.park < b.park
    }
    for i in sorted.indices { sorted[i].rank = i + 1 }
    return sorted
  }

  /// The parcels of park `k` assessed for project `j` — every candidate
  /// (usable zoning, area in range) when the first passes the park-level
  /// rules, else the first only, or the nearest miss — and the eligible ones.
  func assess(project j: Int, park k: Int) -> (checks: [(parcel: Int, checks: [RuleCheck])], eligible: [Int]) {
    let project = landCase.projects[j]
    let candidates = index.candidates(
      park: k, zonings: project.zonings, minArea: project.minAreaMu, maxArea: project.maxAreaMu)
    guard let first = candidates.first else {
      guard let p = index.nearest(park: k, zonings: project.zonings, minArea: project.minAreaMu, maxArea: project.maxAreaMu)
      else { return ([], []) }
      return ([(p, checker.assess(project: j, parcel: p))], [])
    }
    let firstChecks = checker.assess(project: j, parcel: first)
    let parkLevel: Set<Rule> = [.industry, .preferredPark]
    if firstChecks.contains(where: { !$0.passed && parkLevel.contains($0.rule) }) {
      return ([(first, firstChecks)], [])
    }
    var all = [(first, firstChecks)]
    let largest = areaBound(project, park: landCase.parks[k])
    for p in candidates.dropFirst() where landCase.parcels[p].areaMu <= largest {
      all.append((p, checker.assess(project: j, parcel: p)))
    }
    let eligible = all.filter { $0.1.allSatisfy(\.passed) }.map(\.0)
    return (all.map { (parcel: $0.0, checks: $0.1) }, eligible)
  }

  /// The largest area on which `project` can still meet the park's per-mu
  /// minimums (investment, tax, revenue ÷ area ≥ threshold), widened by a
  /// relative 1e-9 so rounding never drops a parcel the checker would pass:
  /// larger candidates fail one of those rules and are not assessed.
  func areaBound(_ project: Project, park: Park) -> Double {
    let t = checker.thresholds.thresholds(park: park.id, industry: project.industry)
    var bound = Double.infinity
    for (amount, threshold) in [
      (project.investmentWan, t.minInvestmentIntensity), (project.taxWan, t.minTaxPerMu),
      (project.revenueWan, t.minRevenuePerMu),
    ] {
      guard let minimum = threshold?.value, minimum > 1e-6 else { continue }
      bound = min(bound, amount / (minimum - 1e-9) * (1 + 1e-9))
    }
    return bound
  }

  /// Every eligible parcel of project `j`, in park order then (area, id):
  /// the pairs `rank` considers, for comparison with ``EligibilityChecker``.
  public func eligibleParcels(project j: Int) -> [Int] {
    landCase.parks.indices.flatMap { assess(project: j, park: $0).eligible }
  }
}
