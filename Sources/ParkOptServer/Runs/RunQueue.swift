import Foundation

/// The server's runs: a queue with a concurrency limit, the children that
/// run, cancelling, and each run's state kept in `DATA/runs/ID/`.
public actor RunQueue {
  let runsDirectory: URL
  let parkoptPath: String
  let limit: Int
  private var runs: [String: ServedRun] = [:]
  private var waiting: [String] = []
  private var children: [String: ChildRun] = [:]
  private var cancelRequested: Set<String> = []
  private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

  /// A queue over `DATA/runs`; runs left queued or running by an earlier
  /// server are marked interrupted.
  public init(settings: ServerSettings) {
    runsDirectory = settings.dataDirectory.appendingPathComponent("runs", isDirectory: true)
    parkoptPath = settings.parkoptPath
    limit = max(1, settings.jobs)
    let fm = FileManager.default
    for id in (try? fm.contentsOfDirectory(atPath: runsDirectory.path)) ?? [] where Self.isID(id) {
      let file = runsDirectory.appendingPathComponent(id).appendingPathComponent("run-state.json")
      guard let data = try? Data(contentsOf: file), var run = try? JSONDecoder().decode(ServedRun.self, from: data) else { continue }
      if !run.isOver {
        run.state = .interrupted
        try? Self.encoder.encode(run).write(to: file, options: .atomic)
      }
      runs[id] = run
    }
  }

  /// Every run, newest first.
  public func all() -> [ServedRun] { runs.values.sorted { $0.id > $1.id } }

  /// The run with this id.
  public func run(_ id: String) -> ServedRun? { runs[id] }

  /// The run's folder (`results/`, `stdout.txt`, `stderr.txt`, `run-state.json`).
  public nonisolated func folder(_ id: String) -> URL { runsDirectory.appendingPathComponent(id, isDirectory: true) }

  /// Queues a run of `options` on the case; it starts when a slot is free.
  /// The form's scenario values are checked first: a value the command
  /// would refuse is refused here, and no run is made.
  public func submit(_ options: RunOptions, case theCase: CaseStore.Case) throws -> ServedRun {
    let preparation = try RunPreparation(options, caseFolder: theCase.folder)
    let fm = FileManager.default
    try fm.createDirectory(at: runsDirectory, withIntermediateDirectories: true)
    let existing = (try? fm.contentsOfDirectory(atPath: runsDirectory.path)) ?? []
    var number = (existing.compactMap { Self.isID($0) ? Int($0.dropFirst(4)) : nil }.max() ?? 0) + 1
    while (try? fm.createDirectory(at: folder(Self.id(number)), withIntermediateDirectories: false)) == nil { number += 1 }
    let id = Self.id(number)
    let arguments: [String]
    do {
      let prepared = try preparation.write(into: folder(id))
      arguments = try options.arguments(
        caseFolder: theCase.folder, output: folder(id).appendingPathComponent("results"), prepared: prepared)
    } catch {
      try? fm.removeItem(at: folder(id))
      throw error
    }
    let run = ServedRun(
      id: id, options: options, caseTitle: theCase.title, commandLine: ["parkopt"] + arguments, state: .queued,
      exitCode: nil, queuedAt: Date().timeIntervalSince1970, startedAt: nil, endedAt: nil)
    save(run)
    waiting.append(id)
    startWaiting()
    return runs[id] ?? run
  }

  /// Cancels a run: a queued run never starts, a running child gets SIGTERM.
  public func cancel(_ id: String) throws {
    guard var run = runs[id] else { throw ServerError("no run \"\(id)\"", status: .notFound) }
    switch run.state {
    case .queued:
      waiting.removeAll { $0 == id }
      run.state = .cancelled
      run.endedAt = Date().timeIntervalSince1970
      save(run)
      resume(id)
    case .running:
      cancelRequested.insert(id)
      children[id]?.terminate()
    default: break
    }
  }

  /// Sends SIGTERM to every running child (the server is stopping).
  public func terminateAll() {
    for (id, child) in children {
      cancelRequested.insert(id)
      child.terminate()
    }
  }

  /// Waits until the run is over (for tests and the browser script's API use).
  public func waitUntilOver(_ id: String) async {
    guard let run = runs[id], !run.isOver else { return }
    await withCheckedContinuation { waiters[id, default: []].append($0) }
  }

  private func startWaiting() {
    while children.count < limit, !waiting.isEmpty {
      let id = waiting.removeFirst()
      guard var run = runs[id] else { continue }
      let arguments = Array(run.commandLine.dropFirst())
      run.startedAt = Date().timeIntervalSince1970
      do {
        let child = try ChildRun(executable: parkoptPath, arguments: arguments, folder: folder(id)) { [weak self] code in
          Task { await self?.finished(id, code: code) }
        }
        children[id] = child
        run.state = .running
        save(run)
      } catch {
        try? Data("parkopt-serve: could not start \(parkoptPath): \(error)\n".utf8)
          .write(to: folder(id).appendingPathComponent("stderr.txt"))
        run.state = .failedToStart
        run.endedAt = run.startedAt
        save(run)
        resume(id)
      }
    }
  }

  private func finished(_ id: String, code: Int32) {
    children[id] = nil
    if var run = runs[id] {
      run.exitCode = code
      run.endedAt = Date().timeIntervalSince1970
      run.state = cancelRequested.contains(id) ? .cancelled : .finished
      save(run)
    }
    cancelRequested.remove(id)
    resume(id)
    startWaiting()
  }

  private func resume(_ id: String) {
    for waiter in waiters.removeValue(forKey: id) ?? [] { waiter.resume() }
  }

  private func save(_ run: ServedRun) {
    runs[run.id] = run
    let file = folder(run.id).appendingPathComponent("run-state.json")
    try? Self.encoder.encode(run).write(to: file, options: .atomic)
  }

  static let encoder: JSONEncoder = {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys]
    return e
  }()

  static func id(_ number: Int) -> String { "run-" + String(format: "%04d", number) }

  /// Whether `s` is a run id (`run-` and digits).
  public static func isID(_ s: String) -> Bool {
    s.hasPrefix("run-") && s.count > 4 && s.dropFirst(4).allSatisfy { $0.isASCII && $0.isNumber }
  }
}
