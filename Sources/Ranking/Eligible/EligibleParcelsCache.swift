import Foundation
import ParkOptData

/// The eligible parcels of the last case ranked in this process, kept so a
/// sweep that changes only quotas, 增存挂钩 ratios or weights
/// (`parkopt batch run --in-process`) finds them once: a ranking whose
/// ``EligibilityInputs`` equal the kept ones re-uses them, any other
/// replaces them. Equality is the whole test, so re-use cannot change an
/// answer (`EligibleParcelsCacheTests`).
final class EligibleParcelsCache: @unchecked Sendable {
  static let shared = EligibleParcelsCache()

  private let lock = NSLock()
  private var inputs: EligibilityInputs?
  private var keptBasis: RankBasis?
  /// Per project of the case: its eligible parcels, once found.
  private var table: [EligibleParcels?] = []

  /// The basis of a case with eligibility inputs `key`: the kept one when
  /// the keys are equal, else a new one, kept instead (with no eligible
  /// parcels yet).
  func basis(_ key: EligibilityInputs) -> RankBasis {
    lock.lock()
    if inputs == key, let keptBasis {
      lock.unlock()
      return keptBasis
    }
    lock.unlock()
    let basis = RankBasis(key.landCase)
    lock.lock()
    if inputs != key {
      inputs = key
      keptBasis = basis
      table = Array(repeating: nil, count: key.landCase.projects.count)
    }
    lock.unlock()
    return basis
  }

  /// The eligible parcels of `projects` under `ranker`, found on `threads`
  /// threads where not kept; with `reuse` false, found afresh and not kept.
  func eligible(_ ranker: SiteRanker, projects: [Int], threads: Int, reuse: Bool) -> [EligibleParcels] {
    let key = ranker.inputs
    var known: [EligibleParcels?] = Array(repeating: nil, count: ranker.landCase.projects.count)
    if reuse {
      lock.lock()
      if inputs == key { known = table }
      lock.unlock()
    }
    let missing = projects.filter { known[$0] == nil }
    let chunk = 64
    let found = ParallelJobs(threads: threads).map((missing.count + chunk - 1) / chunk) { c in
      missing[(c * chunk)..<min(missing.count, (c + 1) * chunk)].map { ranker.eligible(project: $0) }
    }
    for (j, e) in zip(missing, found.joined()) { known[j] = e }
    if reuse && !missing.isEmpty {
      lock.lock()
      if inputs == key {
        for j in missing where table[j] == nil { table[j] = known[j] }
      } else {
        inputs = key
        keptBasis = ranker.basis
        table = known
      }
      lock.unlock()
    }
    return projects.map { known[$0]! }  // every project missing above was found
  }
}
