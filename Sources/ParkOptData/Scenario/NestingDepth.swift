/// A bound on how deeply a YAML or JSON text nests, found without parsing it.
///
/// The YAML parser recurses once per level, so a file nested a few thousand
/// levels deep (`[[[[…`, or thousands of ever more indented lines) overflows
/// the stack and kills the process (measured: about 3,000 block levels or
/// 5,000 brackets). No library option limits it, so the text is checked
/// first: hand-written because it must run before any parser does.
///
/// The bound for a line is its flow depth (open `[` and `{` outside quotes and
/// comments, carried across lines) + twice its indentation in spaces (a block
/// level needs at least one more space than the level two above it) + the
/// `- ` markers that open it. It is never below the real depth, and a
/// scenario file written by hand stays far under ``limit``.
public enum NestingDepth {
  /// The largest bound accepted.
  public static let limit = 200

  /// The first line (1-based) whose bound exceeds ``limit``, with that bound;
  /// nil when none does.
  public static func firstTooDeep(in text: String) -> (line: Int, depth: Int)? {
    var flow = 0
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var indent = 0, dashes = 0, started = false, quote: Character? = nil, previous: Character = " "
      var deepest = 0
      for c in line {
        if !started {
          if c == " " { indent += 1; previous = c; continue }
          if c == "-" || c == "?" { dashes += 1; previous = c; continue }
          started = true
        }
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if c == "#" && (previous == " " || previous == "\t") {
          break
        } else if c == "[" || c == "{" {
          flow += 1
          deepest = max(deepest, flow)
        } else if c == "]" || c == "}" {
          flow = max(0, flow - 1)
        }
        previous = c
      }
      let depth = max(deepest, flow) + 2 * indent + dashes
      if depth > limit { return (lineNumber, depth) }
    }
    return nil
  }
}
