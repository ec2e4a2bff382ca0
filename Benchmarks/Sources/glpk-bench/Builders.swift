import GLPK

/// The two ways the benchmark builds the same ``LinearModel``.
enum ModelBuilder {
  /// The bulk path: reserved storage, all columns in one call, each row
  /// added from its raw column indices and coefficients.
  static func bulk(_ lp: PackingLP) -> LinearModel {
    var model = LinearModel(name: "packing")
    model.reserveCapacity(variables: lp.columns, constraints: lp.rows, terms: lp.nonzeros)
    let x = model.addVariables(count: lp.columns, lowerBound: 0, upperBound: 1)
    model.setObjective(objective(lp, x), sense: .maximize)
    for i in 0..<lp.rows {
      model.addConstraint(
        columns: lp.rowColumns[i], coefficients: lp.rowCoefficients[i],
        lower: -.infinity, upper: lp.rhs[i])
    }
    return model
  }

  /// The expression path: each row accumulated term by term with
  /// ``LinearExpression/add(_:times:)`` and added as `expression <= rhs`.
  static func expressions(_ lp: PackingLP) -> LinearModel {
    var model = LinearModel(name: "packing")
    let x = model.addVariables(count: lp.columns, lowerBound: 0, upperBound: 1)
    model.setObjective(objective(lp, x), sense: .maximize)
    for i in 0..<lp.rows {
      let columns = lp.rowColumns[i], coefficients = lp.rowCoefficients[i]
      var row = LinearExpression(reservingCapacity: columns.count)
      for k in columns.indices { row.add(x[Int(columns[k])], times: coefficients[k]) }
      model.addConstraint(row <= lp.rhs[i])
    }
    return model
  }

  /// Σ cost[j]·x[j], built with the accumulator.
  private static func objective(_ lp: PackingLP, _ x: [Variable]) -> LinearExpression {
    var total = LinearExpression(reservingCapacity: lp.columns)
    for j in 0..<lp.columns { total.add(x[j], times: lp.cost[j]) }
    return total
  }
}
