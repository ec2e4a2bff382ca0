import Foundation
import ParkOptData
import Testing

@Suite struct PrettyJSONTests {
  /// JSONSerialization's text for the same value (the layout PrettyJSON promises).
  private func reference(_ value: Any) throws -> String {
    let data = try JSONSerialization.data(
      withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func sameBytesAsJSONSerialization() throws {
    let value: [String: Any] = [
      "top_k": 5, "ignores_competition": true, "flag": false,
      "weights": ["b_weight": 0.05, "a_weight": 0.3, "whole": 2.0, "negative": -1.5],
      "projects": [
        ["project_id": "P1", "eligible_sites": 0, "top": [Any]()],
        ["project_id": "项目 2", "eligible_sites": 1, "top": [["park": "安宁", "score": "0.5"]]],
      ],
      "empty": [String: Any](), "path": "a/b", "quote": "say \"hi\"\\ now\nnext\ttab",
      "z_last": [1, 2, 3], "A_upper": "x", "a_lower": "y", "a_b": "u", "ab": "v",
    ]
    #expect(try PrettyJSON.text(value) == reference(value))
  }

  @Test func unsupportedValuesAreErrors() {
    #expect(throws: PrettyJSON.UnsupportedValue.self) { try PrettyJSON.text(["date": Date()]) }
    #expect(throws: PrettyJSON.UnsupportedValue.self) { try PrettyJSON.text(["x": Double.nan]) }
  }
}
