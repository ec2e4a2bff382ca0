import StandardLand

extension ReliefBuilder {
  /// The options of every pair and level from the unit options (pure: no LP).
  public static func relief(_ landCase: LandCase, inputs: GreenInputs, units: [UnitKey: UnitOption]) -> QuotaRelief {
    let s = inputs.settings
    var options: [QuotaRelief.Option] = []
    for pair in pairs(landCase, inputs: inputs) {
      let project = landCase.projects[pair.project], green = inputs.projects[pair.project]
      let parkID = landCase.parks[pair.park].id
      for level in s.levels {
        guard let unit = units[UnitKey(shape: green.loadShape, parkID: parkID, level: level)], unit.feasible else { continue }
        options.append(option(project: project, green: green, parkID: parkID, level: level, unit: unit, settings: s))
      }
    }
    var limits: [QuotaRelief.Limit] = []
    for park in landCase.parks {
      guard let g = inputs.parks.first(where: { $0.parkID == park.id }) else { continue }
      limits.append(.init(parkID: park.id, resource: "green_land_mu", amount: g.greenLandMu))
      limits.append(.init(parkID: park.id, resource: "roof_mu", amount: g.roofMu))
    }
    let required = landCase.projects.indices.filter {
      inputs.projects.indices.contains($0) && inputs.projects[$0].policy == .required
    }.map { landCase.projects[$0].id }
    return QuotaRelief(options: options, limits: limits, requiredProjectIDs: required)
  }

  /// One project's option at one level: the unit option × its electricity.
  static func option(
    project: Project, green: GreenProject, parkID: String, level: Double, unit: UnitOption, settings s: GreenSettings
  ) -> QuotaRelief.Option {
    let o = unit.scaled(by: green.electricityMWh)
    let energy = s.appliesTo == .carbon ? 0 : min(o.greenMWh * s.reliefFactorTcePerMWh, project.energyTce)
    let carbon = s.appliesTo == .energy ? 0 : min(o.greenMWh * s.gridEmissionFactorTPerMWh, project.carbonTonnes)
    let premium = o.premiumWan
    let figures: [QuotaRelief.Figure] = [
      .init(key: "level", zhName: "绿电比例", value: level),
      .init(key: "pv_ground_mw", zhName: "地面光伏(MW)", value: o.pvGroundMW),
      .init(key: "pv_rooftop_mw", zhName: "屋顶光伏(MW)", value: o.pvRooftopMW),
      .init(key: "wind_mw", zhName: "风电(MW)", value: o.windMW),
      .init(key: "battery_mwh", zhName: "储能容量(MWh)", value: o.batteryMWh),
      .init(key: "battery_mw", zhName: "储能功率(MW)", value: o.batteryMW),
      .init(key: "annual_cost_wan", zhName: "年供电成本(万元)", value: o.annualCostWan),
      .init(key: "premium_wan", zhName: "绿电溢价(万元/年)", value: premium),
      .init(key: "green_mwh", zhName: "绿电量(MWh)", value: o.greenMWh),
      .init(key: "relief_tce", zhName: "减免能耗(吨标准煤)", value: energy),
      .init(key: "relief_t_co2", zhName: "减免碳排放(吨)", value: carbon),
    ]
    return QuotaRelief.Option(
      projectID: project.id, parkID: parkID, label: label(level), energyReliefTce: energy, carbonReliefTonnes: carbon,
      objectiveCostWan: s.costWeight * premium,
      uses: [.init(resource: "green_land_mu", amount: o.groundLandMu), .init(resource: "roof_mu", amount: o.roofMu)],
      figures: figures)
  }

  /// `green_30` for 0.3; `green_33.3` for 0.333.
  static func label(_ level: Double) -> String {
    let percent = (level * 1000).rounded() / 10
    return percent == percent.rounded() ? "green_\(Int(percent))" : "green_\(percent)"
  }
}
