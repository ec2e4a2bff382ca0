import Foundation
import GLPK
import ParkOptData

/// Works out the reasons behind a solved plan: park summaries, why each
/// unplaced project is out, and what each park limit is worth.
struct UnplacedExplainer: Sendable {
  let planner: StandardLandPlanner
  let formulation: StandardLandModel
  let solution: Solution
  let chosen: [Int]
  /// Hears one line per finished re-solve.
  var progress: (@Sendable (String) -> Void)?
  private var landCase: LandCase { planner.landCase }
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
    var result = ParkSummary(
      parkID: park.id, name: park.name, projectsPlaced: here.count, newLandUsedMu: newLand, stockLandUsedMu: stock,
      newLandAllowedMu: park.newLandQuotaMu + park.stockLinkRatio * stock, energyUsedTce: energy,
      energyQuotaTce: park.energyQuotaTce, carbonUsedTonnes: carbon, carbonQuotaTonnes: park.carbonQuotaTonnes,
      leadingShare: totalRevenue > 0 ? (leading + firmLeading) / totalRevenue : nil,
      minLeadingShare: park.minLeadingShare, taxPerMu: newLand + stock > 0 ? tax / (newLand + stock) : nil,
      bindingLimits: bindingLimits(in: park.id))
    addRelief(to: &result)
    return result
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

  /// Explains every unplaced project, re-solving with each eligible one
  /// forced in, when `unplaced`; values every limiting park row when
  /// `limits`. The re-solves run `threads` at a time, each within the
  /// scenario's node budget (`explain_node_limit`), so their results do not
  /// depend on the machine; at most `explain_max_resolves` of them run
  /// (forced-in projects in project order, then limits in park order): a
  /// project beyond is explained without one, a limit beyond is not valued.
  /// `stoppedByClock` counts re-solves the safety time limit stopped.
  func explain(unplaced: Bool, limits: Bool, threads: Int) throws(GLPKError)
    -> (unplaced: [UnplacedProject], limitValues: [LimitValue], reliefLimitValues: [ReliefLimitValue], stoppedByClock: Int)
  {
    let placed = placedProjects
    let left = unplaced ? landCase.projects.indices.filter { !placed.contains($0) } : []
    let forced = left.filter { !formulation.pairs(ofProject: $0).isEmpty }
    let raised = limits ? limitingRows() : []
    let reliefRows = limits
      ? formulation.reliefLimitRows.indices.filter { reliefLimitBinds(formulation.reliefLimitRows[$0]) }.map { ReSolve.raiseRelief($0) }
      : []
    let allJobs = forced.map { ReSolve.forceIn($0) } + raised.map { ReSolve.raise($0.limit, $0.park) } + reliefRows
    let jobs = Array(allJobs.prefix(landCase.scenario.explainMaxReSolves ?? allJobs.count))
    let done = Counter()
    let outcomes = try ParallelJobs(threads: threads).map(jobs.count) { i throws(GLPKError) -> ReSolveOutcome in
      let clock = ContinuousClock(), started = clock.now
      let outcome = try reSolve(jobs[i])
      if let progress, case .solved(let solution, _) = outcome {
        progress(String(
          format: "re-solve %d of %d (%@): %@, %.2f s", done.increment(), jobs.count, describe(jobs[i]),
          solution.termination.rawValue, (clock.now - started).inSeconds))
      }
      return outcome
    }
    var forcedSolution: [Int: Solution] = [:]
    var values: [LimitValue] = []
    var reliefValues: [ReliefLimitValue] = []
    var stoppedByClock = 0
    for (job, outcome) in zip(jobs, outcomes) {
      guard case .solved(let solution, let raise) = outcome else { continue }
      if solution.termination == .timeLimit { stoppedByClock += 1 }
      switch job {
      case .forceIn(let j): forcedSolution[j] = solution
      case .raise(let limit, let park):
        if let raise { values.append(limitValue(limit, landCase.parks[park], raise, solution)) }
      case .raiseRelief(let r):
        if let raise { reliefValues.append(reliefLimitValue(formulation.reliefLimitRows[r], step: raise.step, solution)) }
      }
    }
    let explained = left.map { j in
      let project = landCase.projects[j]
      let reason: UnplacedProject.Reason = formulation.pairs(ofProject: j).isEmpty
        ? .eligibleNowhere(planner.rejections(j))
        : .lostToCompetition(competition(j, forced: forcedSolution[j]))
      return UnplacedProject(projectID: project.id, projectName: project.name, reason: reason)
    }
    return (explained, values, reliefValues, stoppedByClock)
  }

  /// A re-solve behind an explanation: a project forced in, or a park
  /// limit (by park index) raised.
  private enum ReSolve: Sendable {
    case forceIn(Int)
    case raise(StandardLandModel.ParkLimit, Int)
    /// A relief limit (index into ``StandardLandModel/reliefLimitRows``) raised.
    case raiseRelief(Int)
  }

  /// A re-solve's solution, with the raise made when a limit was raised.
  private enum ReSolveOutcome: Sendable {
    case solved(Solution, LimitRaise?)
    case skipped
  }

  /// How a park limit was raised for its re-solve.
  struct LimitRaise: Sendable {
    var step: Double, unit: String, used: Double, available: Double
  }

