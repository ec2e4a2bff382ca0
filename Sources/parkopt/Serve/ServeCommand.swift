import ArgumentParser
import Foundation

/// `parkopt serve`: starts `parkopt-serve`, the local web page, from the
/// same folder as this executable (a product of its own, so that building
/// `parkopt` does not build the web server).
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Start the local web page (parkopt-serve): run assign, evaluate, rank and size in a browser.",
    discussion: """
      Runs parkopt-serve from this executable's folder with the same options (build it with \
      swift build --product parkopt-serve). Binds 127.0.0.1 unless --host says otherwise.
      """)

  @Option(help: "The address to bind (default: 127.0.0.1, this machine only).")
  var host: String?

  @Option(parsing: .unconditional, help: "The port (0: any free port; the address is printed).")
  var port: Int?

  @Option(help: ArgumentHelp("Where uploaded cases and past runs are kept (default: TMPDIR/parkopt-serve).", valueName: "dir"))
  var dataDir: String?

  @Option(parsing: .unconditional, help: "How many runs may run at the same time (1–64, default 1).")
  var jobs: Int?

  @Option(parsing: .unconditional, help: "The largest upload, in MB (1–10000, default 50).")
  var maxUploadMb: Int?

  @Option(help: ArgumentHelp("The folder of bundled examples (default: ./Examples when present).", valueName: "dir"))
  var examples: String?

  @Option(help: "The page's language, zh or en (default: zh).")
  var language: String?

  func run() throws {
    let me = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    let server = me.deletingLastPathComponent().appendingPathComponent("parkopt-serve").path
    guard FileManager.default.isExecutableFile(atPath: server) else {
      // A server that cannot start: 3, as when its port is taken.
      throw CommandFailure(
        "no parkopt-serve beside \(me.path): build it with swift build --product parkopt-serve", code: .solverFailure)
    }
    var args = [server, "--parkopt", me.path]
    if let host { args += ["--host", host] }
    if let port { args += ["--port", String(port)] }
    if let dataDir { args += ["--data-dir", dataDir] }
    if let jobs { args += ["--jobs", String(jobs)] }
    if let maxUploadMb { args += ["--max-upload-mb", String(maxUploadMb)] }
    if let examples { args += ["--examples", examples] }
    if let language { args += ["--language", language] }
    // Replace this process: signals (Ctrl-C) and the exit code are the server's.
    var cArgs = args.map { strdup($0) } + [nil]
    execv(server, &cArgs)
    throw CommandFailure("could not start \(server): \(String(cString: strerror(errno)))", code: .solverFailure)
  }
}
