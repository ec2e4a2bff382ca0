import Foundation
import ParkOptTestSupport

/// A tiny land case with green inputs in a scratch folder: two parks, one
/// parcel each, two projects; tests change one file to make it bad.
struct GreenCaseFolder {
  let path: String
  var files: [String: String] = [
    "parks.csv": "id,energy_quota_tce,carbon_quota_t,new_land_quota_mu,primary_industries\nA,1000,5000,100,tools\nB,1000,,100,tools\n",
    "parcels.csv": "id,park,area_mu,zoning,source\nA-1,A,50,M1,new\nB-1,B,50,M1,new\n",
    "projects.csv": "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,carbon_t,zoning,electricity_mwh,load_shape,green_power\n"
      + "P1,tools,10,60,1000,2000,100,500,200,900,M1,1000,continuous,allowed\n"
      + "P2,tools,10,60,1000,2000,100,500,100,300,M1,,two_shift,required\n"
      + "P3,tools,10,60,1000,2000,100,500,100,300,M1,,one_shift,no\n",
    "green_parks.csv": "park,latitude,longitude,green_land_mu,roof_mu\nA,25.0,102.7,300,20\nB,25.1,102.8,0,50\n",
  ]

  init() {
    path = Scratch.path("green").path
  }

  /// Writes the files (and any folders their names need).
  func write() throws -> String {
    for (name, text) in files {
      let file = (path as NSString).appendingPathComponent(name)
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
    return path
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
