/// The rule of projects that may be placed only with a relief option
/// (`green_power: required`, ``QuotaRelief/requiredProjectIDs``): such a
/// project can go to a park only when the case offers it an option there.
///
/// `assign` keeps the project's pairs in every park and its `relief_once`
/// row (= 0) keeps it out of a park with no option; the explanations
/// (``EligibilityChecker/failures(project:parcel:)``, the unplaced reasons)
/// and `rank`'s eligibility read the rule from here. It is checked after
/// the other rules: a parcel fails it only when it passes every other one.
public struct RequiredRelief: Sendable, Equatable {
  /// Per project that requires relief (index into the case's projects):
  /// the ids of the parks where the case offers it an option.
  private let offered: [Int: Set<String>]
  /// What the options are called (``QuotaRelief/name``, ``QuotaRelief/zhName``).
  let name: String
  let zhName: String

  /// The rule of `landCase`'s relief (none without relief or required projects).
  public init(_ landCase: LandCase) {
    guard let relief = landCase.relief, !relief.requiredProjectIDs.isEmpty else {
      (offered, name, zhName) = ([:], "", "")
      return
    }
    let required = Set(relief.requiredProjectIDs)
    var offered: [Int: Set<String>] = [:]
    var index: [String: Int] = [:]
    for (j, project) in landCase.projects.enumerated() where required.contains(project.id) && index[project.id] == nil {
      index[project.id] = j
      offered[j] = []
    }
    for option in relief.options {
      if let j = index[option.projectID] { offered[j]?.insert(option.parkID) }
    }
    (self.offered, name, zhName) = (offered, relief.name, relief.zhName)
  }

  /// True when project `j` requires relief and the case offers it no option
  /// in park `parkID`: no parcel of that park can take it.
  public func blocks(project j: Int, parkID: String) -> Bool {
    guard let parks = offered[j] else { return false }
    return !parks.contains(parkID)
  }

  /// The ``RuleCheck`` of project `j` in `park` when it requires relief
  /// (nil otherwise): passed when the case offers it an option there.
  func check(project j: Int, park: Park) -> RuleCheck? {
    guard offered[j] != nil else { return nil }
    let passed = !blocks(project: j, parkID: park.id)
    let en = name.replacingOccurrences(of: "_", with: " ")
    return RuleCheck(
      rule: .greenPower, passed: passed,
      detail: passed ? "required; \(park.id) offers a \(en) option" : "required, but \(park.id) offers no \(en) option for it",
      detailZh: passed ? "必须采用\(zhName)；\(park.id) 有\(zhName)方案" : "必须采用\(zhName)，但 \(park.id) 没有可用的\(zhName)方案")
  }
}
