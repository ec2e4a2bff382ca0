/// The model file formats GLPK reads and writes.
public enum ModelFileFormat: String, Sendable, CaseIterable {
  /// Free MPS (whitespace-separated fields). Maximisation is recorded in an
  /// `OBJSENSE` section, which GLPK itself cannot read but this library can.
  case freeMPS = "mps"
  /// Fixed MPS (column positions).
  case fixedMPS = "fixed-mps"
  /// CPLEX LP.
  case cplexLP = "lp"
  /// GLPK's own format (`glp_write_prob`).
  case glpk

  /// The format a file name suggests: `.mps`/`.freemps` free MPS,
  /// `.fixedmps` fixed MPS, `.lp` CPLEX LP, `.glpk` GLPK; nil otherwise.
  /// A `.gz` suffix is looked through (GLPK decompresses it).
  public init?(path: String) {
    var name = path.lowercased()
    if name.hasSuffix(".gz") { name.removeLast(3) }
    if name.hasSuffix(".mps") || name.hasSuffix(".freemps") {
      self = .freeMPS
    } else if name.hasSuffix(".fixedmps") {
      self = .fixedMPS
    } else if name.hasSuffix(".lp") {
      self = .cplexLP
    } else if name.hasSuffix(".glpk") {
      self = .glpk
    } else {
      return nil
    }
  }
}
