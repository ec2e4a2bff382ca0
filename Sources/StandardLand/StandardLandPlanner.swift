import Foundation
import GLPK
import ParkOptData

/// Runs the standard-land assignment: eligibility, the MIP, and the reasons.
public struct StandardLandPlanner: Sendable {
  public let landCase: LandCase
  public let checker: EligibilityChecker

  public init(_ landCase: LandCase) {
    self.landCase = landCase
    checker = EligibilityChecker(landCase)
  }

  /// A planner for `landCase` after checking its relief
  /// (``QuotaRelief/validate(for:)``).
  public init(validating landCase: LandCase) throws(QuotaReliefError) {
    try landCase.relief?.validate(for: landCase)
    self.init(landCase)
  }

  /// Solver options from the scenario.
  var solver: Solver {
    var o = SolveOptions()
    o.timeLimit = landCase.scenario.timeLimitSeconds
    o.relativeMIPGap = landCase.scenario.mipGap
    // Gomory and MIR cuts slow this model down several times (measured on
    // Examples/kunming); cover and clique cuts cost nothing and can help.
    o.cuts = [.cover, .clique]
    return Solver(options: o)
  }

  /// Solves `model` (the formulation's, possibly changed) exactly, parks
  /// first and parcels second (``ParkFirstSearch``); `explaining` re-solves
  /// get the scenario's node budget (`explain_node_limit`, the same result
  /// on every machine) and its safety time limit (`explain_time_limit_s`);
  /// `spentSeconds` is taken off the plan's time limit (which covers
  /// building the model); `bound` is a valid bound on `model`'s optimum
  /// known from outside (``ParkFirstSearch/solve(_:start:bound:)``);
  /// `hullCuts` holds the plan's hull cuts for its re-solves.
  func solve(
    _ model: LinearModel, _ formulation: StandardLandModel, explaining: Bool = false, spentSeconds: Double = 0,
    start: [Double]? = nil, bound: Double? = nil, hullCuts: HullCutPool? = nil, groupsFromStart: Bool = false,
    progress: (@Sendable (String) -> Void)? = nil
  ) throws(GLPKError) -> Solution {
    var options = solver.options
    var nodeLimit = landCase.scenario.nodeLimit
    if explaining {
      options.timeLimit = landCase.scenario.explainTimeLimitSeconds
      nodeLimit = landCase.scenario.explainNodeLimit
    } else if let limit = options.timeLimit {
      options.timeLimit = max(limit - spentSeconds, 0.001)
    }
    var settings = SearchSettings.standard
    settings.parkGroupsFromStart = groupsFromStart
    var search = ParkFirstSearch(
      formulation: formulation, options: options, settings: settings, ledger: SearchLedger(nodes: nodeLimit),
      progress: progress)
    search.hullCutPool = hullCuts
    return try search.solve(model, start: start, bound: bound)
  }

