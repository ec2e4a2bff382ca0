import CGLPKShims

/// Memory GLPK holds on the calling thread (`glp_mem_usage`: blocks, bytes).
func _memoryInUse() -> (blocks: Int, bytes: Int) {
  var count: Int32 = 0
  var total = 0
  pko_mem_usage(&count, &total)
  return (Int(count), total)
}
