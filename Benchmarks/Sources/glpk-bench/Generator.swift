/// SplitMix64, written exactly like the C baseline's generator so that both
/// programs draw the same numbers from the same seed.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double in [1, 10) from the top 53 bits of one draw.
  mutating func coefficient() -> Double {
    1.0 + 9.0 * (Double(next() >> 11) * 0x1.0p-53)
  }
}

/// The benchmark's packing LP as plain arrays, before any model exists:
///
///     maximize Σ cost[j]·x[j]  subject to  Σ a[i][j]·x[j] ≤ rhs[i],  0 ≤ x ≤ 1
///
/// Row `i` has `perRow` distinct columns `rowColumns[i]` (0-based) with
/// coefficients `rowCoefficients[i]`. Every number is in [1, 10).
struct PackingLP {
  var rows: Int
  var columns: Int
  var perRow: Int
  var cost: [Double]
  var rhs: [Double]
  var rowColumns: [[Int32]]
  var rowCoefficients: [[Double]]

  var nonzeros: Int { rows * perRow }

  /// Draws costs, then per row its right-hand side and its terms (column by
  /// rejection until distinct within the row, then coefficient): the same
  /// order as `generate` in glpk-bench-c/main.c.
  init(rows: Int, columns: Int, perRow: Int, seed: UInt64) {
    self.rows = rows
    self.columns = columns
    self.perRow = perRow
    var rng = SplitMix64(state: seed)
    cost = (0..<columns).map { _ in rng.coefficient() }
    rhs = []
    rhs.reserveCapacity(rows)
    rowColumns = []
    rowColumns.reserveCapacity(rows)
    rowCoefficients = []
    rowCoefficients.reserveCapacity(rows)
    let n = UInt64(columns)
    for _ in 0..<rows {
      rhs.append(rng.coefficient())
      var cols: [Int32] = []
      cols.reserveCapacity(perRow)
      var coefs: [Double] = []
      coefs.reserveCapacity(perRow)
      for _ in 0..<perRow {
        var column: Int32
        repeat {
          column = Int32(truncatingIfNeeded: rng.next() % n)
        } while cols.contains(column)
        cols.append(column)
        coefs.append(rng.coefficient())
      }
      rowColumns.append(cols)
      rowCoefficients.append(coefs)
    }
  }
}
