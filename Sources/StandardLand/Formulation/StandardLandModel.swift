import GLPK

/// The standard-land assignment as a MIP (the same formulation as
/// `Models/standard_land.mod`).
///
/// Variables `assign[j,p]` ∈ {0,1} exist only for eligible pairs. Each
/// constraint family is built by a function named after the rule it encodes;
/// rows are named `family[id]` as in the MathProg model and the result files.
public struct StandardLandModel: Sendable {
  /// The eligible pairs, one variable each, in this order.
  public let pairs: [(project: Int, parcel: Int)]
  /// The MIP.
  public internal(set) var model: LinearModel
  /// `project_once[j]` rows, by project index.
  public private(set) var projectRows: [Int: Constraint] = [:]
  /// Park-limit rows by family and park id.
  public private(set) var parkRows: [ParkLimit: [String: Constraint]] = [:]
  /// The binary "which park" decisions: `in_park[j,k]` variables, and the
  /// `assign[j,p]` of a project's only eligible parcel in a park.
  public private(set) var parkChoices: [Variable] = []
  /// The `assign[j,p]` variables that only pick a parcel within a park
  /// already chosen (the project has two or more parcels there).
  public private(set) var parcelChoices: [Variable] = []
  /// For each pair, its park choice (the pair itself or its `in_park`).
  public private(set) var choiceOfPair: [Variable] = []
  /// The `relief[j,k,o]` variables of the case's ``QuotaRelief`` options
  /// (after every pair and `in_park` variable), in the options' order;
  /// empty without relief (StandardLandModel+Relief.swift).
  public internal(set) var reliefChoices: [ReliefChoice] = []
  /// The `relief_limit[k,resource]` rows, in the order of the limits.
  public internal(set) var reliefLimitRows: [ReliefLimitRow] = []

  /// A park-level limit.
  public enum ParkLimit: String, Sendable, CaseIterable, Codable {
    case energyQuota = "energy_quota", carbonQuota = "carbon_quota"
    case leadingIndustryShare = "leading_share", landSupply = "land_supply"
  }

  let landCase: LandCase
  /// The `assign[j,p]` variable of each pair, by pair index (the model's
  /// first variables): the one way from a pair to its variable.
  private var pairVariables: [Variable] = []
  private var byProject: [Int: [Int]] = [:]
  private var byParcel: [Int: [Int]] = [:]
  private var byPark: [String: [Int]] = [:]

  /// Builds the MIP for `landCase` over the given eligible pairs.
  public init(_ landCase: LandCase, pairs: [(project: Int, parcel: Int)]) {
    self.landCase = landCase
    self.pairs = pairs
    model = LinearModel(name: "standard_land")
    model.objectiveName = "total"
    model.reserveCapacity(variables: pairs.count, constraints: landCase.parcels.count + landCase.projects.count)
    for (k, pair) in pairs.enumerated() {
      let project = landCase.projects[pair.project], parcel = landCase.parcels[pair.parcel]
      pairVariables.append(model.addVariable("assign[\(project.id),\(parcel.id)]", upperBound: 1, kind: .binary))
      byProject[pair.project, default: []].append(k)
      byParcel[pair.parcel, default: []].append(k)
      byPark[parcel.parkID, default: []].append(k)
    }
    oneProjectPerParcel()
    oneParcelPerProject()
    // With relief, its variables must exist before the quota rows that
    // hold them: the park choices and the options come first (without
    // relief, or with none that applies, the order, and so the model, is as
    // before).
    let relief = landCase.relief.flatMap { Self.applies($0, landCase, pairs) ? $0 : nil }
    if let relief {
      parkChoice()
      addReliefVariables(relief)
    }
    for park in landCase.parks {
      energyQuota(park)
      carbonQuota(park)
      leadingIndustryShare(park)
      landSupply(park)
    }
    if let relief {
      objective()
      addReliefRows(relief)
    } else {
      parkChoice()
      objective()
    }
  }

  /// A formulation from its parts (``restricted(_:keepingPairs:)``); the
  /// pairs by project, parcel and park are derived from `pairs`.
  init(
    landCase: LandCase, pairs: [(project: Int, parcel: Int)], model: LinearModel, projectRows: [Int: Constraint],
    parkRows: [ParkLimit: [String: Constraint]], parkChoices: [Variable], parcelChoices: [Variable],
    choiceOfPair: [Variable], reliefChoices: [ReliefChoice] = [], reliefLimitRows: [ReliefLimitRow] = []
  ) {
    self.landCase = landCase
    self.pairs = pairs
    self.model = model
    self.projectRows = projectRows
    self.parkRows = parkRows
    self.parkChoices = parkChoices
    self.parcelChoices = parcelChoices
    self.choiceOfPair = choiceOfPair
    self.reliefChoices = reliefChoices
    self.reliefLimitRows = reliefLimitRows
    pairVariables = Array(model.variables.prefix(pairs.count))
    for (k, pair) in pairs.enumerated() {
      byProject[pair.project, default: []].append(k)
      byParcel[pair.parcel, default: []].append(k)
      byPark[landCase.parcels[pair.parcel].parkID, default: []].append(k)
    }
  }

