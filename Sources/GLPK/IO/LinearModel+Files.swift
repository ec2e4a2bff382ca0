import Foundation

extension LinearModel {
  /// Reads a model file (MPS, CPLEX LP or GLPK format).
  ///
  /// The format is guessed from the file name when `format` is nil. A free
  /// or fixed MPS file's `OBJSENSE` section is honoured.
  /// - Throws: ``GLPKError/io(path:message:)`` naming the file and, where
  ///   GLPK reports it, the line.
  /// A `.mps` file that is not valid free MPS is read again as fixed MPS;
  /// when both fail, the error of the reading that got further is reported.
  public init(contentsOf path: String, format: ModelFileFormat? = nil) throws(GLPKError) {
    guard let guessed = format ?? ModelFileFormat(path: path) else {
      throw .io(path: path, message: "unknown model file type; use .mps, .fixedmps, .lp, .glpk or .mod")
    }
    if format == nil && guessed == .freeMPS {
      do {
        self = try LinearModel(reading: path, format: .freeMPS)
      } catch {
        guard case .io = error else { throw error }
        do {
          self = try LinearModel(reading: path, format: .fixedMPS)
        } catch let fixedError {
          throw Self.mpsError(free: error, fixed: fixedError, path: path)
        }
      }
    } else {
      self = try LinearModel(reading: path, format: guessed)
    }
  }

