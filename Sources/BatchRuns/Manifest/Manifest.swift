/// A batch manifest (`parkopt batch`): the runs to make, each a command on a
/// case with a scenario, swept over scenario keys and column scaling factors.
public struct Manifest: Sendable, Equatable {
  /// The commands a run may use.
  public static let commands = ["assign", "size", "evaluate", "rank"]

  /// The manifest file, as the user named it.
  public var file: String
  /// The run groups, in file order.
  public var groups: [RunGroup]

  /// A manifest of `groups` read from `file`.
  public init(file: String, groups: [RunGroup]) {
    self.file = file
    self.groups = groups
  }
}

/// One entry of a manifest's `runs:` list: a command, its inputs and a sweep.
public struct RunGroup: Sendable, Equatable {
  /// The prefix of every run id of the group (letters, digits, `_`, `-`, `.`).
  public var name: String
  /// `assign`, `size`, `evaluate` or `rank`.
  public var command: String
  /// The case folder (a firm table for `evaluate`), as written in the manifest.
  public var casePath: String
  /// The scenario file, as written in the manifest (nil: the case's own).
  public var scenarioPath: String?
  /// Extra command-line arguments, passed as written.
  public var arguments: [String]
  /// What the group's runs vary.
  public var sweep: Sweep

  /// A group of runs.
  public init(
    name: String, command: String, casePath: String, scenarioPath: String? = nil, arguments: [String] = [],
    sweep: Sweep = Sweep()
  ) {
    self.name = name
    self.command = command
    self.casePath = casePath
    self.scenarioPath = scenarioPath
    self.arguments = arguments
    self.sweep = sweep
  }
}

/// The values a group's runs take: every combination of the dimensions'
/// values (`product`) or their n-th values together (`zip`).
public struct Sweep: Sendable, Equatable {
  /// How the dimensions combine.
  public enum Mode: String, Sendable, CaseIterable {
    case product, zip
  }

  /// What one swept quantity is.
  public enum Target: Sendable, Equatable, Hashable {
    /// A scenario key, as a dotted path (`objective.tax`).
    case scenario(key: String)
    /// A factor on every number of a column of one of the case's tables.
    case scale(file: String, column: String)

    /// The quantity's name in ids, `plan.json` and `summary.csv`:
    /// `scenario:KEY` or `scale:FILE:COLUMN`.
    public var label: String {
      switch self {
      case .scenario(let key): "scenario:\(key)"
      case .scale(let file, let column): "scale:\(file):\(column)"
      }
    }
  }

  /// One swept quantity and its values, as written (scalars).
  public struct Dimension: Sendable, Equatable {
    /// What the values set.
    public var target: Target
    /// The values as written in the manifest.
    public var values: [String]

    /// A dimension.
    public init(target: Target, values: [String]) {
      self.target = target
      self.values = values
    }
  }

  /// How the dimensions combine (default `product`).
  public var mode: Mode
  /// The swept quantities: scenario keys first, then scaled columns, each in file order.
  public var dimensions: [Dimension]

  /// A sweep; no dimensions is one run.
  public init(mode: Mode = .product, dimensions: [Dimension] = []) {
    self.mode = mode
    self.dimensions = dimensions
  }

  /// Every combination, in order: for `product` the last dimension varies
  /// fastest; for `zip` the n-th values of every dimension form run n.
  public var combinations: [[String]] {
    guard !dimensions.isEmpty else { return [[]] }
    switch mode {
    case .zip:
      let count = dimensions.map(\.values.count).min() ?? 0
      return (0..<count).map { i in dimensions.map { $0.values[i] } }
    case .product:
      var result: [[String]] = [[]]
      for dimension in dimensions {
        result = result.flatMap { prefix in dimension.values.map { prefix + [$0] } }
      }
      return result
    }
  }
}
