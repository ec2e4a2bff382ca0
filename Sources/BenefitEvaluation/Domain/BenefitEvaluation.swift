/// Per-mu benefit evaluation (亩均效益): firm scoring and classes, thresholds
/// for new projects, low-efficiency land and DEA.
public enum BenefitEvaluation {}
