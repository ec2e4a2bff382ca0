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
        var rowType: [Int32] = [0, GLP_UP], lo: [Double] = [0, 0], up: [Double] = [0, 1]
        var colType: [Int32] = [0, GLP_LO], kind: [Int32] = [0, GLP_CV], obj: [Double] = [0, 1]
        var ia: [Int32] = [0, 1, 1], ja: [Int32] = [0, 1, 1], ar: [Double] = [0, 1, 2]
        let code = withPointers(&rowType, &lo, &up, &colType, &kind, &obj, &ia, &ja, &ar) { spec in
          pko_load(problem.pointer, spec)
        }
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

/// Builds a one-row, one-column pko_model from the arrays and passes it on.
private func withPointers(
  _ rowType: inout [Int32], _ lo: inout [Double], _ up: inout [Double], _ colType: inout [Int32],
  _ kind: inout [Int32], _ obj: inout [Double], _ ia: inout [Int32], _ ja: inout [Int32], _ ar: inout [Double],
  _ body: (UnsafePointer<pko_model>) -> Int32
) -> Int32 {
  var spec = pko_model(
    rows: 1, cols: 1, row_type: &rowType, row_lb: &lo, row_ub: &up, col_type: &colType, col_lb: &lo,
    col_ub: &up, col_kind: &kind, obj: &obj, obj_dir: GLP_MIN, ne: Int32(ia.count - 1), ia: &ia, ja: &ja,
    ar: &ar, row_names: nil, col_names: nil, prob_name: nil)
  return body(&spec)
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
