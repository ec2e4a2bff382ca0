import GLPK

/// Reasons for unplaced projects: eligible nowhere (the rules each park's
/// closest parcel fails; a project that must use relief and has eligible
/// parcels only where it has no option is eligible nowhere too), or lost to
/// competition (whose parcels, which limits bind, and what placing it costs
/// by the re-solve with it forced in).
extension UnplacedExplainer {
  /// Every unplaced project's reason without re-solves (no cost to place).
  func unexplained() -> [UnplacedProject] {
    let placed = placedProjects
    return landCase.projects.indices.filter { !placed.contains($0) }.map { reason(for: $0, forced: nil) }
  }

  /// Project `j`'s reason; `forced` is the re-solve with it forced in, when
  /// one ran.
  func reason(for j: Int, forced: Solution?) -> UnplacedProject {
    let project = landCase.projects[j]
    let reason: UnplacedProject.Reason = formulation.usablePairs(ofProject: j, requiredRelief).isEmpty
      ? .eligibleNowhere(rejections(j))
      : .lostToCompetition(competition(j, forced: forced))
    return UnplacedProject(projectID: project.id, projectName: project.name, reason: reason)
  }

  /// The plan's model with project `j` required (``StandardLandModel/modelForcingIn(_:)``).
  func modelForcingIn(_ j: Int) -> LinearModel { formulation.modelForcingIn(j) }

  /// Whose parcels project `j` lost (those it can use), the parks where it
  /// needs relief it has no option for, the limits that bind in the parks
  /// of its parcels, and (from `forced`, the re-solve with it forced in)
  /// what placing it costs, where and whom it displaces.
  func competition(_ j: Int, forced: Solution?) -> Competition {
    let owner = Dictionary(chosen.map { (formulation.pairs[$0].parcel, landCase.projects[formulation.pairs[$0].project].id) },
                           uniquingKeysWith: { a, _ in a })
    let usable = formulation.usablePairs(ofProject: j, requiredRelief)
    let blocked = Set(formulation.pairs(ofProject: j).map { landCase.parcels[formulation.pairs[$0].parcel].parkID })
      .subtracting(usable.map { landCase.parcels[formulation.pairs[$0].parcel].parkID })
    let parcels = usable.map { k -> (parcelID: String, parkID: String, takenBy: String?) in
      let parcel = landCase.parcels[formulation.pairs[k].parcel]
      return (parcel.id, parcel.parkID, owner[formulation.pairs[k].parcel])
    }
    let parks = Set(parcels.map(\.parkID))
    let binding = landCase.parks.filter { parks.contains($0.id) }.flatMap { bindingLimits(in: $0.id) }
    var result = Competition(parcels: parcels, bindingLimits: binding, costToPlace: nil, forcedParcelID: nil, displaced: [])
    result.reliefLabels = reliefLabels(of: j)
    result.reliefMissingIn = landCase.parks.map(\.id).filter { blocked.contains($0) }
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
}
