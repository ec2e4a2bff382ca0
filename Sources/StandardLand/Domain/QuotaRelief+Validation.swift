/// Why a ``QuotaRelief`` cannot be used with a land case: each names the
/// option (project, park, label) or limit at fault.
public enum QuotaReliefError: Error, Sendable, Equatable, CustomStringConvertible {
  /// An option or required project names a project not in the case.
  case unknownProject(String)
  /// An option or limit names a park not in the case.
  case unknownPark(String)
  /// Two options of one project and park share a label.
  case duplicateLabel(project: String, park: String, label: String)
  /// Two limits name the same park and resource.
  case duplicateLimit(park: String, resource: String)
  /// A number is NaN or infinite (`field` says which).
  case notFinite(project: String, park: String, label: String, field: String)
  /// A relief, use or limit below 0.
  case negative(what: String, field: String, value: Double)
  /// A relief above the project's own energy (tce) or carbon (t).
  case aboveProject(project: String, park: String, label: String, field: String, relief: Double, own: Double)
  /// The relief name is not a plain file-name stem (letters, digits, `_`, `-`).
  case badName(String)

  public var description: String {
    switch self {
    case .unknownProject(let id): return "quota relief: unknown project '\(id)'"
    case .unknownPark(let id): return "quota relief: unknown park '\(id)'"
    case .duplicateLabel(let j, let k, let label):
      return "quota relief: project '\(j)' has two options labelled '\(label)' in park '\(k)'"
    case .duplicateLimit(let k, let r): return "quota relief: two limits of resource '\(r)' in park '\(k)'"
    case .notFinite(let j, let k, let label, let field):
      return "quota relief: option \(j)/\(k)/\(label): \(field) is not a finite number"
    case .negative(let what, let field, let value):
      return "quota relief: \(what): \(field) = \(value) is negative"
    case .aboveProject(let j, let k, let label, let field, let relief, let own):
      return "quota relief: option \(j)/\(k)/\(label): \(field) = \(relief) exceeds the project's own \(own)"
    case .badName(let name): return "quota relief: name '\(name)' must be letters, digits, '_' or '-'"
    }
  }
}

extension QuotaRelief {
  /// Checks the relief against `landCase`: known projects and parks,
  /// labels unique per project and park, one limit per park and resource,
  /// finite numbers, reliefs, uses and limits ≥ 0, and each relief at most
  /// the project's own energy (tce) and carbon (t) (a tolerance of 1e-9
  /// relative).
  public func validate(for landCase: LandCase) throws(QuotaReliefError) {
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
      throw .badName(name)
    }
    let projects = Dictionary(landCase.projects.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let parks = Set(landCase.parks.map(\.id))
    var labels = Set<[String]>()
    for o in options {
      guard let project = projects[o.projectID] else { throw .unknownProject(o.projectID) }
      guard parks.contains(o.parkID) else { throw .unknownPark(o.parkID) }
      guard labels.insert([o.projectID, o.parkID, o.label]).inserted else {
        throw .duplicateLabel(project: o.projectID, park: o.parkID, label: o.label)
      }
      let what = "option \(o.projectID)/\(o.parkID)/\(o.label)"
      let numbers = [("energy_relief_tce", o.energyReliefTce), ("carbon_relief_t", o.carbonReliefTonnes),
                     ("objective_cost_wan", o.objectiveCostWan)]
        + o.uses.map { ("use \($0.resource)", $0.amount) } + o.figures.map { ("figure \($0.key)", $0.value) }
      for (field, x) in numbers where !x.isFinite {
        throw .notFinite(project: o.projectID, park: o.parkID, label: o.label, field: field)
      }
      for (field, x) in numbers.prefix(2) + o.uses.map({ ("use \($0.resource)", $0.amount) }) where x < 0 {
        throw .negative(what: what, field: field, value: x)
      }
      if o.energyReliefTce > project.energyTce * (1 + 1e-9) {
        throw .aboveProject(project: o.projectID, park: o.parkID, label: o.label, field: "energy_relief_tce",
                            relief: o.energyReliefTce, own: project.energyTce)
      }
      if o.carbonReliefTonnes > project.carbonTonnes * (1 + 1e-9) {
        throw .aboveProject(project: o.projectID, park: o.parkID, label: o.label, field: "carbon_relief_t",
                            relief: o.carbonReliefTonnes, own: project.carbonTonnes)
      }
    }
    var limitKeys = Set<[String]>()
    for l in limits {
      guard parks.contains(l.parkID) else { throw .unknownPark(l.parkID) }
      guard limitKeys.insert([l.parkID, l.resource]).inserted else {
        throw .duplicateLimit(park: l.parkID, resource: l.resource)
      }
      guard l.amount.isFinite else { throw .notFinite(project: "", park: l.parkID, label: l.resource, field: "limit") }
      if l.amount < 0 { throw .negative(what: "limit \(l.parkID)/\(l.resource)", field: "amount", value: l.amount) }
    }
    for id in requiredProjectIDs where projects[id] == nil { throw .unknownProject(id) }
  }
}
