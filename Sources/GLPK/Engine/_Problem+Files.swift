import CGLPKShims

extension _Problem {
  /// Reads a model file in `format` into this empty problem (GLPK's
  /// `glp_read_mps`, `glp_read_lp` or `glp_read_prob`, guarded).
  /// - Returns: GLPK's return code, 0 when the file was read; the reasons
  ///   for another code are in ``log``.
  func read(_ format: ModelFileFormat, from path: String) throws(GLPKError) -> Int32 {
    try check(pko_read(pointer, format.code, path))
  }

  /// Writes this problem in `format` (GLPK's `glp_write_mps`,
  /// `glp_write_lp` or `glp_write_prob`, guarded).
  /// - Returns: GLPK's return code, 0 when the file was written.
  func write(_ format: ModelFileFormat, to path: String) throws(GLPKError) -> Int32 {
    try check(pko_write(pointer, format.code, path))
  }
}

extension ModelFileFormat {
  /// The format's number in the C shims' `pko_read` and `pko_write`.
  var code: Int32 {
    switch self {
    case .freeMPS: return 0
    case .fixedMPS: return 1
    case .cplexLP: return 2
    case .glpk: return 3
    }
  }
}