  private func reSolve(_ job: ReSolve) throws(GLPKError) -> ReSolveOutcome {
    switch job {
    case .forceIn(let j):
      return .solved(try forceIn(j), nil)
    case .raise(let limit, let park):
      var model = formulation.model
      guard let row = formulation.parkRows[limit]?[landCase.parks[park].id] else { return .skipped }
      let raised = raise(limit, landCase.parks[park], row, &model)
      return .solved(try planner.solve(model, formulation, explaining: true, start: solution.values), raised)
    case .raiseRelief(let r):
      var model = formulation.model
      let raised = raiseRelief(formulation.reliefLimitRows[r], &model)
      return .solved(try planner.solve(model, formulation, explaining: true, start: solution.values), raised)
    }
  }

  private func describe(_ job: ReSolve) -> String {
    switch job {
    case .forceIn(let j): return "\(landCase.projects[j].id) forced in"
    case .raise(let limit, let park): return "\(limit.rawValue)[\(landCase.parks[park].id)] raised"
    case .raiseRelief(let r): return "\(formulation.model.name(of: formulation.reliefLimitRows[r].row) ?? "relief_limit") raised"
    }
  }

  /// Counts finished re-solves across threads (for the progress lines).
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int { lock.withLock { value += 1; return value } }
  }

  /// The re-solve with project `j` required.
  private func forceIn(_ j: Int) throws(GLPKError) -> Solution {
    var model = formulation.model
    if let row = formulation.projectRows[j] {
      model.setBounds(row, lower: 1, upper: 1)
    } else {
      model.addConstraint(.sum(formulation.pairs(ofProject: j).map(formulation.variable)) == 1, name: "force")
    }
    return try planner.solve(model, formulation, explaining: true, start: solution.values)
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
    result.reliefLabels = reliefLabels(of: j)
    guard let forcedSolution = forced, let base = solution.objectiveValue else { return result }
    result.reSolved = true
    result.provenImpossible = forcedSolution.termination == .infeasible
    result.stoppedByClock = forcedSolution.termination == .timeLimit
    if !forcedSolution.isOptimal && forcedSolution.termination != .gapLimit {
      // Not proven: the cost lies between what the bound allows (0 when no
      // bound is known) and what the plan found costs.
      result.costToPlaceAtLeast = forcedSolution.bestBound.map { max(0, base - $0) } ?? 0
    }
    guard let value = forcedSolution.objectiveValue else { return result }
    result.costToPlace = max(0, base - value)
    let forcedChosen = StandardLandPlanner.chosenPairs(forcedSolution, formulation)
    result.forcedReliefLabel = formulation.chosenRelief(forcedSolution.values)[j].flatMap {
      landCase.relief?.options[$0.option].label
    }
    result.forcedParcelID = forcedChosen.first { formulation.pairs[$0].project == j }.map {
      landCase.parcels[formulation.pairs[$0].parcel].id
    }
    let stillPlaced = Set(forcedChosen.map { formulation.pairs[$0].project })
    result.displaced = placedProjects.subtracting(stillPlaced).sorted().map { landCase.projects[$0].id }
    return result
  }

  // MARK: - Limit values

  /// The park rows to value: those that bind (``bindingLimits(in:)``), by
  /// limit and park index. Each is re-solved raised by a step (the smallest
  /// raise that lets a blocked project in, at least 1 unit; one percentage
  /// point for the share) and valued by the objective gained per unit.
  private func limitingRows() -> [(limit: StandardLandModel.ParkLimit, park: Int)] {
    landCase.parks.indices.flatMap { p in
      let limiting = Set(bindingLimits(in: landCase.parks[p].id))
      return StandardLandModel.ParkLimit.allCases.compactMap { limit -> (limit: StandardLandModel.ParkLimit, park: Int)? in
        guard let row = formulation.parkRows[limit]?[landCase.parks[p].id], let name = formulation.model.name(of: row),
          limiting.contains(name)
        else { return nil }
        return (limit, p)
      }
    }
  }

  /// The value of `limit` in `park` from the re-solve with it raised.
  private func limitValue(_ limit: StandardLandModel.ParkLimit, _ park: Park, _ raise: LimitRaise, _ raised: Solution)
    -> LimitValue
  {
    let base = solution.objectiveValue ?? 0
    let gain = max(0, (raised.objectiveValue ?? base) - base)
    return LimitValue(
      limit: limit, parkID: park.id, used: raise.used, available: raise.available, unit: raise.unit, step: raise.step,
      objectiveGain: gain, gainProven: raised.termination == .optimal || raised.termination == .gapLimit,
      stoppedByClock: raised.termination == .timeLimit,
      valuePerUnit: gain / raise.step)
  }

  private func raise(_ limit: StandardLandModel.ParkLimit, _ park: Park, _ row: Constraint, _ model: inout LinearModel)
    -> LimitRaise
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
      return LimitRaise(step: step, unit: unit, used: activity, available: upper)
    case .leadingIndustryShare:
      // The row rebuilt with s lowered by 0.01 (its coefficients and bound
      // follow s, and under no_dilution the existing firms' share).
      let lowered = formulation.leadingShareRow(park, minimum: max(0, park.minLeadingShare - 0.01))
      for k in formulation.pairs.indices where landCase.parcels[formulation.pairs[k].parcel].parkID == park.id {
        model.setCoefficient(row, formulation.variable(k), lowered.coefficient(k))
      }
      model.setBounds(row, lower: lowered.lowerBound, upper: .infinity)
      return LimitRaise(
        step: 1, unit: "percentage point", used: park.minLeadingShare * 100, available: park.minLeadingShare * 100)
    }
  }
}
