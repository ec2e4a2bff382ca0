import ArgumentParser
import Foundation
import GLPK
import ParkOptData
import Placement
import StandardLand

/// `--no-green-power` and `--cache-dir`, shared by `assign` and `rank`, and
/// the one way both turn a case folder's green-power inputs into the case's
/// ``QuotaRelief`` (Placement's unit sizing LPs, cached on disk).
struct GreenPowerOptions: ParsableArguments {
  @Flag(help: "Ignore FOLDER's green-power inputs (green_parks.csv): work without direct green supply.")
  var noGreenPower = false

  @Option(help: ArgumentHelp(
    "Where unit sizing LPs are cached (default: $PARKOPT_CACHE_DIR, $XDG_CACHE_HOME/parkopt or ~/.cache/parkopt).",
    valueName: "folder"))
  var cacheDir: String?

  /// The green inputs of `folder` and the relief built from them, set on
  /// `landCase`; nil when the folder has none or `--no-green-power` is given.
  /// Bad inputs exit 2, a failed sizing LP as the solver failure it is.
  func apply(
    to landCase: inout LandCase, folder: String, scenarioPath: String?, progress: (@Sendable (String) -> Void)?
  ) throws -> (inputs: GreenInputs, sizing: ReliefBuilder.Outcome)? {
    guard !noGreenPower else { return nil }
    let green: GreenInputs?
    do {
      green = try GreenInputsLoader.load(folder: folder, landCase: landCase, scenarioPath: scenarioPath)
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    guard let green else { return nil }
    var builder = ReliefBuilder(
      green, cache: SizingCache(directory: cacheDir ?? SizingCache.defaultDirectory()),
      threads: AvailableProcessors.count)
    builder.progress = progress
    let caseSoFar = landCase
    let sizing = try CommandFailure.onGLPKError { () throws(GLPKError) in try builder.build(caseSoFar) }
    landCase.relief = sizing.relief
    return (green, sizing)
  }
}