  /// Builds and solves the plan; `progress` hears what is being done.
  /// `startingFrom`, a plan of the same projects and parcels (the case
  /// without relief options, say), is repaired to fit and used as the
  /// first plan when it is better than the greedy one, and the park groups
  /// improve it: the plan is never worse than that start repaired.
  public func plan(
    progress: (@Sendable (String) -> Void)? = nil, startingFrom: AssignmentPlan? = nil
  ) throws(GLPKError) -> AssignmentPlan {
    let clock = ContinuousClock()
    let start = clock.now
    let pairs = checker.eligiblePairs()
    if let relief = landCase.relief {
      // The relief is checked here too: the model does not trust its inputs.
      do { try relief.validate(for: landCase) } catch {
        throw GLPKError.invalidModel([ModelIssue(.model, error.description)])
      }
    }
    let formulation = StandardLandModel(landCase, pairs: pairs)
    let built = clock.now
    progress?("\(pairs.count) eligible project–parcel pairs; solving the MIP (\(formulation.model.constraintCount) constraints)")
    let hullCuts = HullCutPool()
    let solution = try solve(
      formulation.model, formulation, spentSeconds: (built - start).inSeconds,
      start: startingFrom.map { Self.values(of: $0, formulation) }, hullCuts: hullCuts,
      groupsFromStart: startingFrom != nil, progress: progress)
    let solved = clock.now
    var plan = AssignmentPlan(
      termination: solution.termination, objective: solution.objectiveValue, bestBound: solution.bestBound,
      relativeGap: solution.relativeGap, assignments: [], parks: [], unplaced: [], limitValues: [],
      infeasibility: nil,
      statistics: .init(
        projects: landCase.projects.count, parcels: landCase.parcels.count, parks: landCase.parks.count,
        eligiblePairs: pairs.count, constraints: formulation.model.constraintCount,
        buildSeconds: (built - start).inSeconds, solveSeconds: (solved - built).inSeconds, explainSeconds: 0,
        nodes: solution.nodes))
    let w = landCase.scenario.objective
    plan.objectiveIsAnnualTax = w.tax == 1 && w.revenue == 0 && w.valueAdded == 0 && w.jobs == 0 && w.landCost == 0
    guard solution.hasFeasiblePoint else {
      if solution.termination == .infeasible {
        plan.infeasibility = try explainInfeasibility(formulation)
      }
      plan.unplaced = landCase.projects.indices.map { unplacedWithoutSolution($0, formulation) }
      return plan
    }
    let chosen = Self.chosenPairs(solution, formulation)
    let relief = formulation.chosenRelief(solution.values)
    plan.assignments = chosen.map { k in
      var a = assignment(k, formulation)
      if let c = relief[formulation.pairs[k].project] { a.relief = landCase.relief?.options[c.option] }
      return a
    }
    if let options = landCase.relief?.options {
      plan.relief = landCase.relief
      let on = Set(relief.values.map(\.option))
      plan.reliefChosen = options.indices.map { on.contains($0) }
    }
    let planValues = solution.values
    // The re-solves start from the plan's hull cuts, in a pool none of them changes.
    let planCuts = HullCutPool(cuts: hullCuts.cuts)
    var explainer = UnplacedExplainer(
      landCase: landCase, formulation: formulation, solution: solution, chosen: chosen,
      requiredRelief: checker.requiredRelief,
      reSolve: { [self] model, bound throws(GLPKError) in
        try solve(model, formulation, explaining: true, start: planValues, bound: bound, hullCuts: planCuts)
      },
      rejections: { [self] j in rejections(j) })
    explainer.progress = progress
    plan.parks = landCase.parks.map { explainer.summary(of: $0) }
    let scenario = landCase.scenario
    if scenario.explainUnplaced || scenario.valueLimits {
      let threads = scenario.explainThreads ?? AvailableProcessors.count
      progress?("explaining unplaced projects and valuing park limits (\(threads) thread\(threads == 1 ? "" : "s"))")
      let explained = try explainer.explain(unplaced: scenario.explainUnplaced, limits: scenario.valueLimits, threads: threads)
      plan.limitValues = explained.limitValues
      plan.reliefLimitValues = explained.reliefLimitValues
      plan.explanationsStoppedByClock = explained.stoppedByClock
      if scenario.explainUnplaced { plan.unplaced = explained.unplaced }
    }
    if !scenario.explainUnplaced { plan.unplaced = explainer.unexplained() }
    plan.statistics.explainSeconds = (clock.now - solved).inSeconds
    return plan
  }

  /// Pair indices placed in `solution`.
  static func chosenPairs(_ solution: Solution, _ f: StandardLandModel) -> [Int] {
    f.pairs.indices.filter { solution.values[$0] > 0.5 }
  }

  func assignment(_ k: Int, _ f: StandardLandModel) -> Assignment {
    let (j, p) = f.pairs[k]
    let project = landCase.projects[j], parcel = landCase.parcels[p]
    let indicators = checker.assess(project: j, parcel: p).filter { $0.threshold != nil && $0.rule != .area }
    return Assignment(
      projectID: project.id, projectName: project.name, industry: project.industry, parkID: parcel.parkID,
      parcelID: parcel.id, areaMu: parcel.areaMu, source: parcel.source, indicators: indicators,
      objectiveValue: f.pairValue(k))
  }

