import Hummingbird

/// A request the server refuses, with the HTTP status and the message shown.
public struct ServerError: Error, Sendable, CustomStringConvertible {
  public var status: HTTPResponse.Status
  public var message: String

  /// An error; 400 (bad request) unless said otherwise.
  public init(_ message: String, status: HTTPResponse.Status = .badRequest) {
    self.message = message
    self.status = status
  }

  public var description: String { message }
}
