extension Solver {
  /// How long the steps a solve takes before the simplex starts lasted.
  public struct LoadTiming: Sendable {
    /// Seconds spent in ``LinearModel/validate(limit:)``.
    public var validationSeconds: Double
    /// Seconds from creating the GLPK problem to the end of loading the
    /// model into it (bounds, objective, merged triplets, one
    /// `glp_load_matrix`).
    public var loadSeconds: Double
    /// Validation plus load.
    public var totalSeconds: Double { validationSeconds + loadSeconds }
  }

  /// Validates `model` and loads it into a new GLPK problem exactly as
  /// ``solve(_:)`` does, then deletes the problem without solving it.
  ///
  /// Meant for benchmarks that compare model construction with GLPK's own
  /// C API; deleting the problem is not timed. Runs on the calling thread.
  ///
  /// - Throws: ``GLPKError/invalidModel(_:)`` when the model cannot be
  ///   solved; ``GLPKError/fatal(message:)``.
  public static func measureLoad(_ model: LinearModel) throws(GLPKError) -> LoadTiming {
    let clock = ContinuousClock()
    let start = clock.now
    let issues = model.validate()
    guard issues.isEmpty else { throw .invalidModel(issues) }
    let validated = clock.now
    let loaded = try _Problem.withProblem { problem throws(GLPKError) in
      try problem.load(model)
      return clock.now
    }
    return LoadTiming(
      validationSeconds: _Problem.seconds(validated - start),
      loadSeconds: _Problem.seconds(loaded - validated))
  }
}
