import Foundation
import Testing
import ParkOptTestSupport

/// The binding's promise: only `Sources/GLPK/Engine/` calls GLPK's C API
/// (directly, `glp_…`, or through the guarded C shims, `pko_…`) or imports
/// the C modules. Everything else works on Swift values.
@Suite struct EngineBoundaryTests {
  static let sources = RepositoryPaths.path("Sources/GLPK")

  /// Swift files of Sources/GLPK outside Engine/, with their code lines
  /// (comment lines left out: documentation may name GLPK's functions).
  static func filesOutsideEngine() throws -> [(path: String, lines: [Substring])] {
    let enumerator = try #require(FileManager.default.enumerator(atPath: sources))
    var files: [(String, [Substring])] = []
    for case let relative as String in enumerator
    where relative.hasSuffix(".swift") && !relative.hasPrefix("Engine/") {
      let text = try String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
      let code = text.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("//") }
      files.append((relative, code))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  @Test func onlyEngineCallsGLPK() throws {
    let files = try Self.filesOutsideEngine()
    #expect(files.count > 20, "found only \(files.count) files: wrong folder?")
    let call = /\b(glp|pko)_[a-z_0-9]+\s*\(/
    let constant = /\b(GLP|PKO)_[A-Z_0-9]+\b/
    var offenders: [String] = []
    for (path, lines) in files {
      for line in lines {
        if line.contains("import CGLPK") || line.contains(call) || line.contains(constant) {
          offenders.append("\(path): \(line.trimmingCharacters(in: .whitespaces))")
        }
      }
    }
    #expect(offenders.isEmpty, "C API used outside Engine/:\n\(offenders.joined(separator: "\n"))")
  }

  @Test func theCheckFindsACall() {
    let call = /\b(glp|pko)_[a-z_0-9]+\s*\(/
    #expect("  let n = glp_get_num_rows(p)".contains(call))
    #expect("x = pko_read(p, 0, path)".contains(call))
    #expect(!"/// GLPK's `glp_write_mps` writes".contains(call))
  }
}