  private init(reading path: String, format: ModelFileFormat) throws(GLPKError) {
    try Self.checkReadable(path)
    if path.lowercased().hasSuffix(".gz") && !path.hasSuffix(".gz") {
      throw .io(path: path, message: "GLPK decompresses only files ending in lower-case .gz; rename the file")
    }
    var readPath = path
    var sense: ObjectiveSense?
    var scratch: TemporaryDirectory?
    defer { scratch?.remove() }
    if (format == .freeMPS || format == .fixedMPS) && !path.hasSuffix(".gz") {
      // MPS is ASCII; comments may be in any 8-bit encoding (glpsol reads
      // them), so fall back to Latin-1, which maps every byte.
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .io(path: path, message: "cannot be read")
      }
      let encoding: String.Encoding = String(data: data, encoding: .utf8) != nil ? .utf8 : .isoLatin1
      guard let text = String(data: data, encoding: encoding) else {
        throw .io(path: path, message: "cannot be read as text")
      }
      let stripped = MPSObjectiveSense.strip(text)
      if let found = stripped.sense {
        let directory = try TemporaryDirectory()
        scratch = directory
        readPath = directory.path("model.mps")
        do {
          try stripped.text.write(toFile: readPath, atomically: false, encoding: encoding)
        } catch {
          throw .io(path: readPath, message: "cannot write a temporary file")
        }
        sense = found
      }
    }
    var model = try _Problem.withProblem { problem throws(GLPKError) in
      let code = try problem.read(format, from: readPath)
      if code != 0 {
        var message = Self.readFailure(problem.log, readPath: readPath, shownPath: path)
        if path.hasSuffix(".gz") && (format == .freeMPS || format == .fixedMPS) {
          message += " (if the file has an OBJSENSE section, decompress it first: ParkOpt reads OBJSENSE only from uncompressed files)"
        }
        throw .io(path: path, message: message)
      }
      return problem.extractModel()
    }
    if let sense { model.sense = sense }
    if format != .glpk { model = MPSObjectiveConstant.folded(model) }
    if format == .cplexLP && model.objectiveConstant == 0, let constant = Self.lpConstantComment(path) {
      model.objectiveConstant = constant
    }
    self = model
  }

  /// Writes the model in `format`. GLPK rewrites names that the format cannot
  /// hold (spaces, brackets), so names may differ when read back.
  ///
  /// In MPS and CPLEX LP the objective constant is a column `OBJCONST`
  /// fixed at 1 with the constant as its cost, which GLPK, HiGHS, CPLEX and
  /// CBC all read as the same objective (see ``MPSObjectiveConstant``);
  /// reading the file with this library folds it back into the constant.
  /// GLPK's own format keeps the constant as it is.
  public func write(to path: String, format: ModelFileFormat) throws(GLPKError) {
    let issues = validate()
    guard issues.isEmpty else { throw .invalidModel(issues) }
    // MathProg models carry the objective as a free row too; leave out free
    // rows named like the objective (they repeat it) from MPS. The constant
    // goes in a fixed column, which every MPS and LP reader reads the same
    // way (GLPK's LP writer would keep it only as a comment, which other
    // solvers skip).
    var written = format == .freeMPS || format == .fixedMPS ? withoutObjectiveRows() : self
    if format != .glpk { written = MPSObjectiveConstant.moved(into: written) }
    try _Problem.withProblem { problem throws(GLPKError) in
      try problem.load(written)
      let code = try problem.write(format, to: path)
      if code != 0 {
        throw .io(path: path, message: Self.readFailure(problem.log, readPath: path, shownPath: path))
      }
    }
    if sense == .maximize && (format == .freeMPS || format == .fixedMPS) && !path.hasSuffix(".gz") {
      do {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try MPSObjectiveSense.insertMaximize(into: text).write(toFile: path, atomically: false, encoding: .utf8)
      } catch {
        throw .io(path: path, message: "cannot record the objective sense: \(error.localizedDescription)")
      }
    }
  }

  /// The model without free rows named like the objective.
  func withoutObjectiveRows() -> LinearModel {
    guard let objectiveName,
      rowName.indices.contains(where: { rowName[$0] == objectiveName && !rowLower[$0].isFinite && !rowUpper[$0].isFinite })
    else { return self }
    var copy = self
    copy.rowStart = [0]; copy.termColumn = []; copy.termValue = []
    copy.rowLower = []; copy.rowUpper = []; copy.rowName = []
    for i in 0..<constraintCount
    where !(rowName[i] == objectiveName && !rowLower[i].isFinite && !rowUpper[i].isFinite) {
      let range = rowStart[i]..<rowStart[i + 1]
      copy.addConstraint(
        columns: Array(termColumn[range]), coefficients: Array(termValue[range]), lower: rowLower[i],
        upper: rowUpper[i], name: rowName[i])
    }
    return copy
  }

  /// GLPK's CPLEX LP writer keeps the objective constant only as a comment
  /// (`\* constant term = 1 *\`) and its reader cannot parse a constant, so
  /// the comment is read back here.
  static func lpConstantComment(_ path: String) -> Double? {
    guard !path.hasSuffix(".gz"), let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let marker = "\\* constant term = "
    for line in text.split(separator: "\n") where line.hasPrefix(marker) {
      let value = line.dropFirst(marker.count).split(separator: " ").first.flatMap { Double($0) }
      if let value { return value }
    }
    return nil
  }

  static func checkReadable(_ path: String) throws(GLPKError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .io(path: path, message: "no such file")
    }
    if isDirectory.boolValue { throw .io(path: path, message: "is a directory, not a file") }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .io(path: path, message: "not readable")
    }
  }

  /// The error to report when a `.mps` file fails as free and as fixed MPS:
  /// the fixed reading's first when it got past the line where the free one
  /// stopped (e.g. a fixed file without `ENDATA`: "unexpected end of file"),
  /// otherwise the free reading's; the other is named after it when it
  /// names a line.
  static func mpsError(free: GLPKError, fixed: GLPKError, path: String) -> GLPKError {
    guard case .io(_, let freeMessage) = free, case .io(_, let fixedMessage) = fixed else { return free }
    func line(_ message: String) -> Int? {
      guard message.hasPrefix(path + ":") else { return nil }
      return Int(message.dropFirst(path.count + 1).prefix { $0.isNumber })
    }
    // A fixed reading that names no line (the file is missing, unreadable)
    // adds nothing.
    guard let fixedLine = line(fixedMessage) else { return free }
    guard fixedLine > line(freeMessage) ?? 0 else {
      return .io(path: path, message: "\(freeMessage) (read as free MPS; as fixed MPS: \(fixedMessage))")
    }
    return .io(path: path, message: "\(fixedMessage) (read as fixed MPS; as free MPS: \(freeMessage))")
  }

  /// The useful lines of GLPK's log after a failed read or write.
  static func readFailure(_ log: String, readPath: String, shownPath: String) -> String {
    let lines = log.split(separator: "\n").map { $0.replacingOccurrences(of: readPath, with: shownPath) }
    // GLPK's reports look like "file:line: message"; keep those when present.
    let located = lines.filter { $0.hasPrefix(shownPath + ":") }
    let text = (located.isEmpty ? Array(lines.suffix(2)) : located).joined(separator: "; ")
    return text.isEmpty ? "GLPK could not process the file" : text
  }
}
