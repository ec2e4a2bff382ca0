import CGLPK

func _glpkVersion() -> String {
  guard let text = glp_version() else { return "unknown" }
  return String(cString: text)
}
