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
  /// The cheapest relief option per "project\u{1F}park".
  let cheapestRelief: [String: QuotaRelief.Option]
  /// What only the eligibility inputs decide (thresholds, index, fits).
  let basis: RankBasis
  /// The key of ``basis`` and of the eligible parcels it goes with.
  let inputs: EligibilityInputs
  var index: ParcelIndex { basis.index }
  var industryOfProject: [Int] { basis.industryOfProject }
  var parkFits: [[IndustryFit]] { basis.parkFits }
  var parkAdmits: [[Bool]] { basis.parkAdmits }
  var projectZonings: [ParcelIndex.Zonings] { basis.projectZonings }

  /// What ``sites(project:detail:)`` returns.
  public enum Detail: Sendable {
    /// Every park: eligible sites, then ineligible ones with their failing rules.
    case all
    /// The eligible sites only (the same sites and ranks as the first of
    /// ``all``'s): enough for `rank --outputs first`, without the
    /// explanations of the ineligible ones.
    case eligibleOnly
    /// The eligible sites as ``eligibleOnly``, with every component but the
    /// four per-mu margins (``SiteComponents/investmentMargin`` … ``SiteComponents/energyMargin``),
    /// which only each project's first site carries: what
    /// `rank --outputs first` writes (a province run has 250,000 eligible sites).
    case firstMargins
  }

  /// A ranker for `landCase` (with or without ``LandCase/relief``). With
  /// `reuse`, the thresholds and the parcel index come from
  /// ``EligibleParcelsCache`` when the last case ranked in this process had
  /// the same ``EligibilityInputs``.
  public init(_ landCase: LandCase, weights: RankWeights = RankWeights(), reuse: Bool = false) {
    self.landCase = landCase
    self.weights = weights
    inputs = EligibilityInputs(landCase)
    basis = reuse ? EligibleParcelsCache.shared.basis(inputs) : RankBasis(landCase)
    checker = EligibilityChecker(landCase, thresholds: basis.thresholds)
    var cheapest: [String: QuotaRelief.Option] = [:]
    for option in landCase.relief?.options ?? [] {
      let key = option.projectID + "\u{1F}" + option.parkID
      if let current = cheapest[key], !Self.cheaper(option, than: current) { continue }
      cheapest[key] = option
    }
    cheapestRelief = cheapest
  }

  /// Lower objective cost, then more energy relief, each compared within
  /// ``QuotaRelief/equalityMargin(_:_:)``, as `assign` compares options; on
  /// a tie the earlier option (the lower level) stays.
  static func cheaper(_ a: QuotaRelief.Option, than b: QuotaRelief.Option) -> Bool {
    func same(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= QuotaRelief.equalityMargin(x, y) }
    if !same(a.objectiveCostWan, b.objectiveCostWan) { return a.objectiveCostWan < b.objectiveCostWan }
    if !same(a.energyReliefTce, b.energyReliefTce) { return a.energyReliefTce > b.energyReliefTce }
    return false
  }

  /// The sites of project `j`, one per park (``Detail/all``) or one per
  /// park where it is eligible (``Detail/eligibleOnly``), in rank order.
  public func sites(project j: Int, detail: Detail = .all) -> [Site] {
    sites(project: j, eligible: eligible(project: j), detail: detail)
  }

  /// The eligible parcels of project `j` (what does not change with quotas
  /// or weights), and the parcel each park without one shows.
  func eligible(project j: Int) -> EligibleParcels {
    var e = EligibleParcels(parkCount: landCase.parks.count)
    let costs = basis.parcelCosts
    for k in landCase.parks.indices {
      let before = e.parcels.count
      // Locals, not `self`, in the closure: a province has millions of
      // eligible (project, parcel) pairs.
      let shown = assess(project: j, park: k) { p, figures in
        let cost = costs[p]
        e.minCost = min(e.minCost, cost)
        e.maxCost = max(e.maxCost, cost)
        e.parcels.append(Int32(p))
        e.marginScores.append(Self.marginScore(figures))
      }
      if e.parcels.count > before {
        e.parks.append(Int32(k))
        e.ends.append(Int32(e.parcels.count))
        Self.frontier(&e, before..<e.parcels.count, basis: basis)
        e.frontierEnds.append(Int32(e.frontier.count))
      } else if let shown {
        e.shown[k] = Int32(shown)
      }
    }
    return e
  }

  /// Appends to `e.frontier` the positions in `range` (one park's eligible
  /// parcels, in (area, id) order) of the parcels no earlier parcel of the
  /// range dominates. An earlier parcel p dominates a later q when p's land
  /// cost is ≤ q's, p's threshold-margin score is ≥ q's, and p is stock
  /// land or q is new land: then, with every weight ≥ 0, p's score is ≥
  /// q's under any quota (each component of p is ≥ q's: the land-supply
  /// score is 1 on stock land and falls with the area on new land, and p's
  /// area is ≤ q's), and where they are equal p comes first and keeps the
  /// tie. So the best parcel is always on the frontier. Dominance is
  /// transitive, so comparing with the parcels kept is enough.
  static func frontier(_ e: inout EligibleParcels, _ range: Range<Int>, basis: RankBasis) {
    let first = e.frontier.count
    for i in range {
      let q = Int(e.parcels[i])
      var dominated = false
      for f in first..<e.frontier.count {
        let position = Int(e.frontier[f]), p = Int(e.parcels[position])
        if basis.parcelCosts[p] <= basis.parcelCosts[q], e.marginScores[position] >= e.marginScores[i],
          !basis.parcelIsNew[p] || basis.parcelIsNew[q]
        {
          dominated = true
          break
        }
      }
      if !dominated { e.frontier.append(Int32(i)) }
    }
  }

  /// The sites of project `j` from its eligible parcels `e` (``eligible(project:)``,
  /// found under the same ``EligibilityInputs``), scored under this
  /// ranker's quotas and weights.
  /// `pruned` scores only the frontier of each park when every weight is
  /// ≥ 0 (the same sites: `FrontierTests`); false scores every eligible parcel.
  func sites(project j: Int, eligible e: EligibleParcels, detail: Detail, pruned: Bool = true) -> [Site] {
    var sites: [Site] = []
    sites.reserveCapacity(detail == .all ? landCase.parks.count : e.parks.count)
    if detail == .all {
      var group = 0
      for k in landCase.parks.indices {
        if group < e.parks.count, Int(e.parks[group]) == k {
          group += 1
        } else {
          sites.append(ineligibleSite(project: j, park: k, shown: e.shown[k] < 0 ? nil : Int(e.shown[k])))
        }
      }
    }
    let fits = industryOfProject[j], relief = cheapestRelief, weights = weights
    let frontierOnly = pruned && weights.values.allSatisfy { $0 >= 0 }
    let project = landCase.projects[j]
    // Borrowed, not copied: a province run builds 250,000 sites.
    landCase.parks.withUnsafeBufferPointer { parks in
      landCase.parcels.withUnsafeBufferPointer { parcels in
        var start = 0
        for group in e.parks.indices {
          let k = Int(e.parks[group]), end = Int(e.ends[group])
          let quota = parks[k].newLandQuotaMu
          // What does not change from parcel to parcel of the park: the fit,
          // the quota share and the green-power option.
          var c = Self.siteConstants(project, parks[k], parkFits[k][fits], relief: relief)
          let candidates = frontierOnly
            ? (group == 0 ? 0 : Int(e.frontierEnds[group - 1]))..<Int(e.frontierEnds[group]) : start..<end
          let best = Self.bestParcel(
            e, candidates, ofFrontier: frontierOnly, quota: quota, basis: basis, constant: c, weights)
          let p = Int(e.parcels[best.i])
          c.thresholdMarginScore = e.marginScores[best.i]
          c.landCostScore = best.landCostScore
          Self.setLand(
            &c, area: basis.parcelAreas[p], cost: basis.parcelCosts[p], isNew: basis.parcelIsNew[p], quota: quota,
            stockLinkRatio: parks[k].stockLinkRatio)
          if detail != .firstMargins {
            Self.setMargins(&c, ThresholdFigures(project, parcels[p], parks[k], threshold(j, k)))
          }
          sites.append(Site(
            project: j, park: k, parcel: p, eligible: true, score: best.score, components: c,
            failures: [], eligibleParcels: end - start))
          start = end
        }
      }
    }
    var ordered = Self.ordered(sites, parkOrder: basis.parkOrder)
    if detail == .firstMargins, let first = ordered.first, let p = first.parcel {
      let k = first.park
      Self.setMargins(
        &ordered[0].components, ThresholdFigures(project, landCase.parcels[p], landCase.parks[k], threshold(j, k)))
    }
    return ordered
  }

  /// The best of the eligible parcels of `e` in one park — positions
  /// `range` of ``EligibleParcels/parcels``, or with `ofFrontier` of
  /// ``EligibleParcels/frontier`` — : the highest score, ties to the earlier
  /// (smaller area, then id) one; with its position in ``EligibleParcels/parcels``,
  /// its score and land-cost score. `quota` is the park's new-land quota,
  /// `constant` the components that do not change within the park.
  @inline(__always)
  static func bestParcel(
    _ e: EligibleParcels, _ range: Range<Int>, ofFrontier: Bool, quota: Double, basis: RankBasis,
    constant: SiteComponents, _ weights: RankWeights
  ) -> (i: Int, score: Double, landCostScore: Double) {
    let fit = constant.industryFit.score, quotaScore = constant.quotaScore, green = constant.greenScore
    let minCost = e.minCost, maxCost = e.maxCost
    var best = (i: -1, score: -Double.infinity, area: Double.infinity, landCostScore: 0.0)
    e.parcels.withUnsafeBufferPointer { parcels in
      e.marginScores.withUnsafeBufferPointer { margins in
        e.frontier.withUnsafeBufferPointer { frontier in
          basis.parcelAreas.withUnsafeBufferPointer { areas in
            basis.parcelCosts.withUnsafeBufferPointer { costs in
              basis.parcelIsNew.withUnsafeBufferPointer { isNew in
                for r in range {
                  let i = ofFrontier ? Int(frontier[r]) : r
                  let p = Int(parcels[i]), area = areas[p]
                  let landCost = maxCost > minCost ? (maxCost - costs[p]) / (maxCost - minCost) : 1
                  let score = SiteComponents.score(
                    thresholdMargin: margins[i], industryFit: fit, landCost: landCost, quota: quotaScore,
                    landSupply: landSupplyScore(area: area, isNew: isNew[p], quota: quota), green: green, weights)
                  // Earlier parcels come in (area, id) order: ties keep them.
                  if best.i >= 0, (best.score, -best.area) >= (score, -area) { continue }
                  best = (i, score, area, landCost)
                }
              }
            }
          }
        }
      }
    }
    return (best.i, best.score, best.landCostScore)
  }

  /// The ineligible site of project `j` in park `k`, showing parcel `shown`
  /// (nil: the park offers none) with its failing rules.
  private func ineligibleSite(project j: Int, park k: Int, shown: Int?) -> Site {
    let project = landCase.projects[j], park = landCase.parks[k]
    let fit = parkFits[k][industryOfProject[j]]
    var figures = SiteComponents()
    if let p = shown {
      let parcel = landCase.parcels[p]
      figures = Self.components(
        project, park, fit, parcel, ThresholdFigures(project, parcel, park, threshold(j, k)), relief: cheapestRelief)
    } else {
      figures.industryFit = fit
    }
    let failures = shown.map { checker.failures(project: j, parcel: $0) } ?? [
      RuleCheck(rule: .area, passed: false, detail: "\(park.id) offers no parcels", detailZh: "\(park.id) 无地块")
    ]
    return Site(
      project: j, park: k, parcel: shown, eligible: false, score: nil, components: figures,
      failures: failures, eligibleParcels: 0)
  }

  /// Eligible sites by score (high first), then park id; then ineligible
  /// ones by number of failing rules, then park id. Ranks from 1.
  /// `parkOrder` is ``RankBasis/parkOrder``.
  static func ordered(_ sites: [Site], parkOrder: [Int]) -> [Site] {
    // Positions sorted, not sites: a site is a few hundred bytes to move.
    let positions = sites.indices.sorted { i, j in
      let a = sites[i], b = sites[j]
      if a.eligible != b.eligible { return a.eligible }
      if a.eligible, let x = a.score, let y = b.score, x != y { return x > y }
      if !a.eligible, a.failures.count != b.failures.count { return a.failures.count < b.failures.count }
      return parkOrder[a.park] < parkOrder[b.park]
    }
    var sorted: [Site] = []
    sorted.reserveCapacity(sites.count)
    for (rank, i) in positions.enumerated() {
      sorted.append(sites[i])
      sorted[rank].rank = rank + 1
    }
    return sorted
  }

  /// The thresholds project `j` is held to in park `k`.
  func threshold(_ j: Int, _ k: Int) -> Thresholds { basis.parkThresholds[k][basis.industryOfProject[j]] }

  /// Assesses the parcels of park `k` for project `j` — every candidate
  /// (usable zoning, area in range, up to ``areaBound(_:_:)`` past the
  /// first) when the park passes the park-level rules (industry, preferred
  /// parks, an option for a project that requires relief), else none — calling `found` for each eligible one (in (area,
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
    // A park that fails a park-level rule fails it on every parcel (the
    // relief rule: every parcel that passes the others).
    let parkLevel = parkAdmits[k][industryOfProject[j]]
      && (project.preferredParks.isEmpty || project.preferredParks.contains(park.id))
      && !inputs.requiredRelief.blocks(project: j, parkID: park.id)
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
