import GLPK

/// Improves a plan by re-deciding a few parks at a time (a large-neighbourhood
/// search over parks).
///
/// Branch-and-cut on the whole park relaxation spends its time proving; the
/// plans it finds on the way stay 0.2 % or more below the best known on the
/// 200-project case. Here everything outside a group of parks keeps the
/// plan's values: the group's own projects and the projects placed nowhere
/// compete for the group's parcels, and GLPK solves that small MIP (park
/// relaxation first, then the parcels, as ``ParkFirstSearch`` does). A
/// better plan replaces the plan, and the groups are tried again until a
/// whole round finds nothing; then groups one park larger, until the time
/// given runs out.
///
/// Groups are tried in order of the projects their parks share (eligible
/// in two of them), most first: there moving projects between parks can
/// pay.
struct ParkNeighbourhoods {
  let formulation: StandardLandModel
  /// For every variable, the park (index into the case's parks) it places
  /// a project in.
  let parkOfVariable: [Int]
  /// For every variable, the project (index) it places.
  let projectOfVariable: [Int]

  init(formulation: StandardLandModel, variableCount: Int) {
    self.formulation = formulation
    let parkIndex = Dictionary(
      formulation.landCase.parks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var park = [Int](repeating: -1, count: variableCount)
    var project = [Int](repeating: -1, count: variableCount)
    for (k, pair) in formulation.pairs.enumerated() {
      let p = parkIndex[formulation.landCase.parcels[pair.parcel].parkID] ?? -1
      park[k] = p
      project[k] = pair.project
      let choice = formulation.choiceOfPair[k].index
      park[choice] = p
      project[choice] = pair.project
    }
    // Relief options belong to their project's park choice: fixed with it
    // outside the group.
    for c in formulation.reliefChoices where c.variable.index < variableCount {
      park[c.variable.index] = park[c.choice.index]
      project[c.variable.index] = c.project
    }
    parkOfVariable = park
    projectOfVariable = project
  }

  /// Groups of `size` parks, those whose parks share the most eligible
  /// projects first (summed over the pairs in the group); groups where no
  /// two parks share a project are left out (nothing can move), and at most
  /// `limit` groups are returned.
  func groupsOfParks(size: Int, limit: Int = 500) -> [[Int]] {
    let parkCount = formulation.landCase.parks.count
    guard size >= 2, size <= parkCount else { return [] }
    var parksOfProject: [Int: Set<Int>] = [:]
    for y in formulation.parkChoices where parkOfVariable[y.index] >= 0 {
      parksOfProject[projectOfVariable[y.index], default: []].insert(parkOfVariable[y.index])
    }
    var shared = [[Int]](repeating: [Int](repeating: 0, count: parkCount), count: parkCount)
    for (_, parks) in parksOfProject {
      for a in parks { for b in parks where a != b { shared[a][b] += 1 } }
    }
    var groups: [(parks: [Int], score: Int)] = []
    func extend(_ group: [Int], _ score: Int) {
      guard group.count < size else {
        if score > 0 { groups.append((group, score)) }
        return
      }
      for next in (group.last.map { $0 + 1 } ?? 0)..<parkCount {
        extend(group + [next], score + group.reduce(0) { $0 + shared[$1][next] })
      }
    }
    extend([], 0)
    groups.sort { $0.score != $1.score ? $0.score > $1.score : $0.parks.lexicographicallyPrecedes($1.parks) }
    return groups.prefix(limit).map(\.parks)
  }

  /// `model` with every variable outside `parks` at `plan`'s value and the
  /// choices that would move a project placed outside `parks` into them at
  /// 0.
  func neighbourhood(_ model: LinearModel, of plan: [Double], parks: Set<Int>) -> LinearModel {
    var placedIn = [Int: Int]()
    for y in formulation.parkChoices where plan[y.index] > 0.5 {
      placedIn[projectOfVariable[y.index]] = parkOfVariable[y.index]
    }
    var sub = model
    let variables = model.variables
    for v in 0..<parkOfVariable.count {
      let park = parkOfVariable[v]
      guard park >= 0 else { continue }
      let x = variables[v]
      if !parks.contains(park) {
        sub.fix(x, at: plan[v].rounded())
      } else if let elsewhere = placedIn[projectOfVariable[v]], !parks.contains(elsewhere) {
        sub.fix(x, at: 0)
      }
    }
    return sub
  }
}