  /// When must-place projects cannot all be placed: the limits to relax.
  func explainInfeasibility(_ f: StandardLandModel) throws(GLPKError) -> String {
    // Parcels hold one project each (a physical fact), the must-place rows
    // are the requirement itself, and the linking rows (choose_park,
    // relief_once) are the model's own bookkeeping: only park limits may move
    // (an outside audit had "choose_park[S1,A] must rise by 1" named where
    // the roof limit relief_limit[A,roof_mu] was short).
    let movable = ["energy_quota[", "carbon_quota[", "land_supply[", "leading_share[", "relief_limit["]
    let hard = Set(f.model.constraints.filter { row in
      let name = f.model.name(of: row) ?? ""
      return !movable.contains { name.hasPrefix($0) }
    })
    let blocked = landCase.projects.indices.filter {
      landCase.projects[$0].mustPlace && f.usablePairs(ofProject: $0, checker.requiredRelief).isEmpty
    }
    if !blocked.isEmpty {
      let names = blocked.map { landCase.projects[$0].id }.joined(separator: ", ")
      return "The must-place projects cannot all be placed: \(names) fit\(blocked.count == 1 ? "s" : "") no parcel in any park (see unplaced)."
    }
    if let crowded = crowdedParcels(f) {
      let projects = crowded.projects.map { landCase.projects[$0].id }.joined(separator: ", ")
      let parcels = crowded.parcels.map { landCase.parcels[$0].id }.joined(separator: ", ")
      let fit = crowded.parcels.count == 1 ? "fit only parcel \(parcels)" : "fit only the \(crowded.parcels.count) parcels \(parcels)"
      return "The must-place projects cannot all be placed: \(projects) \(fit), one project per parcel. "
        + "Allow one of them elsewhere (zoning, area, industry or thresholds) or drop its must_place."
    }
    guard let diagnosis = try solver.diagnoseInfeasibility(f.model, hard: hard) else {
      return "The must-place projects could not all be placed, but no single limit explains it."
    }
    return "The must-place projects cannot all be placed. " + diagnosis.description
  }

  /// Must-place projects whose eligible parcels, together, are fewer than
  /// they are (each parcel holds one project): the first such set found
  /// from one project's parcels, by project order; nil when there is none.
  func crowdedParcels(_ f: StandardLandModel) -> (projects: [Int], parcels: [Int])? {
    let required = landCase.projects.indices.filter { landCase.projects[$0].mustPlace }
    let parcelsOf = Dictionary(uniqueKeysWithValues: required.map { j in (j, Set(f.pairs(ofProject: j).map { f.pairs[$0].parcel })) })
    for j in required {
      guard let parcels = parcelsOf[j], !parcels.isEmpty else { continue }
      let inside = required.filter { parcelsOf[$0].map { !$0.isEmpty && $0.isSubset(of: parcels) } ?? false }
      if inside.count > parcels.count { return (inside, parcels.sorted()) }
    }
    return nil
  }

  private func unplacedWithoutSolution(_ j: Int, _ f: StandardLandModel) -> UnplacedProject {
    let project = landCase.projects[j]
    let usable = f.usablePairs(ofProject: j, checker.requiredRelief)
    if usable.isEmpty {
      return UnplacedProject(projectID: project.id, projectName: project.name, reason: .eligibleNowhere(rejections(j)))
    }
    let parcels = usable.map { landCase.parcels[f.pairs[$0].parcel].id }
    return UnplacedProject(projectID: project.id, projectName: project.name, reason: .noPlan(eligibleParcels: parcels))
  }

  /// For each park, the parcel that fails the fewest rules for project `j`
  /// (the first such parcel in the case's order). The failures are counted
  /// without text; only the chosen parcel's are written out (on the
  /// 2,000-project case, texts for every parcel took 2 s).
  func rejections(_ j: Int) -> [ParkRejection] {
    landCase.parks.map { park in
      var best: (parcel: Int, failures: Int)?
      for (p, parcel) in landCase.parcels.enumerated() where parcel.parkID == park.id {
        let failures = checker.failureCount(project: j, parcel: p)
        if let current = best, current.failures <= failures { continue }
        best = (p, failures)
      }
      guard let best else {
        return ParkRejection(parkID: park.id, closestParcelID: nil, failures: [
          RuleCheck(rule: .area, passed: false, detail: "\(park.id) offers no parcels", detailZh: "\(park.id) 无地块")
        ])
      }
      return ParkRejection(
        parkID: park.id, closestParcelID: landCase.parcels[best.parcel].id,
        failures: checker.failures(project: j, parcel: best.parcel))
    }
  }
}

extension StandardLandPlanner {
  /// `plan`'s placements as a point of `formulation`'s model: each placed
  /// project's pair and park choice at 1 (placements without an eligible
  /// pair here, and relief options, at 0).
  static func values(of plan: AssignmentPlan, _ formulation: StandardLandModel) -> [Double] {
    let landCase = formulation.landCase
    var pairOf: [[String]: Int] = [:]
    for (k, pair) in formulation.pairs.enumerated() {
      pairOf[[landCase.projects[pair.project].id, landCase.parcels[pair.parcel].id]] = k
    }
    var values = [Double](repeating: 0, count: formulation.model.variableCount)
    for a in plan.assignments {
      guard let k = pairOf[[a.projectID, a.parcelID]] else { continue }
      values[formulation.variable(k).index] = 1
      values[formulation.choiceOfPair[k].index] = 1
    }
    return values
  }
}
