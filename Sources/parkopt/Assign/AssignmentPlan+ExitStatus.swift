import StandardLand

extension ExitStatus {
  /// The exit code of an `assign` run: the plan's, except that a plan solved
  /// to its end whose explaining re-solves were partly stopped by their
  /// wall-clock safety net exits 13, since some of its figures then depend
  /// on the machine's speed.
  init(_ plan: AssignmentPlan) {
    let status = ExitStatus(plan.termination, hasFeasiblePoint: plan.objective != nil)
    self = status == .success && plan.explanationsStoppedByClock > 0 ? .limitWithFeasiblePoint : status
  }
}
