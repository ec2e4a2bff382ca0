import CGLPK
import CGLPKShims
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension _Problem {
  /// Loads a validated model in one guarded call: bounds turned into GLPK
  /// bound types, integer bounds rounded inward, duplicate terms merged, the
  /// whole matrix passed to one `glp_load_matrix`.
  func load(_ model: LinearModel) throws(GLPKError) {
    let m = model.constraintCount, n = model.variableCount

    var rowType = [Int32](repeating: 0, count: m + 1)
    var rowLower = [Double](repeating: 0, count: m + 1)
    var rowUpper = [Double](repeating: 0, count: m + 1)
    for i in 0..<m {
      (rowType[i + 1], rowLower[i + 1], rowUpper[i + 1]) = Self.boundType(model.rowLower[i], model.rowUpper[i])
    }
    var colType = [Int32](repeating: 0, count: n + 1)
    var colLower = [Double](repeating: 0, count: n + 1)
    var colUpper = [Double](repeating: 0, count: n + 1)
    var colKind = [Int32](repeating: GLP_CV, count: n + 1)
    var objective = [Double](repeating: 0, count: n + 1)
    objective[0] = model.objectiveConstant
    for j in 0..<n {
      var lower = model.columnLower[j], upper = model.columnUpper[j]
      if model.columnKind[j].isInteger {
        colKind[j + 1] = GLP_IV
        (lower, upper) = LinearModel.integerBounds(lower, upper)
      }
      (colType[j + 1], colLower[j + 1], colUpper[j + 1]) = Self.boundType(lower, upper)
      objective[j + 1] = model.objectiveCoefficients[j]
    }

    branchingPriority = []
    if !model.branchingPriorities.isEmpty {
      branchingPriority = [Int32](repeating: 0, count: n + 1)
      for (j, priority) in model.branchingPriorities where j < n { branchingPriority[j + 1] = priority }
    }
    let (ia, ja, ar) = Self.mergedTriplets(model)
    let rowNames = Self.cStrings(model.rowName)
    let colNames = Self.cStrings(model.columnName)
    defer {
      rowNames?.forEach { free($0) }
      colNames?.forEach { free($0) }
    }
    let problemName = model.name.map { strdup($0) } ?? nil
    defer { free(problemName) }

    let code: Int32 = rowType.withUnsafeBufferPointer { rowType in
      rowLower.withUnsafeBufferPointer { rowLower in
        rowUpper.withUnsafeBufferPointer { rowUpper in
          colType.withUnsafeBufferPointer { colType in
            colLower.withUnsafeBufferPointer { colLower in
              colUpper.withUnsafeBufferPointer { colUpper in
                colKind.withUnsafeBufferPointer { colKind in
                  objective.withUnsafeBufferPointer { objective in
                    ia.withUnsafeBufferPointer { ia in
                      ja.withUnsafeBufferPointer { ja in
                        ar.withUnsafeBufferPointer { ar in
                          Self.withOptionalPointers(rowNames) { rowNames in
                            Self.withOptionalPointers(colNames) { colNames in
                              var spec = pko_model(
                                rows: Int32(m), cols: Int32(n),
                                row_type: rowType.baseAddress, row_lb: rowLower.baseAddress,
                                row_ub: rowUpper.baseAddress,
                                col_type: colType.baseAddress, col_lb: colLower.baseAddress,
                                col_ub: colUpper.baseAddress, col_kind: colKind.baseAddress,
                                obj: objective.baseAddress,
                                obj_dir: model.sense == .maximize ? GLP_MAX : GLP_MIN,
                                ne: Int32(ia.count - 1),
                                ia: ia.baseAddress, ja: ja.baseAddress, ar: ar.baseAddress,
                                row_names: rowNames, col_names: colNames,
                                prob_name: UnsafePointer(problemName))
                              return pko_load(pointer, &spec)
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    _ = try check(code)
  }

  /// GLPK's bound type and values for `lower ≤ x ≤ upper`.
  static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
    switch (lower.isFinite, upper.isFinite) {
    case (false, false): return (GLP_FR, 0, 0)
    case (true, false): return (GLP_LO, lower, 0)
    case (false, true): return (GLP_UP, 0, upper)
    case (true, true): return lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
    }
  }

  /// 1-based triplets with duplicate (row, column) pairs summed, in one pass
  /// with a per-column marker (GLPK aborts on duplicates).
  ///
  /// The three arrays are allocated once at full size and filled in place
  /// (no per-element `append`), since at a million nonzeros this pass is a
  /// visible part of loading.
  static func mergedTriplets(_ model: LinearModel) -> ([Int32], [Int32], [Double]) {
    let capacity = model.termCount + 1
    var ia: [Int32] = [], ja: [Int32] = []
    var count = 0
    let ar = [Double](unsafeUninitializedCapacity: capacity) { ar, arCount in
      ia = [Int32](unsafeUninitializedCapacity: capacity) { ia, iaCount in
        ja = [Int32](unsafeUninitializedCapacity: capacity) { ja, jaCount in
          count = fillMergedTriplets(model, ia: ia, ja: ja, ar: ar)
          jaCount = count
        }
        iaCount = count
      }
      arCount = count
    }
    return (ia, ja, ar)
  }

  /// Writes the merged triplets into buffers of `termCount + 1` slots (slot 0
  /// is GLPK's unused one) and returns how many slots were written.
  private static func fillMergedTriplets(
    _ model: LinearModel, ia: UnsafeMutableBufferPointer<Int32>,
    ja: UnsafeMutableBufferPointer<Int32>, ar: UnsafeMutableBufferPointer<Double>
  ) -> Int {
    ia[0] = 0; ja[0] = 0; ar[0] = 0
    var next = 1
    // position[j]: the slot of column j's term in the current row, valid
    // only when it is at or after the row's first slot (slots only grow, so
    // a mark left by an earlier row is always smaller).
    var position = [Int](repeating: 0, count: model.variableCount)
    position.withUnsafeMutableBufferPointer { position in
      model.rowStart.withUnsafeBufferPointer { rowStart in
        model.termColumn.withUnsafeBufferPointer { columns in
          model.termValue.withUnsafeBufferPointer { values in
            for i in 0..<model.constraintCount {
              let row = Int32(truncatingIfNeeded: i + 1)
              let first = next
              for k in rowStart[i]..<rowStart[i + 1] {
                let j = Int(columns[k])
                let p = position[j]
                if p >= first {
                  ar[p] += values[k]
                } else {
                  position[j] = next
                  ia[next] = row
                  ja[next] = Int32(truncatingIfNeeded: j + 1)
                  ar[next] = values[k]
                  next += 1
                }
              }
            }
          }
        }
      }
    }
    return next
  }

  /// 1-based C strings (slot 0 nil), or nil when no element has a name.
  static func cStrings(_ names: [String?]) -> [UnsafeMutablePointer<CChar>?]? {
    guard names.contains(where: { $0 != nil }) else { return nil }
    var result: [UnsafeMutablePointer<CChar>?] = [nil]
    result.reserveCapacity(names.count + 1)
    for name in names { result.append(name.map { strdup($0) } ?? nil) }
    return result
  }

  static func withOptionalPointers<R>(
    _ strings: [UnsafeMutablePointer<CChar>?]?,
    _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R
  ) -> R {
    guard let strings else { return body(nil) }
    let constant = strings.map { UnsafePointer($0) }
    return constant.withUnsafeBufferPointer { body($0.baseAddress) }
  }
}
