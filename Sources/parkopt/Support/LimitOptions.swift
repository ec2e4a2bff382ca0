import ArgumentParser

/// `--time-limit` and `--mip-gap`, shared by the commands that solve.
struct LimitOptions: ParsableArguments {
  @Option(help: "Stop after this many seconds (simplex and branch-and-cut).")
  var timeLimit: Double?

  @Option(help: "Stop branch-and-cut when the relative gap is at most this (e.g. 0.0001).")
  var mipGap: Double?

  func validate() throws {
    if let t = timeLimit, !(t.isFinite && t > 0) {
      throw ValidationError("--time-limit must be a positive number of seconds, got \(t)")
    }
    if let g = mipGap, !(g.isFinite && g >= 0) {
      throw ValidationError("--mip-gap must be a non-negative number, got \(g)")
    }
  }
}
