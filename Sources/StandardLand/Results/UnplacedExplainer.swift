import GLPK

/// Works out the reasons behind a solved plan: park summaries, why each
/// unplaced project is out, and what each park limit is worth.
struct UnplacedExplainer {
  let planner: StandardLandPlanner
  let formulation: StandardLandModel
  let solution: Solution
  let chosen: [Int]
  /// When the explanation budget is spent: later re-solves are skipped.
  let deadline: ContinuousClock.Instant
  private var landCase: LandCase { planner.landCase }
  private var budgetLeft: Bool { ContinuousClock.now < deadline }
  /// Park-row coefficients by row index and variable index, read once
  /// (looking a coefficient up in the model scans the whole row).
  private let parkRowCoefficients: [Int: [Int: Double]]
  /// ``bindingLimits(in:)`` by park id, computed once.
  private var bindingByPark: [String: [String]] = [:]

  init(planner: StandardLandPlanner, formulation: StandardLandModel, solution: Solution, chosen: [Int]) {
    self.planner = planner
    self.formulation = formulation
    self.solution = solution
    self.chosen = chosen
    deadline = ContinuousClock.now + .milliseconds(Int64(min(planner.landCase.scenario.explainBudgetSeconds, 1e9) * 1000))
    parkRowCoefficients = formulation.parkRowCoefficients(in: formulation.model)
    bindingByPark = Dictionary(uniqueKeysWithValues: planner.landCase.parks.map { ($0.id, computeBindingLimits(in: $0.id)) })
  }

  /// The coefficient of pair `k` in park row `row` of the base model.
  private func coefficient(_ row: Constraint, _ k: Int) -> Double {
    parkRowCoefficients[row.index]?[k] ?? 0
  }

  private var placedProjects: Set<Int> { Set(chosen.map { formulation.pairs[$0].project }) }

  // MARK: - Park summaries

  func summary(of park: Park) -> ParkSummary {
    let here = chosen.filter { landCase.parcels[formulation.pairs[$0].parcel].parkID == park.id }
    var newLand = 0.0, stock = 0.0, energy = 0.0, carbon = 0.0, tax = 0.0, leading = 0.0, revenue = 0.0
    for k in here {
      let project = landCase.projects[formulation.pairs[k].project], parcel = landCase.parcels[formulation.pairs[k].parcel]
      if parcel.source == .new { newLand += parcel.areaMu } else { stock += parcel.areaMu }
      energy += project.energyTce
      carbon += project.carbonTonnes
      tax += project.taxWan
      revenue += project.revenueWan
      if park.isLeading(project.industry) { leading += project.revenueWan }
    }
    let firms = landCase.enterprises.filter { $0.parkID == park.id }
    let firmRevenue = firms.reduce(0) { $0 + $1.revenueWan }
    let firmLeading = firms.filter { park.isLeading($0.industry) }.reduce(0) { $0 + $1.revenueWan }
    let totalRevenue = revenue + firmRevenue
    return ParkSummary(
      parkID: park.id, name: park.name, projectsPlaced: here.count, newLandUsedMu: newLand, stockLandUsedMu: stock,
      newLandAllowedMu: park.newLandQuotaMu + park.stockLinkRatio * stock, energyUsedTce: energy,
      energyQuotaTce: park.energyQuotaTce, carbonUsedTonnes: carbon, carbonQuotaTonnes: park.carbonQuotaTonnes,
      leadingShare: totalRevenue > 0 ? (leading + firmLeading) / totalRevenue : nil,
      minLeadingShare: park.minLeadingShare, taxPerMu: newLand + stock > 0 ? tax / (newLand + stock) : nil,
      bindingLimits: bindingLimits(in: park.id))
  }

  /// By how much `row` would be exceeded by the cheapest blocked placement
  /// of an unplaced project on a free parcel of the park.
  private func smallestExcess(_ row: Constraint, parkID: String) -> Double? {
    let placed = placedProjects
    let taken = Set(chosen.map { formulation.pairs[$0].parcel })
    let activity = solution.activity(row), upper = formulation.model.upperBound(of: row)
    return formulation.pairs.indices.compactMap { k -> Double? in
      let (j, p) = formulation.pairs[k]
      guard !placed.contains(j), !taken.contains(p), landCase.parcels[p].parkID == parkID else { return nil }
      let excess = activity + coefficient(row, k) - upper
      return excess > 1e-6 ? excess : nil
    }.min()
  }

