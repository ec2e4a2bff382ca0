import GLPK

/// Where the staged simplex starts when GLPK's interior point stalled: its
/// best point's capacities, and the hourly flows it has at a bound.
///
/// The interior point stops near the optimum (import-limit-95 of
/// Benchmarks/SIZE.md: relative gap 3.9e-6 at its 100-iteration limit), so
/// its capacities carry the full dispatch, and the hourly flows it leaves at
/// a bound are, as a rule, at that bound in the optimum too. Fixing them
/// makes the fixed-capacity dispatch a much smaller LP (import-limit-95:
/// 23,082 of 61,320 hourly flows fixed, 7,049 of them at a bound a row
/// implies; dispatch 18,202 → 11,883 iterations); it is a restriction only,
/// and the last stage frees everything again from a feasible basis (fixed
/// at its own bound, a column is non-basic there; fixed at a row's, it is
/// basic and the row non-basic), so the result is the full LP's optimum
/// either way. On an interior point that converged (the test cases), the
/// fixings through rows often leave the dispatch infeasible by 1e-6 (a
/// storage cycle or a yearly ratio has no room left for the point's
/// rounding); the stage then runs again with fewer fixed (``HourFixing``).
struct StagedSeed: Sendable {
  /// Which hourly flows the fixed-capacity dispatch fixes, from most to
  /// fewest; when a choice makes it infeasible the next is tried.
  enum HourFixing: Int, Comparable {
    /// None: the capacities only.
    case none
    /// Those at one of their own bounds.
    case columnBounds
    /// Those too at a bound a row implies once the row's other columns are
    /// fixed (green power at the available output, the state of charge at
    /// the battery's energy, the balance's last flow).
    case rowBounds

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// The capacities of the interior point's best point.
  let capacities: [CapacityKind: Double]
  /// Its hourly flows, by family, in hour order (empty when absent).
  let hourly: [[Double]]

  /// A flow within this distance (MW or MWh) of a bound counts as at it.
  /// The interior point leaves such flows at 1e-5 to 1e-3 rather than 0:
  /// on import-limit-95, at their own bounds only (Benchmarks/SIZE.md,
  /// 2026-11-28), 1e-6 fixes 203 of them (fixed-capacity dispatch 23.0 s),
  /// 1e-4 16,033 (14.7 s), 1e-3 16,415 (14.3 s, and a longer last stage),
  /// 1e-2 too many (the dispatch is infeasible and is solved again with the
  /// capacities only).
  static let boundTolerance = 1e-4

  /// The families of hourly columns fixed, in one order for every model.
  static func families(_ m: SizingModel) -> [[Variable]] {
    [m.green, m.imports, m.exports, m.charge, m.discharge, m.soc, m.unserved]
  }

  /// Room given to each 650号 ratio row in the fixed-capacity dispatch,
  /// relative to the horizon's load (MWh): the interior point's capacities
  /// are off in their last digits, and when two ratio rows bind at once (a
  /// 97 % green share with 80 % self-use) that leaves no dispatch at all
  /// for them. share-97-land-6000 (Benchmarks/SIZE.md): every fixing
  /// infeasible, then days sampled, 68.9 s; with room 1e-7, 1e-6 or 1e-5
  /// the first fixing carries it, 3.9 s; import-limit-95 and
  /// import-100-existing unchanged (the same iterations, the same bytes).
  /// The last stage solves the full LP with its rows as they are, from that
  /// basis: a row the dispatch overran by the room is made good there by
  /// the primal simplex, so the optimum is the full LP's either way.
  static let ratioRoom = 1e-7

  /// Loosens `plain`'s ratio rows (of `built`, the plain form) by
  /// ``ratioRoom`` × the horizon's load.
  static func loosenRatioRows(_ plain: inout LinearModel, _ built: SizingModel) {
    let room = ratioRoom * built.parameters.totalLoadMWh * built.ratioScale
    for kind in SizingModel.RatioKind.allCases {
      guard let row = built.ratioRows[kind] else { continue }
      plain.setBounds(row, lower: plain.lowerBound(of: row), upper: plain.upperBound(of: row) + room)
    }
  }

  /// Fixes `plain`'s hourly columns (of `built`, the plain form) that this
  /// point has at a bound, as `fixing` says; returns them, for the basis
  /// that frees them again.
  func fix(_ plain: inout LinearModel, _ built: SizingModel, _ fixing: HourFixing) -> [BoundFixing] {
    guard fixing > .none else { return [] }
    var point: [(variable: Variable, value: Double)] = []
    for (family, values) in zip(Self.families(built), hourly) where family.count == values.count {
      point += zip(family, values).map { ($0, $1) }
    }
    return plain.fixNearBounds(point, tolerance: Self.boundTolerance, throughRows: fixing == .rowBounds)
  }
}

extension StagedSeed {
  /// The seed of `solution`, a point of `built` (the sparse form the
  /// interior point solves).
  init(_ built: SizingModel, _ solution: Solution) {
    self.init(
      capacities: built.capacity.mapValues { solution[$0] },
      hourly: Self.families(built).map { family in family.map { solution[$0] } })
  }
}
