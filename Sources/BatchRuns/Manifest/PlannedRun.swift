import Foundation
import ParkOptData

/// One run of a manifest: its group's command and inputs and one value per
/// swept quantity, with a stable id.
public struct PlannedRun: Sendable, Equatable {
  /// The run's position in the manifest's expansion (0 = first).
  public var index: Int
  /// The group the run belongs to.
  public var group: RunGroup
  /// The swept quantities and this run's values, in the group's order.
  public var values: [(target: Sweep.Target, value: String)]

  /// A run of `group` with `values`.
  public init(index: Int, group: RunGroup, values: [(target: Sweep.Target, value: String)]) {
    self.index = index
    self.group = group
    self.values = values
  }

  /// `NAME-HASH`: the group's name and the first 10 hex digits of the
  /// SHA-256 of ``idText``. The same command, case, scenario, arguments and
  /// values give the same id on every machine, whatever the run's position.
  public var id: String {
    let digest = InputHash.sha256(of: Data(idText.utf8))
    return "\(group.name)-\(digest.prefix(10))"
  }

  /// What the id hashes: the lines `command=…`, `case=…`, `scenario=…` (the
  /// paths as written in the manifest; empty when none), `arg=…` per
  /// argument, then `LABEL=VALUE` per swept value, each ending with a line feed.
  public var idText: String {
    var lines = ["command=\(group.command)", "case=\(group.casePath)", "scenario=\(group.scenarioPath ?? "")"]
    lines += group.arguments.map { "arg=\($0)" }
    lines += values.map { "\($0.target.label)=\($0.value)" }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The value of one swept quantity, or nil when the run does not sweep it.
  public func value(of label: String) -> String? {
    values.first { $0.target.label == label }?.value
  }

  public static func == (a: PlannedRun, b: PlannedRun) -> Bool {
    a.index == b.index && a.group == b.group && a.values.map(\.target) == b.values.map(\.target)
      && a.values.map(\.value) == b.values.map(\.value)
  }
}

extension Manifest {
  /// Every run, group by group, each group's combinations in sweep order.
  public var runs: [PlannedRun] {
    var runs: [PlannedRun] = []
    for group in groups {
      for combination in group.sweep.combinations {
        let values = zip(group.sweep.dimensions, combination).map { (target: $0.target, value: $1) }
        runs.append(PlannedRun(index: runs.count, group: group, values: values))
      }
    }
    return runs
  }
}

/// `--shard I/N`: the runs whose index modulo N is I (0 ≤ I < N), so N
/// machines given I = 0 … N−1 share a manifest without overlap.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  /// This shard, 0-based.
  public var index: Int
  /// How many shards.
  public var count: Int

  /// Every run: shard 0 of 1.
  public static let all = Shard(index: 0, count: 1)

  /// Shard `index` of `count`.
  public init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// Parses `I/N`; nil unless 0 ≤ I < N.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
    self.init(index: i, count: n)
  }

  /// Whether the run at `position` belongs to this shard.
  public func contains(_ position: Int) -> Bool { position % count == index }

  public var description: String { "\(index)/\(count)" }
}
