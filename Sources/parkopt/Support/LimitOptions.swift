import ArgumentParser

/// `--time-limit`, `--node-limit` and `--mip-gap`, shared by the commands
/// that solve.
struct LimitOptions: ParsableArguments {
  @Option(parsing: .unconditional, help: "Stop after this many seconds (simplex and branch-and-cut).")
  var timeLimit: Double?

  @Option(parsing: .unconditional, help: "Stop branch-and-cut after this many nodes: a work limit that stops at the same point on every machine.")
  var nodeLimit: Int?

  @Option(parsing: .unconditional, help: "Stop branch-and-cut when the relative gap is at most this (e.g. 0.0001).")
  var mipGap: Double?

  func validate() throws {
    if let t = timeLimit, !(t.isFinite && t > 0) {
      throw ValidationError("--time-limit must be a positive number of seconds, got \(t)")
    }
    if let n = nodeLimit, n < 1 {
      throw ValidationError("--node-limit must be a whole number of nodes ≥ 1, got \(n)")
    }
    if let g = mipGap, !(g.isFinite && g >= 0) {
      throw ValidationError("--mip-gap must be a non-negative number, got \(g)")
    }
  }
}
