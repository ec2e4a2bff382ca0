import ArgumentParser
import Foundation
import ParkOptServer

/// `parkopt-serve` (also started as `parkopt serve`): the local web page
/// that runs `parkopt` on a bundled example or an uploaded case.
@main
struct ServeMain: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parkopt-serve",
    abstract: "A local web page to run assign, evaluate, rank and size and view their reports.",
    discussion: """
      Binds 127.0.0.1 unless --host says otherwise (any other address is reachable from the network: \
      a warning is printed). Each run spawns the parkopt command line as a child process, so exit codes \
      and error texts are the CLI's. Stop the server with Ctrl-C.
      """)

  @Option(help: "The address to bind (default: 127.0.0.1, this machine only).")
  var host = "127.0.0.1"

  @Option(parsing: .unconditional, help: "The port (0: any free port; the address is printed).")
  var port = 8080

  @Option(help: ArgumentHelp("Where uploaded cases and past runs are kept (default: TMPDIR/parkopt-serve).", valueName: "dir"))
  var dataDir: String?

  @Option(parsing: .unconditional, help: "How many runs may run at the same time (1–64).")
  var jobs = 1

  @Option(parsing: .unconditional, help: "The largest upload (one request, and one uploaded case in all), in MB (1–10000).")
  var maxUploadMb = 50

  @Option(help: ArgumentHelp("The folder of bundled examples (default: ./Examples when present).", valueName: "dir"))
  var examples: String?

  @Option(help: ArgumentHelp("The parkopt executable to run (default: the one beside this program).", valueName: "path"))
  var parkopt: String?

  @Option(help: "The page's language, zh or en (default: zh; a visitor may switch with the link at the top).")
  var language = "zh"

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, not \(port)") }
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be 1–64, not \(jobs)") }
    guard ["zh", "en"].contains(language) else { throw ValidationError("--language must be zh or en, not \(language)") }
    guard (1...10_000).contains(maxUploadMb) else { throw ValidationError("--max-upload-mb must be 1–10000, not \(maxUploadMb)") }
  }

  func run() async throws {
    let fm = FileManager.default
    let executable = parkopt ?? Self.besideSelf("parkopt")
    guard fm.isExecutableFile(atPath: executable) else {
      throw ValidationError("no parkopt executable at \(executable) (build it: swift build --product parkopt, or give --parkopt)")
    }
    let examplesFolder = examples ?? (fm.fileExists(atPath: "Examples") ? "Examples" : nil)
    let data = dataDir.map { URL(fileURLWithPath: $0) }
      ?? fm.temporaryDirectory.appendingPathComponent("parkopt-serve", isDirectory: true)
    let settings = ServerSettings(
      host: host, port: port, dataDirectory: data.standardizedFileURL, jobs: jobs,
      uploadLimitBytes: maxUploadMb * 1_000_000, parkoptPath: URL(fileURLWithPath: executable).standardizedFileURL.path,
      examplesDirectory: examplesFolder.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL },
      language: language)
    if !ServerSettings.isLoopback(host) {
      FileHandle.standardError.write(Data("""
        parkopt serve: warning: listening on \(host), not on this machine only: anyone who can reach \
        this address can upload cases and start runs (no login).

        """.utf8))
    }
    let server = try ParkOptServer(settings: settings)
    let shownHost = host.contains(":") ? "[\(host)]" : host
    let app = server.application { port in
      let line = "parkopt serve: http://\(shownHost):\(port)/ (data in \(settings.dataDirectory.path); Ctrl-C stops)\n"
      FileHandle.standardOutput.write(Data(line.utf8))
    }
    try await app.runService()
    // Ctrl-C or SIGTERM: Hummingbird has shut down; stop the children too.
    await server.queue.terminateAll()
    throw ExitCode(130)
  }

  /// Runs the command; bad options exit with 2 (as `parkopt`'s do, not
  /// ArgumentParser's 64), any other failure (e.g. the port is taken) with 3.
  static func main() async {
    do {
      let command = try parse()
      try await command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success { print(message) } else if !message.isEmpty {
        FileHandle.standardError.write(Data("parkopt serve: \(message)\n".utf8))
      }
      if code == .success || code.rawValue == 130 { Foundation.exit(code.rawValue) }
      Foundation.exit(code == .validationFailure ? 2 : 3)
    }
  }

  /// The path of `name` in this executable's folder.
  static func besideSelf(_ name: String) -> String {
    let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    return me.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
  }
}
