/// Decides which project may take which parcel, and says why not.
///
/// A pair is eligible when the park admits the project's industry (and is
/// among its preferred parks, if any), the parcel's zoning is one the project
/// can use, the parcel's area is in the project's range, and every per-mu
/// indicator holds when the project takes the whole parcel (investment ÷
/// parcel area ≥ minimum, tax ÷ area, revenue ÷ area; energy ÷ value added ≤
/// maximum; floor-area ratio within the minimum and the parcel's maximum).
///
/// The rules are written once, in numbers, in
/// ``evaluate(_:_:in:_:_:)``; ``assess(project:parcel:)`` adds the
/// explanations (`EligibilityChecker+Explanations.swift`) and, for a
/// project that must use relief, the ``RequiredRelief`` rule, which the
/// MIP enforces with its `relief_once` rows rather than by leaving pairs
/// out (``isEligible(project:parcel:)`` and ``eligiblePairs()`` do not read it).
public struct EligibilityChecker: Sendable {
  public let landCase: LandCase
  public let thresholds: ThresholdTable
  /// The rule of projects that must use relief (`green_power: required`).
  public let requiredRelief: RequiredRelief
  private let parkIndex: [String: Int]

  public init(_ landCase: LandCase) {
    self.init(landCase, thresholds: ThresholdTable(landCase))
  }