  /// Park-limit rows of `parkID` with no room for another eligible,
  /// unplaced project on a free parcel (placing it would break the row).
  func bindingLimits(in parkID: String) -> [String] { bindingByPark[parkID] ?? [] }

  private func computeBindingLimits(in parkID: String) -> [String] {
    let placed = placedProjects
    let takenParcels = Set(chosen.map { formulation.pairs[$0].parcel })
    var names: [String] = []
    for limit in StandardLandModel.ParkLimit.allCases {
      guard let row = formulation.parkRows[limit]?[parkID] else { continue }
      let activity = solution.activity(row)
      let lower = formulation.model.lowerBound(of: row), upper = formulation.model.upperBound(of: row)
      let blocks = formulation.pairs.indices.contains { k in
        let (j, p) = formulation.pairs[k]
        guard !placed.contains(j), !takenParcels.contains(p), landCase.parcels[p].parkID == parkID else { return false }
        let after = activity + coefficient(row, k)
        return after > upper + 1e-6 || after < lower - 1e-6
      }
      if blocks { names.append(formulation.model.name(of: row) ?? limit.rawValue) }
    }
    return names
  }

  // MARK: - Unplaced projects

  func unexplained() -> [UnplacedProject] {
    let placed = placedProjects
    return landCase.projects.indices.filter { !placed.contains($0) }.map { j in
      let project = landCase.projects[j]
      let reason: UnplacedProject.Reason = formulation.pairs(ofProject: j).isEmpty
        ? .eligibleNowhere(planner.rejections(j))
        : .lostToCompetition(competition(j, forced: nil))
      return UnplacedProject(projectID: project.id, projectName: project.name, reason: reason)
    }
  }

  /// Explains every unplaced project; re-solves with each eligible one forced in.
  mutating func explainAll() throws(GLPKError) -> [UnplacedProject] {
    let placed = placedProjects
    var result: [UnplacedProject] = []
    for j in landCase.projects.indices where !placed.contains(j) {
      let project = landCase.projects[j]
      if formulation.pairs(ofProject: j).isEmpty {
        result.append(UnplacedProject(projectID: project.id, projectName: project.name, reason: .eligibleNowhere(planner.rejections(j))))
      } else {
        let forced = budgetLeft ? try forceIn(j) : nil
        result.append(UnplacedProject(projectID: project.id, projectName: project.name, reason: .lostToCompetition(competition(j, forced: forced))))
      }
    }
    return result
  }

  /// The re-solve with project `j` required.
  private func forceIn(_ j: Int) throws(GLPKError) -> Solution {
    var model = formulation.model
    if let row = formulation.projectRows[j] {
      model.setBounds(row, lower: 1, upper: 1)
    } else {
      model.addConstraint(.sum(formulation.pairs(ofProject: j).map(formulation.variable)) == 1, name: "force")
    }
    return try planner.solve(model, formulation, explaining: true)
  }

