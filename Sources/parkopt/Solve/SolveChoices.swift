import ArgumentParser
import GLPK

/// `--input-format` values.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
  case mathprog, mps, fixedMPS = "fixed-mps", lp, glpk

  var fileFormat: ModelFileFormat {
    switch self {
    case .mps, .mathprog: return .freeMPS
    case .fixedMPS: return .fixedMPS
    case .lp: return .cplexLP
    case .glpk: return .glpk
    }
  }
}

/// `--method` values.
enum MethodChoice: String, ExpressibleByArgument, CaseIterable {
  case simplex, primal, dual, interior, exact

  var method: SolveOptions.Method {
    switch self {
    case .simplex, .primal: return .primalSimplex
    case .dual: return .dualThenPrimal
    case .interior: return .interiorPoint
    case .exact: return .exact
    }
  }
}

/// `--presolve` values.
enum PresolveChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, on, off

  var presolve: SolveOptions.Presolve {
    switch self {
    case .auto: return .automatic
    case .on: return .on
    case .off: return .off
    }
  }
}
