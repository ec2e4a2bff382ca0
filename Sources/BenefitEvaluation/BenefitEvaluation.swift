/// Per-mu benefit evaluation (亩均效益): firm scoring and classes, thresholds
/// for new projects, low-efficiency land, DEA and park evaluation.
public enum BenefitEvaluation {}
