import Foundation
import ParkOptData

/// Parcels and standards from files outside the case folder: the way back
/// from `parkopt evaluate` (its `parcels.csv` of low-efficiency stock land
/// and its `standards.csv` of thresholds from existing firms).
extension LandCaseLoader {
  /// The parcels of each file in `paths`, in order, after the case's own.
  /// A parcel whose id is already used (in the case or an earlier file) or
  /// whose park is not in the case's `parks.csv` (a row with a bad cell
  /// counts, ``ParkReferences``) is an issue naming both places.
  static func addedParcels(
    _ paths: [String], to own: Parsed<Parcel>, parks: ParkReferences, issues: inout [DataIssue]
  ) -> [Parcel] {
    var seen: [String: (file: String, row: Int, source: Int)] = [:]
    for (parcel, row) in zip(own.values, own.rows) where seen[parcel.id] == nil {
      seen[parcel.id] = (own.file, row, -1)
    }
    var added: [Parcel] = []
    for (source, path) in paths.enumerated() {
      let parsed: Parsed<Parcel>
      do {
        parsed = LandRows.parcels(TableReader(try CSVTable(contentsOf: path), schema: LandSchemas.parcels))
      } catch {
        issues.append(contentsOf: error.issues)
        continue
      }
      issues.append(contentsOf: parsed.issues)
      for (parcel, row) in zip(parsed.values, parsed.rows) {
        if let first = seen[parcel.id] {
          // A repeat within one file is already reported by the row reader.
          if first.source != source {
            issues.append(DataIssue(
              file: path, row: row, column: parsed.column("id"),
              message: "parcel '\(parcel.id)' is already in \(first.file) (row \(first.row)); parcel ids must be unique"))
          }
          continue
        }
        seen[parcel.id] = (path, row, source)
        guard parks.ids.contains(parcel.parkID) else {
          issues.append(DataIssue(
            file: path, row: row, column: parsed.column("park"), message: "park '\(parcel.parkID)' is not in \(parks.file)"))
          continue
        }
        added.append(parcel)
      }
    }
    return added
  }

  /// The standards rows of `path`, or nil (with issues) when it cannot be
  /// read. Unlike the case's `standards.csv`, it may name parks the case
  /// does not have: `evaluate` writes a row for every park of its firm
  /// table, and rows for other parks are simply not used.
  static func extraStandards(_ path: String, issues: inout [DataIssue]) -> [Standard]? {
    do {
      let parsed = LandRows.standards(TableReader(try CSVTable(contentsOf: path), schema: LandSchemas.standards))
      issues.append(contentsOf: parsed.issues)
      return parsed.issues.isEmpty ? parsed.values : nil
    } catch {
      issues.append(contentsOf: error.issues)
      return nil
    }
  }

  /// `extra` layered over `base`, never looser: for each row of `extra` and
  /// each indicator it gives, the threshold for that park and industry
  /// becomes the stricter (higher minimum, lower maximum) of its value and
  /// the one `base` gives there (its most specific row setting that
  /// indicator). The result has one row per park and industry: `base`'s row
  /// with those cells tightened, or a new row.
  public static func layered(_ extra: [Standard], over base: [Standard]) -> [Standard] {
    var result = base
    for row in extra {
      let ranked = base
        .compactMap { s in s.specificity(park: row.park, industry: row.industry).map { (s, $0) } }
        .sorted { $0.1 > $1.1 }
      func stricter(_ value: KeyPath<Standard, Double?>, lowerIsStricter: Bool = false) -> Double? {
        guard let given = row[keyPath: value] else { return nil }
        guard let current = ranked.lazy.compactMap({ $0.0[keyPath: value] }).first else { return given }
        return lowerIsStricter ? min(given, current) : max(given, current)
      }
      let index = result.firstIndex { $0.park == row.park && $0.industry == row.industry }
      var merged = index.map { result[$0] } ?? Standard(park: row.park, industry: row.industry)
      merged.minInvestmentIntensity = stricter(\.minInvestmentIntensity) ?? merged.minInvestmentIntensity
      merged.minTaxPerMu = stricter(\.minTaxPerMu) ?? merged.minTaxPerMu
      merged.minRevenuePerMu = stricter(\.minRevenuePerMu) ?? merged.minRevenuePerMu
      merged.maxEnergyPerValueAdded = stricter(\.maxEnergyPerValueAdded, lowerIsStricter: true)
        ?? merged.maxEnergyPerValueAdded
      merged.minFloorAreaRatio = stricter(\.minFloorAreaRatio) ?? merged.minFloorAreaRatio
      if let index { result[index] = merged } else { result.append(merged) }
    }
    return result
  }
}
