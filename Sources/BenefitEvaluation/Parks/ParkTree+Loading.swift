import ParkOptData

/// Reading a park evaluation tree through the shared ``ScenarioReader``:
/// unknown keys, missing keys and values out of range are errors.
extension ParkTree {
  /// Reads a tree from YAML or JSON; nil path gives ``standard``.
  public static func load(path: String?) throws(DataErrors) -> ParkTree {
    guard let path else { return .standard }
    return try read(ScenarioReader(path: path))
  }

  /// Parses tree text; `file` names it in messages.
  public static func parse(text: String, file: String) throws(DataErrors) -> ParkTree {
    try read(ScenarioReader(text: text, file: file))
  }

  static func read(_ reader: ScenarioReader) throws(DataErrors) -> ParkTree {
    let top = reader.root(keys: ["branches", "star_thresholds"])
    var tree = ParkTree(branches: [])
    if let items = top.list("branches") {
      tree.branches = items.compactMap(branch)
      if items.isEmpty { top.report("branches", "needs at least one first-level indicator") }
    } else if !top.contains("branches") {
      top.report(nil, "needs `branches`: the first-level indicators, each with `name`, `weights` and `indicators`")
    }
    if let v = top.numbers("star_thresholds", .between(0, 100), count: 4) {
      if v == v.sorted(by: >) { tree.starThresholds = v } else {
        top.report("star_thresholds", "must fall (lowest score of 5, 4, 3 and 2 stars)")
      }
    }
    try reader.finish()
    return tree
  }

  static func branch(_ value: ScenarioValue) -> Branch? {
    guard let m = value.mapping(keys: ["name", "weights", "indicators"]) else { return nil }
    for key in ["name", "weights", "indicators"] where !m.contains(key) { m.report(nil, "needs `\(key)`") }
    var weights: [String: Double] = [:]
    if let map = m.mapping("weights", keys: nil) {
      var spelt: [String: String] = [:]
      for (parkClass, weight) in map.entries {
        let key = ParkTree.classKey(parkClass)
        if let first = spelt[key] {
          weight.report("is the same class as `\(first)` (case ignored; 国家级 = national, 省级 = provincial, 县级 = county)")
          continue
        }
        spelt[key] = parkClass
        if let w = weight.number(FirmLoader.weightRange) { weights[key] = w }
      }
      if map.entries.isEmpty { map.report(nil, "needs a weight per park class (`default` for the others)") }
    }
    var leaves: [Leaf] = []
    if let items = m.list("indicators") {
      leaves = items.compactMap(leaf)
      if items.isEmpty { m.report("indicators", "needs at least one second-level indicator") }
    }
    guard let name = m.string("name") else { return nil }
    return Branch(name, weights: weights, leaves)
  }

  static func leaf(_ value: ScenarioValue) -> Leaf? {
    guard let m = value.mapping(keys: ["column", "weight", "higher_is_better"]) else { return nil }
    for key in ["column", "weight"] where !m.contains(key) { m.report(nil, "needs `\(key)`") }
    let weight = m.number("weight", .nonNegative)
    let higher = m.bool("higher_is_better")
    guard let column = m.string("column"), let weight else { return nil }
    return Leaf(column, weight, higherIsBetter: higher ?? true)
  }
}
