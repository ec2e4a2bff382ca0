import CGLPK
import CGLPKShims
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import GLPK

/// GLPK aborts the process on invalid API use; the guard turns that into an
/// error and the thread stays usable. These tests provoke real fatal errors
/// by calling the guarded C entry points with input the Swift layer would
/// never pass.
@Suite struct FatalErrorRecoveryTests {
  @Test func duplicateMatrixEntriesAreCaughtAndTheNextSolveWorks() throws {
    let before = pko_env_generation()
    #expect {
      try _Problem.withProblem { problem throws(GLPKError) in
        problem.collectLog()
        let arrays = OneByOneModel(
          rowType: [0, GLP_UP], lower: [0, 0], upper: [0, 1], colType: [0, GLP_LO], kind: [0, GLP_CV],
          objective: [0, 1], ia: [0, 1, 1], ja: [0, 1, 1], ar: [0, 1, 2])
        let code = arrays.withModel { spec in pko_load(problem.pointer, spec) }
        _ = try problem.check(code)
      }
    } throws: { error in
      guard case .fatal(let message) = error as? GLPKError else { return false }
      return message.contains("duplicate indices not allowed")
    }
    #expect(pko_env_generation() == before + 1)
    // The process and the thread go on: a normal solve works.
    var m = LinearModel()
    let x = m.addVariable("x", upperBound: 4)
    m.setObjective(2 * x, sense: .maximize)
    let s = try Solver().solve(m)
    #expect(s.objectiveValue == 8)
    #expect(Solver.memoryInUse.blocks == 0)
  }

  @Test func tooLongNameInsideGLPKIsCaughtAndMemoryIsReturned() throws {
    let name = String(repeating: "x", count: 300)
    let code = name.withCString { text in
      withGuardedProblem { p in pko_add_named_row(p, text) }
    }
    #expect(code == PKO_FATAL)
    let s = try Solver().solve(LinearModel())
    #expect(s.termination == .optimal)
    #expect(Solver.memoryInUse.blocks == 0)
  }
}

/// The arrays of a one-row, one-column `pko_model` (1-based, slot 0 unused).
private struct OneByOneModel {
  var rowType: [Int32], lower: [Double], upper: [Double]
  var colType: [Int32], kind: [Int32], objective: [Double]
  var ia: [Int32], ja: [Int32], ar: [Double]

  /// Passes a `pko_model` over the arrays to `body`; its pointers are valid
  /// only inside `body` (each comes from a `withUnsafeBufferPointer` scope).
  func withModel(_ body: (UnsafePointer<pko_model>) -> Int32) -> Int32 {
    rowType.withUnsafeBufferPointer { rowType in
      lower.withUnsafeBufferPointer { lower in
        upper.withUnsafeBufferPointer { upper in
          colType.withUnsafeBufferPointer { colType in
            kind.withUnsafeBufferPointer { kind in
              objective.withUnsafeBufferPointer { objective in
                ia.withUnsafeBufferPointer { ia in
                  ja.withUnsafeBufferPointer { ja in
                    ar.withUnsafeBufferPointer { ar in
                      let spec = pko_model(
                        rows: 1, cols: 1, row_type: rowType.baseAddress, row_lb: lower.baseAddress,
                        row_ub: upper.baseAddress, col_type: colType.baseAddress, col_lb: lower.baseAddress,
                        col_ub: upper.baseAddress, col_kind: kind.baseAddress, obj: objective.baseAddress,
                        obj_dir: GLP_MIN, ne: Int32(ia.count - 1), ia: ia.baseAddress, ja: ja.baseAddress,
                        ar: ar.baseAddress, row_names: nil, col_names: nil, prob_name: nil)
                      return withUnsafePointer(to: spec) { body($0) }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

/// Creates a problem with one row, runs `body`, deletes it if still alive.
private func withGuardedProblem(_ body: (OpaquePointer) -> Int32) -> Int32 {
  guard let p = pko_create() else { return PKO_FATAL }
  let generation = pko_env_generation()
  let code = body(p)
  pko_delete(p, generation)
  _ = pko_log_take().map { free($0) }
  return code
}

/// GLPK 5.0's cover-cut generator aborts on this tiny model (glpsol with
/// --cover dies with "glp_add_cols: ncs = 0"). The solve must still answer.
@Suite struct CutGeneratorFailureTests {
  @Test func coverCutFailureIsRetriedWithoutCuts() throws {
    var m = LinearModel()
    let x1 = m.addVariable("x1", kind: .binary), x2 = m.addVariable("x2", kind: .binary)
    m.addConstraint(x1 + x2 <= 1)
    m.addConstraint(100 * x1 + 100 * x2 <= 1_000_000)
    m.addConstraint(-590 * x1 - 590 * x2 >= -10)
    m.addConstraint(20 * x1 + 20 * x2 <= 1_000_000)
    m.setObjective(500 * x1 + 500 * x2, sense: .maximize)
    var o = SolveOptions()
    o.cuts = [.cover]
    let s = try Solver(options: o).solve(m)
    #expect(s.termination == .optimal)
    #expect(s.objectiveValue == 0)
    #expect(s.log.hasPrefix("GLPK failed with cuts enabled"))
    #expect(Solver.memoryInUse.blocks == 0)
  }
}
