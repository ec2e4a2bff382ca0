/// DEA figures divided by each column's largest value, so every figure lies
/// in [0, 1] whatever its unit (万元 beside persons beside mu).
///
/// θ, φ and λ do not change under this scaling (each row of the envelopment
/// LP is multiplied by one positive number); slacks scale back by the
/// column's factor. Stored unit by unit for fast pricing.
struct ScaledDEAData: Sendable {
  let unitCount: Int
  let inputCount: Int
  let outputCount: Int
  /// Input i of unit j at `x[j * inputCount + i]`.
  let x: [Double]
  /// Output r of unit j at `y[j * outputCount + r]`.
  let y: [Double]
  /// Raw figure = scaled figure × scale.
  let inputScale: [Double]
  let outputScale: [Double]

  init(_ p: DEAProblem) {
    unitCount = p.units.count
    inputCount = p.inputNames.count
    outputCount = p.outputNames.count
    func scales(_ rows: [[Double]], _ width: Int) -> [Double] {
      (0..<width).map { k in
        let top = rows.reduce(0.0) { max($0, $1[k]) }
        return top > 0 ? top : 1
      }
    }
    inputScale = scales(p.inputs, inputCount)
    outputScale = scales(p.outputs, outputCount)
    let inScale = inputScale, outScale = outputScale
    x = p.inputs.flatMap { row in row.indices.map { row[$0] / inScale[$0] } }
    y = p.outputs.flatMap { row in row.indices.map { row[$0] / outScale[$0] } }
  }

  @inline(__always) func input(_ j: Int, _ i: Int) -> Double { x[j * inputCount + i] }
  @inline(__always) func output(_ j: Int, _ r: Int) -> Double { y[j * outputCount + r] }

  /// The units that maximise output r ÷ input i, one per pair (lowest index
  /// on ties): each is on the constant-returns frontier, a good first set
  /// of reference units.
  func ratioLeaders() -> [Int] {
    var leaders: [Int] = []
    for i in 0..<inputCount {
      for r in 0..<outputCount {
        var best = -1, bestRatio = -1.0
        for j in 0..<unitCount where input(j, i) > 0 {
          let ratio = output(j, r) / input(j, i)
          if ratio > bestRatio { best = j; bestRatio = ratio }
        }
        if best >= 0 && !leaders.contains(best) { leaders.append(best) }
      }
    }
    return leaders
  }
}
