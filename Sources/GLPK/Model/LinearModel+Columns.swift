extension LinearModel {
  /// This model with only `columns` (indices, in the order given), every
  /// row kept: the columns left out are as if fixed at 0. Variable `k` of
  /// the result is variable `columns[k]` of this model.
  ///
  /// A search that fixes most columns at 0 for many small solves (a
  /// neighbourhood search) builds the smaller model once; GLPK then loads
  /// and presolves only the columns that can move.
  public func keepingColumns(_ columns: [Int]) -> LinearModel {
    var newIndex = [Int32](repeating: -1, count: variableCount)
    for (k, j) in columns.enumerated() {
      precondition(j >= 0 && j < variableCount, "column \(j) is not in the model")
      newIndex[j] = Int32(k)
    }
    var result = LinearModel(name: name)
    result.columnLower = columns.map { columnLower[$0] }
    result.columnUpper = columns.map { columnUpper[$0] }
    result.columnKind = columns.map { columnKind[$0] }
    result.columnName = columns.map { columnName[$0] }
    result.objectiveCoefficients = columns.map { objectiveCoefficients[$0] }
    result.objectiveConstant = objectiveConstant
    result.sense = sense
    result.objectiveName = objectiveName
    result.rowLower = rowLower
    result.rowUpper = rowUpper
    result.rowName = rowName
    result.rowStart.reserveCapacity(rowStart.count)
    for i in 0..<constraintCount {
      for k in rowStart[i]..<rowStart[i + 1] {
        let c = Int(termColumn[k])
        if c >= 0 && c < variableCount {
          guard newIndex[c] >= 0 else { continue }
          result.termColumn.append(newIndex[c])
        } else {
          // A reference to no column stays one, for `validate()` to report.
          result.termColumn.append(c < 0 ? Int32(c) : Int32(truncatingIfNeeded: c - variableCount + columns.count))
        }
        result.termValue.append(termValue[k])
      }
      result.rowStart.append(result.termColumn.count)
    }
    for (j, priority) in branchingPriorities where newIndex[j] >= 0 {
      result.branchingPriorities[Int(newIndex[j])] = priority
    }
    result.invalidReferences = invalidReferences
    return result
  }
}
