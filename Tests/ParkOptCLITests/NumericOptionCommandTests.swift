import Foundation
import Testing

/// A numeric option's argument is read as its value even when it starts
/// with a dash (`--time-limit -1`), so a negative number is refused with
/// the option's range, not as a missing value; in every command.
@Suite struct NumericOptionCommandTests {
  @Test(arguments: [
    (["assign", "Examples/kunming", "--time-limit", "-1"], "--time-limit must be a positive number of seconds, got -1.0"),
    (["solve", "Examples/solve/park_parcels.mod", "--time-limit", "-1"], "--time-limit must be a positive number of seconds, got -1.0"),
    (["solve", "Examples/solve/park_parcels.mod", "--node-limit", "-5"], "--node-limit must be a whole number of nodes ≥ 1, got -5"),
    (["solve", "Examples/solve/park_parcels.mod", "--mip-gap", "-0.1"], "--mip-gap must be a non-negative number, got -0.1"),
    (["rank", "Examples/kunming", "--top", "-1"], "--top must be between 1 and 1000, not -1"),
    (["rank", "Examples/kunming", "--threads", "-2"], "--threads must be between 1 and 256, not -2"),
    (["batch", "run", "Examples/batch/kunming-quotas.yaml", "--jobs", "-1"], "--jobs must be at least 1, got -1"),
  ])
  func aNegativeValueIsOutOfRangeNotMissing(_ arguments: [String], _ message: String) throws {
    let r = try CommandRunner.parkopt(arguments)
    #expect(r.status == 2)
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(!r.stderr.contains("Missing value"))
  }
}
