/// A table for a report page: a header and rows of cells, each plain text
/// (escaped when rendered) or trusted inline HTML/SVG made by this toolkit
/// (e.g. a ``UsageBar``).
public struct ReportTable: Sendable {
  /// One table cell.
  public enum Cell: Sendable, ExpressibleByStringLiteral {
    case text(String)
    /// Right-aligned text (numbers).
    case number(String)
    /// Inline HTML/SVG, inserted as it is.
    case html(String)

    public init(stringLiteral value: String) { self = .text(value) }
  }

  public var header: [String]
  public var rows: [[Cell]]
  /// The fragment id of each row (for links from a map); "" for none.
  public var rowAnchors: [String]

  /// A table; `rowAnchors`, when given, has one entry per row.
  public init(header: [String], rows: [[Cell]], rowAnchors: [String] = []) {
    self.header = header
    self.rows = rows
    self.rowAnchors = rowAnchors
  }

  /// The Mustache context (see ``ReportPage``).
  var context: [String: Any] {
    [
      "header": header,
      "rows": rows.enumerated().map { k, row -> [String: Any] in
        let anchor = k < rowAnchors.count ? rowAnchors[k] : ""
        return [
          "anchor": anchor.isEmpty ? false : anchor as Any,
          "cells": row.map { cell -> [String: Any] in
            switch cell {
            case .text(let t): return ["text": t, "number": false, "html": false]
            case .number(let t): return ["text": t, "number": true, "html": false]
            case .html(let h): return ["text": "", "number": false, "html": h]
            }
          },
        ]
      },
    ]
  }
}
