import Foundation
import ParkOptData

/// Writes a plan's files into a folder: `assignments.csv`, `parks.csv`,
/// `unplaced.csv`, `limit_values.csv`, `plan.json`, `report.html` and, when
/// parcels carry geometry, `parcels.geojson`. Same input, same bytes.
public struct PlanWriter {
  public let plan: AssignmentPlan
  public let landCase: LandCase
  public let language: PlanTables.Language

  public init(_ plan: AssignmentPlan, landCase: LandCase, language: PlanTables.Language = .en) {
    self.plan = plan
    self.landCase = landCase
    self.language = language
  }

  /// Every file name a plan may write (for ``ResultFolder``'s safety check).
  public static let fileNames: Set<String> = [
    "assignments.csv", "parks.csv", "unplaced.csv", "limit_values.csv", "plan.json", "parcels.geojson",
    "report.html",
  ]

  /// Every file name a plan of `landCase` may write: ``fileNames``, and
  /// `<relief name>.csv` when the case has relief.
  public static func fileNames(for landCase: LandCase) -> Set<String> {
    guard let relief = landCase.relief else { return fileNames }
    return fileNames.union(["\(relief.name).csv"])
  }

  /// Writes every file into `files` (committed by the caller).
  public func write(into files: inout ResultFolder) throws {
    let tables = PlanTables(plan, language: language)
    try files.save("assignments.csv", CSVText.render(tables.assignments))
    try files.save("parks.csv", CSVText.render(tables.parks))
    try files.save("unplaced.csv", CSVText.render(tables.unplaced))
    try files.save("limit_values.csv", CSVText.render(tables.limitValues))
    try files.save("plan.json", try json())
    if let relief = plan.relief, let rows = tables.reliefOptions {
      try files.save("\(relief.name).csv", CSVText.render(rows))
    }
    if let geo = try geoJSON() { try files.save("parcels.geojson", geo) }
    try files.save("report.html", try PlanReport(plan, landCase: landCase, language: language).html())
  }

  /// The whole plan as JSON (keys sorted, no timings), through
  /// ``PrettyJSON`` (the layout of `JSONSerialization`'s pretty-printed,
  /// sorted output, byte for byte): `JSONSerialization` took 9.6 s for the
  /// 30,102 green options of the 2,000-project case.
  public func json() throws -> String {
    try PrettyJSON.text(PlanJSON.object(plan)) + "\n"
  }

  /// Parcels with their assignment as a GeoJSON FeatureCollection; nil when
  /// no parcel has geometry.
  public func geoJSON() throws -> String? {
    let byParcel = Dictionary(plan.assignments.map { ($0.parcelID, $0) }, uniquingKeysWith: { a, _ in a })
    var features: [[String: Any]] = []
    for parcel in landCase.parcels {
      guard let wkt = parcel.wkt, let geometry = WKT.geoJSON(wkt) else { continue }
      var properties: [String: Any] = [
        "parcel": parcel.id, "park": parcel.parkID, "area_mu": parcel.areaMu, "zoning": parcel.zoning,
        "source": parcel.source.rawValue,
      ]
      if let a = byParcel[parcel.id] {
        properties["project"] = a.projectID
        properties["project_name"] = a.projectName
        properties["industry"] = a.industry
      }
      features.append(["type": "Feature", "geometry": geometry, "properties": properties])
    }
    guard !features.isEmpty else { return nil }
    let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
    let data = try JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