  private func competition(_ j: Int, forced: Solution?) -> Competition {
    let owner = Dictionary(chosen.map { (formulation.pairs[$0].parcel, landCase.projects[formulation.pairs[$0].project].id) },
                           uniquingKeysWith: { a, _ in a })
    let parcels = formulation.pairs(ofProject: j).map { k -> (parcelID: String, parkID: String, takenBy: String?) in
      let parcel = landCase.parcels[formulation.pairs[k].parcel]
      return (parcel.id, parcel.parkID, owner[formulation.pairs[k].parcel])
    }
    let parks = Set(parcels.map(\.parkID))
    let binding = landCase.parks.filter { parks.contains($0.id) }.flatMap { bindingLimits(in: $0.id) }
    var result = Competition(parcels: parcels, bindingLimits: binding, costToPlace: nil, forcedParcelID: nil, displaced: [])
    guard let forcedSolution = forced, let base = solution.objectiveValue else { return result }
    result.reSolved = true
    result.provenImpossible = forcedSolution.termination == .infeasible
    if !forcedSolution.isOptimal && forcedSolution.termination != .gapLimit {
      // Not proven: the cost lies between what the bound allows (0 when no
      // bound is known) and what the plan found costs.
      result.costToPlaceAtLeast = forcedSolution.bestBound.map { max(0, base - $0) } ?? 0
    }
    guard let value = forcedSolution.objectiveValue else { return result }
    result.costToPlace = max(0, base - value)
    let forcedChosen = StandardLandPlanner.chosenPairs(forcedSolution, formulation)
    result.forcedParcelID = forcedChosen.first { formulation.pairs[$0].project == j }.map {
      landCase.parcels[formulation.pairs[$0].parcel].id
    }
    let stillPlaced = Set(forcedChosen.map { formulation.pairs[$0].project })
    result.displaced = placedProjects.subtracting(stillPlaced).sorted().map { landCase.projects[$0].id }
    return result
  }

  // MARK: - Limit values

  /// For every limiting park row: re-solve with it raised by a step (10 %
  /// of the limit, at least 1 unit; one percentage point for the share) and
  /// report the objective gained per unit.
  func valueLimits() throws(GLPKError) -> [LimitValue] {
    guard let base = solution.objectiveValue else { return [] }
    var values: [LimitValue] = []
    for park in landCase.parks {
      let limiting = Set(bindingLimits(in: park.id))
      for limit in StandardLandModel.ParkLimit.allCases {
        guard budgetLeft, let row = formulation.parkRows[limit]?[park.id], let name = formulation.model.name(of: row),
          limiting.contains(name)
        else { continue }
        var model = formulation.model
        let (step, unit, used, available) = raise(limit, park, row, &model)
        let s = try planner.solve(model, formulation, explaining: true)
        let gain = max(0, (s.objectiveValue ?? base) - base)
        values.append(LimitValue(
          limit: limit, parkID: park.id, used: used, available: available, unit: unit, step: step,
          objectiveGain: gain, gainProven: s.termination == .optimal || s.termination == .gapLimit,
          valuePerUnit: gain / step))
      }
    }
    return values
  }

  private func raise(_ limit: StandardLandModel.ParkLimit, _ park: Park, _ row: Constraint, _ model: inout LinearModel)
    -> (step: Double, unit: String, used: Double, available: Double)
  {
    let activity = solution.activity(row)
    switch limit {
    case .energyQuota, .carbonQuota, .landSupply:
      // The smallest raise that lets a blocked project onto a free parcel
      // (at least 1 unit); 10 % of the limit when none is blocked.
      let upper = model.upperBound(of: row)
      let step = max(1, (smallestExcess(row, parkID: park.id) ?? 0.1 * upper).rounded(.up))
      model.setBounds(row, lower: -.infinity, upper: upper + step)
      let unit = limit == .energyQuota ? "tce" : (limit == .carbonQuota ? "t CO2" : "mu")
      return (step, unit, activity, upper)
    case .leadingIndustryShare:
      // The row with s lowered by 0.01: each coefficient gains 0.01 × revenue
      // and the right-hand side is −max(E', 0) with E' the existing firms'
      // surplus at the lower share.
      var lowered = park
      lowered.minLeadingShare = max(0, park.minLeadingShare - 0.01)
      for k in formulation.pairs.indices where landCase.parcels[formulation.pairs[k].parcel].parkID == park.id {
        let revenue = landCase.projects[formulation.pairs[k].project].revenueWan
        model.setCoefficient(row, formulation.variable(k), model.coefficient(row, formulation.variable(k)) + 0.01 * revenue)
      }
      let surplus = StandardLandModel.existingLeadingSurplus(landCase, lowered)
      model.setBounds(row, lower: -max(surplus, 0), upper: .infinity)
      return (1, "percentage point", park.minLeadingShare * 100, park.minLeadingShare * 100)
    }
  }
}
