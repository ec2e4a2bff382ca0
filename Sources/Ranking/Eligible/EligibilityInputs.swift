import StandardLand

/// What decides which parcels are eligible for which project, and
/// nothing else: the case with every park's quotas and 增存挂钩 ratio
/// cleared, the scenario reduced to the one key thresholds read
/// (`use_enterprise_averages`) and no green-power relief but its
/// ``RequiredRelief`` rule. Two cases with equal inputs have the same
/// ``EligibleParcels`` (the eligibility rules,
/// ``EligibilityChecker/evaluate(_:_:in:_:_:)``, and the thresholds,
/// ``ThresholdTable``, read none of what is cleared).
struct EligibilityInputs: Equatable, Sendable {
  let landCase: LandCase
  /// Which parks offer relief to the projects that require it.
  let requiredRelief: RequiredRelief

  init(_ landCase: LandCase) {
    requiredRelief = RequiredRelief(landCase)
    var reduced = landCase
    for k in reduced.parks.indices {
      reduced.parks[k].energyQuotaTce = 0
      reduced.parks[k].carbonQuotaTonnes = nil
      reduced.parks[k].newLandQuotaMu = 0
      reduced.parks[k].stockLinkRatio = 0
    }
    var scenario = Scenario()
    scenario.useEnterpriseAverages = landCase.scenario.useEnterpriseAverages
    reduced.scenario = scenario
    reduced.relief = nil
    self.landCase = reduced
  }
}
