import GLPK

/// The answer to the land bureau's question, with the reasons behind it.
public struct AssignmentPlan: Sendable {
  /// Why the solver stopped (a time-limited plan is not optimal).
  public var termination: TerminationReason
  /// Total objective of the plan (default: annual tax, 万元).
  public var objective: Double?
  /// Best proven bound and relative gap.
  public var bestBound: Double?
  public var relativeGap: Double?
  /// Placed projects.
  public var assignments: [Assignment]
  /// One per park.
  public var parks: [ParkSummary]
  /// Projects left out, each with its reason.
  public var unplaced: [UnplacedProject]
  /// What raising each limiting park limit is worth.
  public var limitValues: [LimitValue]
  /// When must-place projects cannot all be placed: what must move.
  public var infeasibility: String?
  /// Explaining or limit-valuing re-solves stopped by their safety time
  /// limit (`explain_time_limit_s`) instead of their node budget: their
  /// figures depend on the machine's speed. 0 in a reproducible run.
  public var explanationsStoppedByClock = 0
  /// Size and timing of the run.
  public var statistics: Statistics
  /// True when the objective is annual tax alone (the default weights), so
  /// costs and values are in 万元/年; otherwise in weighted objective units.
  public var objectiveIsAnnualTax = true
  /// The case's quota relief (nil: none; the files are then those of a
  /// case without it).
  public var relief: QuotaRelief? = nil
  /// For each of ``relief``'s options, in order: chosen in the plan.
  public var reliefChosen: [Bool] = []
  /// What one more unit of each relief limit is worth (re-solved).
  public var reliefLimitValues: [ReliefLimitValue] = []

  /// Size and timing of a run.
  public struct Statistics: Sendable {
    public var projects: Int
    public var parcels: Int
    public var parks: Int
    public var eligiblePairs: Int
    public var constraints: Int
    public var buildSeconds: Double
    public var solveSeconds: Double
    public var explainSeconds: Double
    public var nodes: Int
  }
}

/// One placed project.
public struct Assignment: Sendable {
  public var projectID: String
  public var projectName: String
  public var industry: String
  public var parkID: String
  public var parcelID: String
  public var areaMu: Double
  public var source: Parcel.Source
  /// Each per-mu indicator against its threshold, with the margin (承诺余量).
  public var indicators: [RuleCheck]
  /// This placement's objective contribution (the relief's cost not
  /// subtracted).
  public var objectiveValue: Double
  /// The relief option chosen with it (nil: none).
  public var relief: QuotaRelief.Option? = nil
}

/// What the plan does to one park.
public struct ParkSummary: Sendable {
  public var parkID: String
  public var name: String
  public var projectsPlaced: Int
  public var newLandUsedMu: Double
  public var stockLandUsedMu: Double
  /// New land allowed: quota + link ratio × stock land used (增存挂钩).
  public var newLandAllowedMu: Double
  public var energyUsedTce: Double
  public var energyQuotaTce: Double
  public var carbonUsedTonnes: Double
  public var carbonQuotaTonnes: Double?
  /// Leading-industry revenue share after placement, existing firms included
  /// (nil when there is no revenue at all).
  public var leadingShare: Double?
  public var minLeadingShare: Double
  /// Annual tax of placed projects per mu they use, 万元/亩.
  public var taxPerMu: Double?
  /// Limits with no room left for another eligible project.
  public var bindingLimits: [String]
  /// Energy taken off the quota by the chosen relief options, tce
  /// (``energyUsedTce`` is before relief).
  public var energyReliefTce = 0.0
  /// Carbon taken off the quota by the chosen relief options, t.
  public var carbonReliefTonnes = 0.0
  /// Per relief limit of the park (in the limits' order): resource used and
  /// its amount.
  public var reliefUses: [ReliefUse] = []

  /// Energy counted against the quota: used − relief.
  public var energyAfterReliefTce: Double { energyUsedTce - energyReliefTce }
  /// Carbon counted against the quota: used − relief.
  public var carbonAfterReliefTonnes: Double { carbonUsedTonnes - carbonReliefTonnes }
}

