import ParkOptData

extension GreenPowerCaseLoader {
  /// Reads an hourly resource table in `size`'s format (capacity factors
  /// `pv`, optional `pv_rooftop`, `wind`) that must have `hours` rows, for
  /// callers that build their own cases.
  public static func resource(path: String, hours: Int) throws(DataErrors)
    -> (pv: [Double], pvRooftop: [Double], wind: [Double])
  {
    let result = ResourceReader.read(try CSVTable(contentsOf: path), hours: hours)
    guard result.issues.isEmpty else { throw DataErrors(result.issues) }
    return (result.pv, result.pvRooftop, result.wind)
  }
}
