/// One distinct sizing LP: a load shape, at a park's site and costs, at a
/// green-share level. Every project of that shape in that park shares it.
public struct UnitKey: Hashable, Sendable {
  public var shape: LoadShape
  public var parkID: String
  public var level: Double

  public init(shape: LoadShape, parkID: String, level: Double) {
    self.shape = shape
    self.parkID = parkID
    self.level = level
  }
}