  /// The `assign[j,p]` variable of pair `k` (an index into ``pairs``).
  public func variable(_ k: Int) -> Variable { pairVariables[k] }

  private func terms(_ ks: [Int], _ coefficient: (Int) -> Double) -> LinearExpression {
    var e = LinearExpression(reservingCapacity: ks.count)
    for k in ks { e.add(pairVariables[k], times: coefficient(k)) }
    return e
  }

  /// 每宗地至多一个项目: Σ_j assign[j,p] ≤ 1.
  private mutating func oneProjectPerParcel() {
    for p in landCase.parcels.indices {
      guard let ks = byParcel[p], ks.count > 1 else { continue }
      model.addConstraint(terms(ks) { _ in 1 } <= 1, name: "parcel_once[\(landCase.parcels[p].id)]")
    }
  }

  /// 每个项目至多一宗地 (必须落地: 恰好一宗): Σ_p assign[j,p] ≤ 1 (= 1).
  private mutating func oneParcelPerProject() {
    for (j, project) in landCase.projects.enumerated() {
      let ks = byProject[j] ?? []
      guard ks.count > 1 || project.mustPlace else { continue }
      let sum = terms(ks) { _ in 1 }
      let row = model.addConstraint(project.mustPlace ? sum == 1 : sum <= 1, name: "project_once[\(project.id)]")
      projectRows[j] = row
    }
  }

  /// 能耗指标: Σ energy_j · assign[j,p] over the park's parcels ≤ quota.
  private mutating func energyQuota(_ park: Park) {
    guard let ks = byPark[park.id] else { return }
    var e = terms(ks) { landCase.projects[pairs[$0].project].energyTce }
    addReliefTerms(&e, park: park.id, \.energyReliefTce)
    parkRows[.energyQuota, default: [:]][park.id] = model.addConstraint(
      e <= park.energyQuotaTce, name: "energy_quota[\(park.id)]")
  }

  /// 碳排放指标 (optional): Σ carbon_j · assign[j,p] ≤ quota.
  private mutating func carbonQuota(_ park: Park) {
    guard let quota = park.carbonQuotaTonnes, let ks = byPark[park.id] else { return }
    var e = terms(ks) { landCase.projects[pairs[$0].project].carbonTonnes }
    addReliefTerms(&e, park: park.id, \.carbonReliefTonnes)
    parkRows[.carbonQuota, default: [:]][park.id] = model.addConstraint(
      e <= quota, name: "carbon_quota[\(park.id)]")
  }

  /// 主导产业营收占比: leading revenue ≥ s × total revenue, existing firms
  /// included: Σ (lead_j − f)·rev_j·assign ≥ −max(E, 0), where E = existing
  /// leading revenue − s × existing total (``existingLeadingSurplus``) and f
  /// the share the new projects are held to (``leadingShareFloor``). When
  /// existing firms meet s (E ≥ 0), f = s: the park's share stays ≥ s.
  /// When they fall short (E < 0) the scenario's ``LeadingShareRule``
  /// decides: `new_projects_reach_minimum` keeps f = s (the new projects'
  /// own share ≥ s); `no_dilution` takes f = the existing firms' share r, so
  /// that (L + Σ lead·rev)/(T + Σ rev) ≥ r: the park's share does not fall.
  private mutating func leadingIndustryShare(_ park: Park) {
    guard let ks = byPark[park.id] else { return }
    let row = leadingShareRow(park, minimum: park.minLeadingShare)
    let e = terms(ks) { row.coefficient($0) }
    guard e.coefficients.contains(where: { $0 < 0 }) else { return }  // cannot bind
    parkRows[.leadingIndustryShare, default: [:]][park.id] = model.addConstraint(
      e >= row.lowerBound, name: "leading_share[\(park.id)]")
  }

  /// The `leading_share` row of `park` with minimum share `minimum`: the
  /// coefficient of each pair (of the park) and the lower bound.
  func leadingShareRow(_ park: Park, minimum: Double) -> (coefficient: (Int) -> Double, lowerBound: Double) {
    let surplus = Self.existingLeadingSurplus(landCase, park, minimum: minimum)
    let floor = Self.leadingShareFloor(landCase, park, minimum: minimum)
    let coefficient = { (k: Int) -> Double in
      let project = landCase.projects[pairs[k].project]
      return ((park.isLeading(project.industry) ? 1 : 0) - floor) * project.revenueWan
    }
    return (coefficient, -max(surplus, 0))
  }

  /// E = existing leading revenue − s × existing total revenue of the park
  /// (s the park's minimum share unless `minimum` is given).
  static func existingLeadingSurplus(_ landCase: LandCase, _ park: Park, minimum: Double? = nil) -> Double {
    let (leading, total) = existingRevenue(landCase, park)
    return leading - (minimum ?? park.minLeadingShare) * total
  }