  /// A checker with `thresholds` built already (``ThresholdTable/init(_:)``
  /// of a case whose parks, industries, standards, firms and
  /// `use_enterprise_averages` equal `landCase`'s).
  public init(_ landCase: LandCase, thresholds: ThresholdTable) {
    self.landCase = landCase
    self.thresholds = thresholds
    requiredRelief = RequiredRelief(landCase)
    parkIndex = Dictionary(landCase.parks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The park a parcel belongs to.
  public func park(of parcel: Parcel) -> Park? { parkIndex[parcel.parkID].map { landCase.parks[$0] } }

  /// Every rule for `project` on `parcel` of `park` under the thresholds
  /// `t` (``ThresholdTable/thresholds(park:industry:)``), in numbers, in the
  /// order ``assess(project:parcel:)`` lists them: `body` sees each figure.
  /// No text and no allocation: the fast path of `rank` and ``isEligible(project:parcel:)``.
  public static func evaluate(
    _ project: Project, _ parcel: Parcel, in park: Park, _ t: Thresholds, _ body: (RuleFigure) -> Void
  ) {
    body(RuleFigure(.industry, passed: park.admits(project.industry)))
    if !project.preferredParks.isEmpty {
      body(RuleFigure(.preferredPark, passed: project.preferredParks.contains(park.id)))
    }
    body(RuleFigure(.zoning, passed: project.zonings.contains(parcel.zoning)))
    let area = parcel.areaMu
    let areaMargin = min(area - project.minAreaMu, project.maxAreaMu - area)
    body(RuleFigure(
      .area, passed: areaMargin >= 0, value: area,
      threshold: area < project.minAreaMu ? project.minAreaMu : project.maxAreaMu, margin: areaMargin))
    func minimum(_ check: RuleFigure.Check, _ value: Double, _ threshold: Threshold?) {
      guard let threshold else { return }
      let margin = value - threshold.value
      body(RuleFigure(check, passed: margin >= -1e-9, value: value, threshold: threshold.value, margin: margin))
    }
    minimum(.investmentIntensity, project.investmentWan / area, t.minInvestmentIntensity)
    minimum(.taxPerMu, project.taxWan / area, t.minTaxPerMu)
    minimum(.revenuePerMu, project.revenueWan / area, t.minRevenuePerMu)
    if let maximum = t.maxEnergyPerValueAdded {
      let value = project.valueAddedWan > 0 ? project.energyTce / project.valueAddedWan : .infinity
      let margin = maximum.value - value
      body(RuleFigure(
        .energyPerValueAdded, passed: margin >= -1e-9, value: value, threshold: maximum.value, margin: margin))
    }
    if let minimum = t.minFloorAreaRatio {
      if let planned = project.floorAreaRatio {
        let margin = planned - minimum.value
        body(RuleFigure(
          .plannedFloorAreaRatio, passed: margin >= -1e-9, value: planned, threshold: minimum.value, margin: margin))
      }
      if let maxFAR = parcel.maxFloorAreaRatio {
        let margin = maxFAR - minimum.value
        body(RuleFigure(
          .parcelFloorAreaRatio, passed: margin >= -1e-9, value: maxFAR, threshold: minimum.value, margin: margin))
      }
    }
    if let planned = project.floorAreaRatio, let maxFAR = parcel.maxFloorAreaRatio {
      let margin = maxFAR - planned
      body(RuleFigure(
        .plannedWithinParcelFloorAreaRatio, passed: margin >= -1e-9, value: planned, threshold: maxFAR,
        margin: margin))
    }
  }

  /// Every check for project `j` on parcel `p` (indices into the case),
  /// with its explanation; the ``RequiredRelief`` check last, when every
  /// other one passes and the project must use relief.
  public func assess(project j: Int, parcel p: Int) -> [RuleCheck] {
    checks(project: j, parcel: p, failingOnly: false)
  }

  /// The failing checks of project `j` on parcel `p`, with their
  /// explanations: `assess(…).filter { !$0.passed }`, without the texts of
  /// the passing ones.
  public func failures(project j: Int, parcel p: Int) -> [RuleCheck] {
    checks(project: j, parcel: p, failingOnly: true)
  }

  private func checks(project j: Int, parcel p: Int, failingOnly: Bool) -> [RuleCheck] {
    let project = landCase.projects[j], parcel = landCase.parcels[p]
    guard let park = park(of: parcel) else { return [] }
    let t = thresholds.thresholds(park: park.id, industry: project.industry)
    var checks: [RuleCheck] = []
    var passed = true
    Self.evaluate(project, parcel, in: park, t) { figure in
      if !figure.passed { passed = false }
      if failingOnly && figure.passed { return }
      checks.append(Self.explain(figure, project, parcel, park, t))
    }
    if passed, let relief = requiredRelief.check(project: j, park: park), !(failingOnly && relief.passed) {
      checks.append(relief)
    }
    return checks
  }

  /// How many checks of project `j` on parcel `p` fail:
  /// `failures(project:parcel:).count`, without writing their texts.
  public func failureCount(project j: Int, parcel p: Int) -> Int {
    let project = landCase.projects[j], parcel = landCase.parcels[p]
    guard let park = park(of: parcel) else { return 0 }
    var count = 0
    Self.evaluate(project, parcel, in: park, thresholds.thresholds(park: park.id, industry: project.industry)) {
      if !$0.passed { count += 1 }
    }
    return count == 0 && requiredRelief.blocks(project: j, parkID: park.id) ? 1 : count
  }

  /// True when every check of ``evaluate(_:_:in:_:_:)`` passes (no text,
  /// no allocation past the threshold lookup): a pair of the MIP. The
  /// ``RequiredRelief`` rule is not read.
  public func isEligible(project j: Int, parcel p: Int) -> Bool {
    let project = landCase.projects[j], parcel = landCase.parcels[p]
    guard let park = park(of: parcel), park.admits(project.industry),
      project.preferredParks.isEmpty || project.preferredParks.contains(park.id),
      project.zonings.contains(parcel.zoning),
      parcel.areaMu >= project.minAreaMu, parcel.areaMu <= project.maxAreaMu
    else { return false }
    var passed = true
    Self.evaluate(project, parcel, in: park, thresholds.thresholds(park: park.id, industry: project.industry)) {
      if !$0.passed { passed = false }
    }
    return passed
  }

  /// All eligible (project, parcel) pairs, by project then parcel.
  public func eligiblePairs() -> [(project: Int, parcel: Int)] {
    var pairs: [(project: Int, parcel: Int)] = []
    for j in landCase.projects.indices {
      for p in landCase.parcels.indices where isEligible(project: j, parcel: p) { pairs.append((j, p)) }
    }
    return pairs
  }
}
