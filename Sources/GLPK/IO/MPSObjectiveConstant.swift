/// How this library's MPS files carry the objective constant: as a column
/// named ``columnName``, fixed at 1, whose cost is the constant. CPLEX LP
/// files carry it the same way (GLPK's LP writer would write it only as a
/// comment, which other solvers skip).
///
/// MPS has no agreed place for the constant. GLPK writes it as the
/// right-hand side of the objective row and reads that back as
/// +constant, but HiGHS, CPLEX, Gurobi and CBC read the same right-hand side
/// as −constant (objective = cᵀx − rhs). Negating the right-hand side would
/// make those solvers right and glpsol (and every other GLPK reader) wrong.
/// A fixed column means the same thing to every reader, so the file's
/// optimum is the model's in each of them. ``LinearModel/init(contentsOf:format:)``
/// folds that column back into ``LinearModel/objectiveConstant``, so a
/// write and read gives back the same model. A model that already has a
/// column of that name gets `OBJCONST_1` (then `_2`, …), which other
/// solvers read the same way but this library keeps as a column.
enum MPSObjectiveConstant {
  /// The fixed column's name: 8 characters, so fixed MPS keeps it too.
  static let columnName = "OBJCONST"

  /// `model` with its objective constant moved into a fixed column (the
  /// model itself when the constant is 0).
  static func moved(into model: LinearModel) -> LinearModel {
    guard model.objectiveConstant != 0 else { return model }
    var copy = model
    let taken = Set(model.columnName.compactMap { $0 })
    var name = columnName
    var k = 0
    while taken.contains(name) {
      k += 1
      name = "\(columnName)_\(k)"
    }
    let column = copy.addVariable(name, lowerBound: 1, upperBound: 1)
    copy.setObjectiveCoefficient(column, model.objectiveConstant)
    copy.objectiveConstant = 0
    return copy
  }

  /// `model` with a column named ``columnName`` that is continuous, fixed
  /// at 1 and in no row folded back into the objective constant (the model
  /// itself when it has none).
  static func folded(_ model: LinearModel) -> LinearModel {
    guard let j = model.columnName.firstIndex(of: columnName),
      model.columnKind[j] == .continuous, model.columnLower[j] == 1, model.columnUpper[j] == 1,
      !model.termColumn.contains(Int32(j))
    else { return model }
    var copy = model.keepingColumns((0..<model.variableCount).filter { $0 != j })
    copy.objectiveConstant += model.objectiveCoefficients[j]
    return copy
  }
}