  /// The existing firms' leading and total revenue in `park`, 万元/year.
  static func existingRevenue(_ landCase: LandCase, _ park: Park) -> (leading: Double, total: Double) {
    let firms = landCase.enterprises.filter { $0.parkID == park.id }
    let leading = firms.filter { park.isLeading($0.industry) }.reduce(0) { $0 + $1.revenueWan }
    return (leading, firms.reduce(0) { $0 + $1.revenueWan })
  }

  /// The share f new projects' revenue is weighed against in the
  /// `leading_share` row: s (`minimum`, default the park's), except under
  /// ``LeadingShareRule/noDilution`` when the existing firms' share r = L/T
  /// is below s: then r.
  static func leadingShareFloor(_ landCase: LandCase, _ park: Park, minimum: Double? = nil) -> Double {
    let s = minimum ?? park.minLeadingShare
    let (leading, total) = existingRevenue(landCase, park)
    guard landCase.scenario.leadingShareRule == .noDilution, total > 0, leading - s * total < 0 else { return s }
    return leading / total
  }

  /// 增存挂钩: new land used ≤ new-land quota + ratio × stock land used.
  private mutating func landSupply(_ park: Park) {
    guard let ks = byPark[park.id] else { return }
    let e = terms(ks) { k in
      let parcel = landCase.parcels[pairs[k].parcel]
      return parcel.source == .new ? parcel.areaMu : -park.stockLinkRatio * parcel.areaMu
    }
    guard e.coefficients.contains(where: { $0 > 0 }) else { return }
    parkRows[.landSupply, default: [:]][park.id] = model.addConstraint(
      e <= park.newLandQuotaMu, name: "land_supply[\(park.id)]")
  }

  /// 选园区: in_park[j,k] = Σ_{p in k} assign[j,p] for a project with two
  /// or more eligible parcels in park k. The LP relaxation is unchanged; the
  /// search decides parks first and parcels second (``ParkFirstSearch``), so
  /// equivalent parcels are not searched one by one. A project's only parcel
  /// in a park is its park choice itself.
  private mutating func parkChoice() {
    choiceOfPair = pairVariables
    var byProjectPark: [Int: [String: [Int]]] = [:]
    for (k, pair) in pairs.enumerated() {
      byProjectPark[pair.project, default: [:]][landCase.parcels[pair.parcel].parkID, default: []].append(k)
    }
    for j in landCase.projects.indices {
      guard let parks = byProjectPark[j] else { continue }
      for park in landCase.parks {
        guard let ks = parks[park.id] else { continue }
        if ks.count == 1 {
          parkChoices.append(pairVariables[ks[0]])
          continue
        }
        let id = landCase.projects[j].id
        let choice = model.addVariable("in_park[\(id),\(park.id)]", upperBound: 1, kind: .binary)
        parkChoices.append(choice)
        parcelChoices += ks.map { pairVariables[$0] }
        for k in ks { choiceOfPair[k] = choice }
        model.addConstraint(terms(ks) { _ in 1 } - choice == 0, name: "choose_park[\(id),\(park.id)]")
      }
    }
  }

  /// Maximise Σ (w_tax·tax + w_rev·revenue + w_va·value added + w_jobs·jobs
  /// − w_land·land cost) over placed projects.
  private mutating func objective() {
    model.setObjective(terms(Array(pairs.indices)) { pairValue($0) }, sense: .maximize)
    // in_park variables carry no objective; they come after the pairs.
  }

  /// The objective contribution of placing pair `k`.
  public func pairValue(_ k: Int) -> Double {
    let w = landCase.scenario.objective
    let project = landCase.projects[pairs[k].project], parcel = landCase.parcels[pairs[k].parcel]
    return w.tax * project.taxWan + w.revenue * project.revenueWan + w.valueAdded * project.valueAddedWan
      + w.jobs * project.jobs - w.landCost * parcel.landCostWan
  }

  /// The pair (and relief option) coefficients of every park-limit row of
  /// `model` (this formulation's model, possibly with changed
  /// coefficients), by row index and variable index; read once, since
  /// looking one coefficient up in a model scans its whole row.
  func parkRowCoefficients(in model: LinearModel) -> [Int: [Int: Double]] {
    var result: [Int: [Int: Double]] = [:]
    for rows in parkRows.values {
      for row in rows.values {
        let e = model.expression(of: row)
        var byPair: [Int: Double] = [:]
        for (v, c) in zip(e.variables, e.coefficients) { byPair[Int(v), default: 0] += c }
        result[row.index] = byPair
      }
    }
    return result
  }

  /// Pair indices of project `j`.
  public func pairs(ofProject j: Int) -> [Int] { byProject[j] ?? [] }
  /// Pair indices of project `j` a plan can use: its pairs less those in
  /// parks where `rule` blocks it (it requires relief and has no option
  /// there, so its `relief_once` row keeps it out).
  public func usablePairs(ofProject j: Int, _ rule: RequiredRelief) -> [Int] {
    pairs(ofProject: j).filter { !rule.blocks(project: j, parkID: landCase.parcels[pairs[$0].parcel].parkID) }
  }
  /// Pair indices of parcel `p`.
  public func pairs(ofParcel p: Int) -> [Int] { byParcel[p] ?? [] }
}
