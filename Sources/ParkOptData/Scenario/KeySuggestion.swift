/// Finds the valid key (or value) a misspelt one most likely meant.
enum KeySuggestion {
  /// The entry of `candidates` nearest to `word`, when it is near enough to
  /// be a slip: case, `-` or space for `_`, or an edit distance of at most
  /// 1 (words of up to 3 letters), 2 (up to 6) or 3, and less than the
  /// candidate's length. Ties go to the earlier candidate.
  static func nearest(to word: String, among candidates: [String]) -> String? {
    let typed = normalised(word)
    let allowed = typed.count <= 3 ? 1 : typed.count <= 6 ? 2 : 3
    var best: (key: String, distance: Int)?
    for candidate in candidates {
      let target = normalised(candidate)
      let distance = editDistance(typed, target)
      if distance <= allowed, distance < target.count, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.key
  }

  /// Lower case, with `-` and spaces read as `_`.
  static func normalised(_ s: String) -> [Character] {
    s.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions
  /// and swaps of two neighbouring letters each count one.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
