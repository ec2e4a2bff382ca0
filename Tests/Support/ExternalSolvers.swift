import Foundation

/// glpsol and HiGHS (through highspy), run as separate processes to check
/// that written model files mean the same outside this library.
public enum ExternalSolvers {
  /// glpsol on PATH, when installed.
  public static let glpsol: String? = ExternalProgram.which("glpsol")

  /// A Python that imports highspy: `.venv-workflows` (which
  /// `scripts/ensure-deps.sh --workflows` fills) first, then python3 on PATH.
  public static let highsPython: String? = {
    let candidates = [RepositoryPaths.path(".venv-workflows/bin/python3"), ExternalProgram.which("python3")]
      .compactMap { $0 }
    return candidates.first { path in
      FileManager.default.isExecutableFile(atPath: path)
        && (try? ExternalProgram.run(path, ["-c", "import highspy"]).status) == 0
    }
  }()

  /// A solver run that did not give what the test needs.
  public struct Failure: Error, CustomStringConvertible {
    /// What went wrong, with the program's output.
    public var description: String
  }

  /// glpsol's output for the MathProg `model` with the data file `data`.
  public static func glpsolOutput(model: String, data: String) throws -> String {
    guard let glpsol else { throw Failure(description: "glpsol is not installed") }
    let result = try ExternalProgram.run(glpsol, ["-m", model, "-d", data])
    guard result.status == 0 else { throw Failure(description: "glpsol -m \(model) -d \(data): \(result.text)") }
    return result.text
  }

  /// HiGHS's optimal objective for a model file.
  public static func highsObjective(_ path: String) throws -> Double {
    guard let python = highsPython else { throw Failure(description: "no highspy") }
    let script = """
      import sys, highspy
      h = highspy.Highs()
      h.setOptionValue("output_flag", False)
      h.readModel(sys.argv[1])
      h.run()
      assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal, h.getModelStatus()
      print(repr(h.getInfo().objective_function_value))
      """
    let result = try ExternalProgram.run(python, ["-c", script, path])
    // highspy prints its banner on standard output whatever output_flag says.
    let last = result.text.split(separator: "\n").last.map(String.init) ?? ""
    guard result.status == 0, let value = Double(last.trimmingCharacters(in: .whitespaces)) else {
      throw Failure(description: "HiGHS on \(path): \(result.text)")
    }
    return value
  }
}
