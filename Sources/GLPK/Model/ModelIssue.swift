/// Something wrong with a model, found before GLPK sees it.
public struct ModelIssue: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is.
  public enum Location: Sendable, Equatable {
    case variable(Int, name: String?)
    case constraint(Int, name: String?)
    case objective
    case model
  }

  /// Where the problem is.
  public var location: Location
  /// What is wrong, in plain words.
  public var message: String

  public init(_ location: Location, _ message: String) {
    self.location = location
    self.message = message
  }

  public var description: String {
    switch location {
    case .variable(let j, let name): return "variable \(name.map { "'\($0)'" } ?? "#\(j + 1)"): \(message)"
    case .constraint(let i, let name): return "constraint \(name.map { "'\($0)'" } ?? "#\(i + 1)"): \(message)"
    case .objective: return "objective: \(message)"
    case .model: return message
    }
  }
}
