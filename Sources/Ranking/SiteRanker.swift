import ParkOptData
import StandardLand

/// Ranks every park (and its best parcel) for each project on its own,
/// ignoring competition between projects (`parkopt assign` plans them
/// jointly). Eligibility is StandardLand's ``EligibilityChecker``: its
/// numeric rules (``EligibilityChecker/evaluate(_:_:in:_:_:)``) for every
/// candidate parcel, its explanations only for the failing rules of the
/// parcel an ineligible site shows.
public struct SiteRanker: Sendable {
  public let landCase: LandCase
  public let weights: RankWeights
  public let checker: EligibilityChecker
  let index: ParcelIndex
  /// The cheapest relief option per "project\u{1F}park".
  let cheapestRelief: [String: QuotaRelief.Option]
  /// Per project, the position of its industry in ``parkThresholds``' rows.
  let industryOfProject: [Int]
  /// Per park, the thresholds of each industry (``industryOfProject``).
  let parkThresholds: [[Thresholds]]
  /// Per park, how it takes each industry, and whether it admits it.
  let parkFits: [[IndustryFit]]
  let parkAdmits: [[Bool]]
  /// Per project, its zonings as ``index`` numbers them.
  let projectZonings: [ParcelIndex.Zonings]

  /// What ``sites(project:detail:)`` returns.
  public enum Detail: Sendable {
    /// Every park: eligible sites, then ineligible ones with their failing rules.
    case all
    /// The eligible sites only (the same sites and ranks as the first of
    /// ``all``'s): enough for `rank --outputs first`, without the
    /// explanations of the ineligible ones.
    case eligibleOnly
  }

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
    var industries: [String: Int] = [:], names: [String] = []
    industryOfProject = landCase.projects.map { project in
      if let i = industries[project.industry] { return i }
      industries[project.industry] = names.count
      names.append(project.industry)
      return names.count - 1
    }
    let table = checker.thresholds
    parkThresholds = landCase.parks.map { park in names.map { table.thresholds(park: park.id, industry: $0) } }
    parkFits = landCase.parks.map { park in names.map { IndustryFit($0, in: park) } }
    parkAdmits = landCase.parks.map { park in names.map { park.admits($0) } }
    projectZonings = landCase.projects.map { [index] in index.numbers(of: $0.zonings) }
  }

  /// Lower objective cost, then more energy relief, then label order.
  static func cheaper(_ a: QuotaRelief.Option, than b: QuotaRelief.Option) -> Bool {
    if a.objectiveCostWan != b.objectiveCostWan { return a.objectiveCostWan < b.objectiveCostWan }
    if a.energyReliefTce != b.energyReliefTce { return a.energyReliefTce > b.energyReliefTce }
    return a.label < b.label
  }

  /// The sites of project `j`, one per park (``Detail/all``) or one per
  /// park where it is eligible (``Detail/eligibleOnly``), in rank order.
  public func sites(project j: Int, detail: Detail = .all) -> [Site] {
    let project = landCase.projects[j], fits = industryOfProject[j]
    var sites: [Site] = []
    sites.reserveCapacity(detail == .all ? landCase.parks.count : 16)
    let parcels = landCase.parcels, relief = cheapestRelief
    // The eligible parcels of every park, in park order then (area, id).
    var eligible: [(park: Int, parcel: Int, components: SiteComponents)] = []
    var minCost = Double.infinity, maxCost = -Double.infinity
    for k in landCase.parks.indices {
      let park = landCase.parks[k]
      let before = eligible.count
      let fit = parkFits[k][fits]
      // Locals, not `self`, in the closure: a province has millions of
      // eligible (project, parcel) pairs.
      let shown = assess(project: j, park: k, shows: detail == .all) { p, figures in
        let cost = parcels[p].landCostWan
        minCost = min(minCost, cost)
        maxCost = max(maxCost, cost)
        eligible.append((k, p, Self.components(project, park, fit, parcels[p], figures, relief: relief)))
      }
      guard eligible.count == before, detail == .all else { continue }
      var figures = SiteComponents()
      if let p = shown {
        let parcel = landCase.parcels[p]
        figures = Self.components(
          project, park, fit, parcel, ThresholdFigures(project, parcel, park, threshold(j, k)), relief: relief)
      } else {
        figures.industryFit = fit
      }
      let failures = shown.map { checker.failures(project: j, parcel: $0) } ?? [
        RuleCheck(rule: .area, passed: false, detail: "\(park.id) offers no parcels", detailZh: "\(park.id) 无地块")
      ]
      sites.append(Site(
        project: j, park: k, parcel: shown, eligible: false, score: nil, components: figures,
        failures: failures, eligibleParcels: 0))
    }
    var start = 0
    while start < eligible.count {
      let k = eligible[start].park
      var end = start
      while end < eligible.count && eligible[end].park == k { end += 1 }
      var best: (i: Int, score: Double, area: Double, landCostScore: Double)?
      for i in start..<end {
        let p = eligible[i].parcel, area = landCase.parcels[p].areaMu
        var c = eligible[i].components
        c.landCostScore = maxCost > minCost ? (maxCost - landCase.parcels[p].landCostWan) / (maxCost - minCost) : 1
        let score = c.score(weights)
        if let current = best, (current.score, -current.area) >= (score, -area) {
          continue  // earlier parcels come in (area, id) order: ties keep them
        }
        best = (i, score, area, c.landCostScore)
      }
      if let best {
        var c = eligible[best.i].components
        c.landCostScore = best.landCostScore
        sites.append(Site(
          project: j, park: k, parcel: eligible[best.i].parcel, eligible: true, score: best.score, components: c,
          failures: [], eligibleParcels: end - start))
      }
      start = end
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

  /// The thresholds project `j` is held to in park `k`.
  func threshold(_ j: Int, _ k: Int) -> Thresholds { parkThresholds[k][industryOfProject[j]] }

  /// Assesses the parcels of park `k` for project `j` — every candidate
  /// (usable zoning, area in range, up to ``areaBound(_:_:)`` past the
  /// first) when the park passes the park-level rules (industry, preferred
  /// parks), else none — calling `found` for each eligible one (in (area,
  /// id) order) with its threshold figures. When `shows`, returns the parcel
  /// an ineligible site shows: the first candidate, or the nearest miss; nil
  /// when the park offers no parcel (and always nil when not `shows`).
  @discardableResult
  func assess(project j: Int, park k: Int, shows: Bool = true, _ found: (Int, ThresholdFigures) -> Void) -> Int? {
    let project = landCase.projects[j], park = landCase.parks[k], t = threshold(j, k)
    let zonings = projectZonings[j]
    // The closures below read locals only: capturing `self` made the
    // optimiser copy the ranker and each parcel per candidate.
    let parcels = landCase.parcels
    var first: Int?
    // A park that fails a park-level rule fails it on every parcel.
    let parkLevel = parkAdmits[k][industryOfProject[j]]
      && (project.preferredParks.isEmpty || project.preferredParks.contains(park.id))
    if parkLevel {
      let largest = areaBound(project, t)
      index.forEachCandidate(park: k, zonings: zonings, minArea: project.minAreaMu, maxArea: project.maxAreaMu) { p in
        // Candidates come by area: past the bound, every later one fails too.
        if first == nil { first = p } else if parcels[p].areaMu > largest { return false }
        var figures = ThresholdFigures()
        var passed = true
        EligibilityChecker.evaluate(project, parcels[p], in: park, t) { figure in
          figures.record(figure)
          if !figure.passed { passed = false }
        }
        if passed { found(p, figures) }
        return true
      }
    } else if shows {
      index.forEachCandidate(park: k, zonings: zonings, minArea: project.minAreaMu, maxArea: project.maxAreaMu) { p in
        first = p
        return false
      }
    }
    guard shows else { return nil }
    return first ?? index.nearest(park: k, zonings: zonings, minArea: project.minAreaMu, maxArea: project.maxAreaMu)
  }

  /// The largest area on which `project` can still meet the park's per-mu
  /// minimums `t` (investment, tax, revenue ÷ area ≥ threshold), widened by a
  /// relative 1e-9 so rounding never drops a parcel the checker would pass:
  /// larger candidates fail one of those rules and are not assessed.
  func areaBound(_ project: Project, _ t: Thresholds) -> Double {
    var bound = Double.infinity
    func limit(_ amount: Double, _ threshold: Threshold?) {
      guard let minimum = threshold?.value, minimum > 1e-6 else { return }
      bound = min(bound, amount / (minimum - 1e-9) * (1 + 1e-9))
    }
    limit(project.investmentWan, t.minInvestmentIntensity)
    limit(project.taxWan, t.minTaxPerMu)
    limit(project.revenueWan, t.minRevenuePerMu)
    return bound
  }

  /// Every eligible parcel of project `j`, in park order then (area, id):
  /// the pairs `rank` considers, for comparison with ``EligibilityChecker``.
  public func eligibleParcels(project j: Int) -> [Int] {
    var parcels: [Int] = []
    for k in landCase.parks.indices { assess(project: j, park: k, shows: false) { p, _ in parcels.append(p) } }
    return parcels
  }
}
