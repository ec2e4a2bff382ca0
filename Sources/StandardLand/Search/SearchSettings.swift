/// The fixed choices of a ``ParkFirstSearch``: when a model counts as
/// large, how the time left is shared between its steps, the node caps of
/// its heuristic steps and its tolerances.
///
/// None of them changes what the search proves (the bound and the gap are
/// always valid); they decide how fast it gets there. Each value was
/// measured on Examples/kunming and the assignment benchmark's cases
/// (`Benchmarks/run-assign-bench.sh`: 200 × 300 × 6 and 2,000 × 3,000 ×
/// 20); its comment says what it does and why this value.
struct SearchSettings: Sendable {
  /// From this many parcel choices on, a model is *large*: the relaxation's
  /// first branch-and-cut starts from the priced LP's basis instead of
  /// GLPK's presolver, and the park groups are re-decided among the priced
  /// LP's pairs only. Where the LP is large, the presolver and root LP cost
  /// more than the presolver saves (2,000-project case, 283k choices: root
  /// LP 90 s; from the priced basis, 29 iterations); where it is small they
  /// cost nothing and the presolver helps (200-project case, 10k choices:
  /// bound after 50 s 295,826 with it, 295,870 without).
  var largeFromParcelChoices = 20_000

  /// Share of the time left the park relaxation's branch-and-cut gets in
  /// each round of the exact loop; the rest is kept for turning its park
  /// choices into parcels, so that a round stopped by the clock still
  /// leaves a plan.
  var relaxationTimeShare = 0.85

  /// Share of the time left for deciding the park choices the LP leaves
  /// open (the LP-guided plan); the other half stays for its parcels and
  /// the steps after it.
  var guidedParksTimeShare = 0.5

  /// Branch-and-cut nodes at most for the park choices the LP leaves open
  /// (a heuristic step; Examples/kunming needs at most a few hundred).
  var guidedNodeLimit = 5_000

  /// Share of the time left for improving the plan a few parks at a time
  /// on a model that is not large; the rest goes to the relaxation's
  /// branch-and-cut, which tightens the bound.
  var parkGroupsTimeShare = 0.5

  /// The same share on a large model: its branch-and-cut does a few nodes a
  /// second (2,000-project case: 3 nodes in 3.7 s, bound unchanged), so the
  /// plan gets all the time (the relaxation gets what the groups leave
  /// when none improves).
  var largeParkGroupsTimeShare = 1.0

  /// Whether a search given a start plan (a re-solve behind an explanation,
  /// starting from the plan) improves it a few parks at a time before the
  /// exact loop. Off: the start repaired is already a good plan, and the
  /// groups' nodes (up to ``groupNodeLimit`` each, dozens of groups) are
  /// better spent on the exact loop's bound.
  var parkGroupsFromStart = false

  /// Seconds at most for one group of parks on a model that is not large:
  /// a group ends on its node cap (``groupNodeLimit``), this is only a
  /// safety net.
  var secondsPerGroup = 60.0

  /// Seconds at most for one group of parks on a large model, where a
  /// group's nodes are slow: many groups in the time beat a few solved to
  /// the end.
  var largeSecondsPerGroup = 3.0

  /// Branch-and-cut nodes at most for one group of parks re-decided: most
  /// groups of Examples/kunming need under 200, a few over 2,000 without
  /// finding anything better. Measured 2026-11-29: 20,000 lets the
  /// 200-project case's groups reach HiGHS's optimum (295,561.9 instead of
  /// 295,134.3; AN + GD-YL + YL needs more than 2,000 nodes) in about 30 s,
  /// but takes scenario-green.yaml from 2 s to 119 s (its groups end on the
  /// cap without finding anything), so it stays 200.
  var groupNodeLimit = 200

  /// The same cap on a large model. There a group of two parks that
  /// improves the plan often needs a few hundred nodes, and the whole
  /// round of groups stalls at 200. Measured 2026-11-29, release build,
  /// 2,000-project case, `--time-limit 60`: 200 → 3,483,510.2 (gap
  /// 0.0486 %; still the same after 300 s, groups of up to four parks
  /// tried); 1,000 → 3,484,181.2 (0.0293 %, three runs); 1,500 →
  /// 3,484,107.0; 2,000 → 3,484,039.8; 5,000 → 3,483,680.9; 20,000 →
  /// 3,483,642.5 (groups end on their 3 s). The same case with green
  /// power at three levels, starting from that 3,484,181.2 plan: 1,000 →
  /// 3,501,372.5 and 3,503,789.1 (two runs; its groups stop on the
  /// clock), 200 → 3,494,583.4.
  var largeGroupNodeLimit = 1_000

  /// The largest group of parks re-decided together (groups of two first,
  /// then three, up to this); groups of five are many and seldom better.
  var largestGroup = 4

  /// A group of parks is solved to the search's relative gap divided by
  /// this (a tenth): a group is small, and a looser gap would let it stop
  /// before finding the improvement it is there for.
  var groupGapDivisor = 10.0

  /// An LP value this close to 0 or 1 counts as 0 or 1 (the LP-guided plan
  /// fixes those park choices; a relaxation's parcel choices within it are
  /// integral).
  var integralityTolerance = 1e-6

  /// A group's plan replaces the incumbent only when better by this share
  /// of it (at least this much in absolute terms): more than GLPK's
  /// rounding, so rounding noise does not restart the round of groups.
  var relativeImprovement = 1e-6

  /// A polished plan replaces the plan only when better by more than this.
  var polishImprovement = 1e-9

  /// A relative gap at most this is a proof of optimality (the rest is
  /// floating-point noise in the objective).
  var optimalGap = 1e-9

  /// Seconds a step gets at least, when none is left: GLPK then reports
  /// the time limit itself.
  var shortestStepSeconds = 0.001

  /// Whether the park relaxation gets the park knapsacks' hull cuts
  /// (``KnapsackHullCuts``) before the exact loop (models that are not
  /// large only: each round re-solves the whole LP).
  var hullCuts = true
  /// Rounds of hull-cut separation a search that starts from a pool's cuts
  /// (a re-solve, from the plan's) runs before its exact loop. None: the
  /// plan's cuts stay valid for a re-solve (its knapsacks are the plan's,
  /// or the changed one's cuts are dropped), and new rounds cost more than
  /// they gave. Measured 2026-11-29, release build: Examples/kunming with
  /// scenario-green.yaml at gap 1e-4 with every explanation, explain phase
  /// 107 s with the full loop (P017 not proven in 20,000 nodes), 50.5 s
  /// with none (every re-solve proven), 57.7–62.0 s with 1–3 (with 1, P067
  /// not proven); Examples/kunming the same files, whole run 3.1 s (5.3 s
  /// with the full loop).
  var hullCutRoundsFromPool = 0

  /// The settings measured on the benchmark cases.
  static let standard = SearchSettings()
}
