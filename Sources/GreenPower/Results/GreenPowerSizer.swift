import Foundation
import GLPK

/// Builds and solves the sizing LP for a case and reads back a ``SizingResult``.
public struct GreenPowerSizer: Sendable {
  /// How the LP is solved.
  public enum Method: String, Sendable, CaseIterable {
    /// The plain LP with GLPK's primal simplex (the reference).
    case plain
    /// The plain LP with GLPK's dual simplex.
    case dual
  }

  public let greenCase: GreenPowerCase
  public var method: Method = .plain
  public var timeLimitSeconds: Double?
  /// GLPK log lines go here while solving (e.g. for --verbose).
  public var log: (@Sendable (String) -> Void)?

  public init(_ greenCase: GreenPowerCase) { self.greenCase = greenCase }

  /// Builds, solves and reads the result.
  public func size() throws(GLPKError) -> SizingResult {
    let start = Date()
    let built = SizingModel(greenCase)
    let buildSeconds = Date().timeIntervalSince(start)
    var options = SolveOptions()
    options.method = method == .dual ? .dualSimplex : .primalSimplex
    options.timeLimit = timeLimitSeconds
    if let log { options.log = .handler(log) }
    let solution = try Solver(options: options).solve(built.model)
    var result = ResultReader(built: built, solution: solution, greenCase: greenCase).result()
    result.method = method == .dual ? "GLPK dual simplex, plain LP" : "GLPK primal simplex, plain LP"
    result.buildSeconds = buildSeconds
    return result
  }
}
