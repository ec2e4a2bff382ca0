import Foundation

/// How many processors this process may run on.
///
/// `ProcessInfo.activeProcessorCount` counts the machine's online
/// processors, not those the process is allowed: under Slurm (a cpuset of
/// the job's CPUs) or `taskset -c 0` it still says 2 on a 2-core machine
/// (measured 2026-11-29), so parallel work would put two threads on one CPU.
/// On Linux this reads the allowed set from `/proc/self/status`
/// (`Cpus_allowed_list`); Foundation has no call for it.
public enum AvailableProcessors {
  /// The processors this process may run on (at least 1, at most
  /// `activeProcessorCount`).
  public static let count: Int = {
    let online = max(1, ProcessInfo.processInfo.activeProcessorCount)
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }),
      let allowed = cpuCount(list: String(line.dropFirst("Cpus_allowed_list:".count)))
    else { return online }
    return min(online, max(1, allowed))
  }()

  /// The number of CPUs in a Linux CPU list such as `0-3,8,10-11` (7); nil
  /// when the text is not such a list.
  public static func cpuCount(list: String) -> Int? {
    var total = 0
    for part in list.trimmingCharacters(in: .whitespaces).split(separator: ",") {
      let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(bounds.count), let first = Int(bounds[0]), first >= 0 else { return nil }
      let last = bounds.count == 2 ? Int(bounds[1]) : first
      guard let last, last >= first else { return nil }
      total += last - first + 1
    }
    return total > 0 ? total : nil
  }
}