/// A park resource the relief options share: how much the plan uses.
public struct ReliefUse: Sendable, Equatable {
  public var resource: String
  public var used: Double
  public var limit: Double
}

/// The worth of one more unit of a relief limit, found by re-solving.
public struct ReliefLimitValue: Sendable {
  public var parkID: String
  public var resource: String
  public var used: Double
  public var available: Double
  /// How much the limit was raised: the smallest raise that lets one more
  /// option of the park in, at least 1 unit.
  public var step: Double
  public var objectiveGain: Double
  public var gainProven = true
  public var stoppedByClock = false
  /// objectiveGain ÷ step.
  public var valuePerUnit: Double
}

/// A project left out and why.
public struct UnplacedProject: Sendable {
  /// Why a project was not placed.
  public enum Reason: Sendable {
    /// No parcel in any park passes every rule; for each park, the parcel
    /// that comes closest and the rules it fails.
    case eligibleNowhere([ParkRejection])
    /// It had eligible parcels but lost them to the plan's choices.
    case lostToCompetition(Competition)
    /// It has eligible parcels, but no plan exists (the must-place
    /// projects cannot all be placed, ``AssignmentPlan/infeasibility``) or
    /// none was found before a limit.
    case noPlan(eligibleParcels: [String])
  }
  public var projectID: String
  public var projectName: String
  public var reason: Reason
}

/// Why a project cannot go to a park.
public struct ParkRejection: Sendable {
  public var parkID: String
  /// The parcel that fails the fewest rules, if the park has parcels.
  public var closestParcelID: String?
  public var failures: [RuleCheck]
}

/// How a project lost out.
public struct Competition: Sendable {
  /// Its eligible parcels it can use and who got each (nil = left empty).
  public var parcels: [(parcelID: String, parkID: String, takenBy: String?)]
  /// Park limits with no room for it.
  public var bindingLimits: [String]
  /// Objective lost by forcing it in (re-solved); nil when no plan with it
  /// was found. When the re-solve was not proven optimal this is an upper
  /// bound, and ``costToPlaceAtLeast`` the lower one.
  public var costToPlace: Double?
  /// When the forced re-solve stopped before proof: the least it costs.
  public var costToPlaceAtLeast: Double? = nil
  /// Whether forcing it in is proven infeasible (the must-place projects
  /// and the park limits leave no room); false when the re-solve stopped.
  public var provenImpossible = false
  /// Whether it was re-solved with the project forced in; false when
  /// explanations are off or `explain_max_resolves` was reached first.
  public var reSolved = false
  /// True when its re-solve was stopped by the safety time limit
  /// (`explain_time_limit_s`): its figures depend on the machine's speed.
  public var stoppedByClock = false
  /// Where it would go when forced in, and which projects it would displace.
  public var forcedParcelID: String?
  public var displaced: [String]
  /// The relief options it has (labels, in order; empty without relief).
  public var reliefLabels: [String] = []
  /// The parks (in park order) where it has eligible parcels but must use
  /// relief and the case offers it no option (``RequiredRelief``): its
  /// parcels there are not in ``parcels``.
  public var reliefMissingIn: [String] = []
  /// The relief option the forced re-solve chose for it (nil: none).
  public var forcedReliefLabel: String? = nil
}

/// The worth of raising one park limit, found by re-solving.
public struct LimitValue: Sendable {
  public var limit: StandardLandModel.ParkLimit
  public var parkID: String
  public var used: Double
  public var available: Double
  public var unit: String
  /// How much the limit was raised for the re-solve.
  public var step: Double
  /// Objective gained by that step (at least; see ``gainProven``).
  public var objectiveGain: Double
  /// False when the re-solve stopped before proof: the gain is then a
  /// lower bound.
  public var gainProven = true
  /// True when the re-solve was stopped by the safety time limit.
  public var stoppedByClock = false
  /// objectiveGain ÷ step: what one more unit is worth.
  public var valuePerUnit: Double
}
