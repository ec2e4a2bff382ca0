import GLPK

/// One `relief[j,k,o]` variable: option `option` of the case's
/// ``QuotaRelief`` for project `project` in park `parkID`.
public struct ReliefChoice: Sendable, Equatable {
  /// Index into ``QuotaRelief/options``.
  public let option: Int
  /// The binary variable.
  public let variable: Variable
  /// The project (index into ``LandCase/projects``).
  public let project: Int
  public let parkID: String
  /// The park choice it hangs on: `in_park[j,k]`, or the pair of the
  /// project's only eligible parcel in the park.
  public let choice: Variable

  /// The same choice with its variables renumbered (a restricted model).
  func mapped(_ f: (Variable) -> Variable) -> ReliefChoice {
    ReliefChoice(option: option, variable: f(variable), project: project, parkID: parkID, choice: f(choice))
  }
}

/// One `relief_limit[k,resource]` row: ``QuotaRelief/limits``[`limit`].
public struct ReliefLimitRow: Sendable, Equatable {
  /// Index into ``QuotaRelief/limits``.
  public let limit: Int
  public let row: Constraint
}

extension StandardLandModel {
  /// Adds the relief options (after every pair and `in_park` variable),
  /// for each option of a project and park with an eligible parcel, in the
  /// options' order: a binary `relief[j,k,o]`. Options of ineligible
  /// project–park pairs are dropped, and so are redundant ones
  /// (``QuotaRelief/redundantOptions()``). The quota rows (built next) take
  /// their terms from ``addReliefTerms(_:park:_:)``: `energy_quota[k]`
  /// −energy relief per option, `carbon_quota[k]` (when the park has one)
  /// −carbon relief.
  mutating func addReliefVariables(_ relief: QuotaRelief) {
    let projectIndex = Dictionary(landCase.projects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var choiceOf: [Int: [String: Variable]] = [:]
    for (k, pair) in pairs.enumerated() {
      let parkID = landCase.parcels[pair.parcel].parkID
      if choiceOf[pair.project]?[parkID] == nil { choiceOf[pair.project, default: [:]][parkID] = choiceOfPair[k] }
    }
    let redundant = relief.redundantOptions()
    for (o, option) in relief.options.enumerated() where redundant[o] == nil {
      guard let j = projectIndex[option.projectID], let choice = choiceOf[j]?[option.parkID] else { continue }
      let v = model.addVariable(
        "relief[\(option.projectID),\(option.parkID),\(option.label)]", upperBound: 1, kind: .binary)
      reliefChoices.append(ReliefChoice(option: o, variable: v, project: j, parkID: option.parkID, choice: choice))
    }
  }

  /// Adds −`relief` × option to `e` for every option in `park` (a quota row).
  func addReliefTerms(_ e: inout LinearExpression, park: String, _ relief: KeyPath<QuotaRelief.Option, Double>) {
    guard let options = landCase.relief?.options else { return }
    for c in reliefChoices where c.parkID == park && options[c.option][keyPath: relief] != 0 {
      e.add(c.variable, times: -options[c.option][keyPath: relief])
    }
  }

  /// The relief rows and objective terms (after the objective is set): per
  /// project and park with options (or a required project), the row
  /// `relief_once[j,k]`: Σ_o relief − choice ≤ 0 (= 0 for a required
  /// project, so that it is placed there only with an option); one row
  /// `relief_limit[k,resource]`: Σ use·relief ≤ amount per limit with a
  /// use; objective −cost per option.
  mutating func addReliefRows(_ relief: QuotaRelief) {
    for c in reliefChoices { model.setObjectiveCoefficient(c.variable, -relief.options[c.option].objectiveCostWan) }
    // Project–park groups in order of their first pair.
    var groups: [(project: Int, parkID: String, choice: Variable)] = []
    var seen = Set<[Int]>()
    let parkIndex = Dictionary(landCase.parks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    for (k, pair) in pairs.enumerated() {
      let parkID = landCase.parcels[pair.parcel].parkID
      if seen.insert([pair.project, parkIndex[parkID] ?? -1]).inserted { groups.append((pair.project, parkID, choiceOfPair[k])) }
    }
    var byGroup: [Int: [String: [ReliefChoice]]] = [:]
    for c in reliefChoices { byGroup[c.project, default: [:]][c.parkID, default: []].append(c) }
    let required = reliefRequiredProjects
    for (j, parkID, choice) in groups {
      let options = byGroup[j]?[parkID] ?? []
      guard !options.isEmpty || required.contains(j) else { continue }
      var e = LinearExpression(reservingCapacity: options.count + 1)
      for c in options { e.add(c.variable, times: 1) }
      e.add(choice, times: -1)
      let name = "relief_once[\(landCase.projects[j].id),\(parkID)]"
      model.addConstraint(required.contains(j) ? e == 0 : e <= 0, name: name)
    }
    for (l, limit) in relief.limits.enumerated() {
      var e = LinearExpression()
      for c in reliefChoices where c.parkID == limit.parkID {
        for use in relief.options[c.option].uses where use.resource == limit.resource && use.amount != 0 {
          e.add(c.variable, times: use.amount)
        }
      }
      guard !e.coefficients.isEmpty else { continue }
      let row = model.addConstraint(e <= limit.amount, name: "relief_limit[\(limit.parkID),\(limit.resource)]")
      reliefLimitRows.append(ReliefLimitRow(limit: l, row: row))
    }
  }

  /// True when `relief` changes the model: an option of a project–park pair
  /// with an eligible parcel, or a required project with one.
  static func applies(_ relief: QuotaRelief, _ landCase: LandCase, _ pairs: [(project: Int, parcel: Int)]) -> Bool {
    let required = Set(relief.requiredProjectIDs)
    var eligible = Set<[String]>()
    for pair in pairs {
      let project = landCase.projects[pair.project].id
      if required.contains(project) { return true }
      eligible.insert([project, landCase.parcels[pair.parcel].parkID])
    }
    return relief.options.contains { eligible.contains([$0.projectID, $0.parkID]) }
  }

  /// The projects (indices) that may be placed only with a relief option.
  var reliefRequiredProjects: Set<Int> {
    guard let relief = landCase.relief else { return [] }
    let ids = Set(relief.requiredProjectIDs)
    return Set(landCase.projects.indices.filter { ids.contains(landCase.projects[$0].id) })
  }

  /// The option chosen for each project in `values` (a plan of this
  /// formulation's variables), by project index.
  func chosenRelief(_ values: [Double]) -> [Int: ReliefChoice] {
    var result: [Int: ReliefChoice] = [:]
    for c in reliefChoices where c.variable.index < values.count && values[c.variable.index] > 0.5 {
      result[c.project] = c
    }
    return result
  }
}

extension StandardLandModel {
  /// The model for `landCase` after checking its relief
  /// (``QuotaRelief/validate(for:)``).
  public init(validating landCase: LandCase, pairs: [(project: Int, parcel: Int)]) throws(QuotaReliefError) {
    try landCase.relief?.validate(for: landCase)
    self.init(landCase, pairs: pairs)
  }
}
