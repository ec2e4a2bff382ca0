import ParkOptData
import StandardLand

/// The sites of every project ranked, and the demand on each park.
public struct Ranking: Sendable {
  public let landCase: LandCase
  public let weights: RankWeights
  /// How many sites per project count as its top (`--top K`).
  public let topK: Int
  /// Per ranked project (in case order): its sites in rank order.
  public let projects: [(project: Int, sites: [Site])]
  /// One per park, in case order.
  public let parks: [ParkDemand]

  /// Ranks `projects` (indices; nil: all) of `landCase`, spreading them over
  /// `threads` threads; the result does not depend on the thread count.
  /// With `detail` ``SiteRanker/Detail/eligibleOnly`` each project keeps its
  /// eligible sites only: the same first sites, top K, ``parks`` and
  /// ``eligibleNowhere``, without the ineligible sites' explanations.
  ///
  /// The eligible parcels (what quotas and weights do not change) come
  /// from ``EligibleParcelsCache`` when the last ranking in this process had
  /// the same ``EligibilityInputs``; `reuse` false finds them afresh.
  public init(
    _ landCase: LandCase, weights: RankWeights = RankWeights(), topK: Int = 3, projects: [Int]? = nil,
    threads: Int = 1, detail: SiteRanker.Detail = .all, reuse: Bool = true
  ) {
    let ranker = SiteRanker(landCase, weights: weights, reuse: reuse)
    let chosen = projects ?? Array(landCase.projects.indices)
    let eligible = EligibleParcelsCache.shared.eligible(ranker, projects: chosen, threads: threads, reuse: reuse)
    let chunk = 64
    let chunks = (chosen.count + chunk - 1) / chunk
    let parts = ParallelJobs(threads: threads).map(chunks) { (c: Int) -> [[Site]] in
      ((c * chunk)..<min(chosen.count, (c + 1) * chunk)).map {
        ranker.sites(project: chosen[$0], eligible: eligible[$0], detail: detail)
      }
    }
    self.landCase = landCase
    self.weights = weights
    self.topK = topK
    self.projects = Array(zip(chosen, parts.joined()).map { (project: $0.0, sites: $0.1) })
    parks = ParkDemand.tally(self.projects.map(\.sites), landCase: landCase, topK: topK)
  }

  /// The top sites of a project: its first `topK` eligible ones.
  public func top(_ sites: [Site]) -> ArraySlice<Site> {
    sites.prefix { $0.eligible }.prefix(topK)
  }

  /// Projects with no eligible site.
  public var eligibleNowhere: Int { projects.filter { $0.sites.first?.eligible != true }.count }
}
