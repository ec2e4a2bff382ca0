// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ParkOpt",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "GLPK", targets: ["GLPK"]),
    .executable(name: "parkopt", targets: ["parkopt"]),
    .executable(name: "parkopt-serve", targets: ["parkopt-serve"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // MARK: - GLPK binding
    .systemLibrary(
      name: "CGLPK",
      providers: [.apt(["libglpk-dev"])]),
    .target(
      name: "CGLPKShims",
      dependencies: ["CGLPK"]),
    .target(
      name: "GLPK",
      dependencies: ["CGLPK", "CGLPKShims"]),

    // MARK: - Input and output
    .target(
      name: "ParkOptData",
      dependencies: [
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        "Yams",
      ]),

    // MARK: - Reports (HTML pages, SVG charts and maps)
    .target(
      name: "ReportKit",
      dependencies: [.product(name: "Mustache", package: "swift-mustache")]),

    // MARK: - Domain models
    .target(
      name: "StandardLand",
      dependencies: ["GLPK", "ParkOptData", "ReportKit", "Yams"]),
    .target(
      name: "BenefitEvaluation",
      dependencies: ["GLPK", "ParkOptData", "ReportKit", "Yams"]),
    .target(
      name: "GreenPower",
      dependencies: ["GLPK", "ParkOptData", "ReportKit", "Yams"]),
    .target(
      name: "Placement",
      dependencies: ["StandardLand", "GreenPower", "GLPK", "ParkOptData"]),
    .target(
      name: "Ranking",
      dependencies: ["StandardLand", "ParkOptData", "ReportKit"]),

    // MARK: - Batch runs (`parkopt batch`: manifests, run folders, merge)
    .target(
      name: "BatchRuns",
      dependencies: ["ParkOptData", "Yams"]),

    // MARK: - Command-line tool
    .executableTarget(
      name: "parkopt",
      dependencies: [
        "GLPK",
        "ParkOptData",
        "StandardLand",
        "BenefitEvaluation",
        "GreenPower",
        "Placement",
        "Ranking",
        "BatchRuns",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: - Local web server (`parkopt serve`, its own product: README "parkopt serve")
    .target(
      name: "ParkOptServer",
      dependencies: [
        "ReportKit",
        // The form's scenario values: batch's case preparation, checked by the commands' own readers.
        "BatchRuns", "ParkOptData", "StandardLand", "GreenPower", "BenefitEvaluation", "Ranking", "Yams",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .executableTarget(
      name: "parkopt-serve",
      dependencies: [
        "ParkOptServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: - Benchmarks (run on demand, see Benchmarks/README.md)
    .executableTarget(
      name: "glpk-bench",
      dependencies: ["GLPK", "CGLPK"],
      path: "Benchmarks/Sources/glpk-bench"),
    .executableTarget(
      name: "glpk-bench-c",
      dependencies: ["CGLPK"],
      path: "Benchmarks/Sources/glpk-bench-c",
      linkerSettings: [.linkedLibrary("glpk")]),

    // MARK: - Tests
    // What several test targets share: repository paths, running another
    // program, glpsol and HiGHS as independent references.
    .target(
      name: "ParkOptTestSupport",
      path: "Tests/Support"),
    .testTarget(
      name: "GLPKTests",
      dependencies: ["ParkOptTestSupport", "GLPK", "CGLPKShims"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ParkOptDataTests",
      dependencies: ["ParkOptTestSupport", "ParkOptData"]),
    .testTarget(
      name: "StandardLandTests",
      dependencies: ["ParkOptTestSupport", "StandardLand", "GLPK", "ParkOptData"]),
    .testTarget(
      name: "BenefitEvaluationTests",
      dependencies: ["ParkOptTestSupport", "BenefitEvaluation", "StandardLand", "GLPK", "ParkOptData"],
      exclude: ["Fixtures"]),  // read from the source tree (#filePath), not bundled
    .testTarget(
      name: "GreenPowerTests",
      dependencies: ["ParkOptTestSupport", "GreenPower", "GLPK", "ParkOptData"],
      exclude: ["Fixtures"]),  // read from the source tree (RepositoryPaths), not bundled
    .testTarget(
      name: "ReportKitTests",
      dependencies: ["ReportKit"]),
    .testTarget(
      name: "PlacementTests",
      dependencies: ["ParkOptTestSupport", "Placement", "StandardLand", "GreenPower", "ParkOptData"]),
    .testTarget(
      name: "RankingTests",
      dependencies: ["ParkOptTestSupport", "Ranking", "StandardLand", "ParkOptData"]),
    .testTarget(
      name: "BatchRunsTests",
      dependencies: ["ParkOptTestSupport", "BatchRuns", "ParkOptData"]),
    .testTarget(
      name: "ParkOptServerTests",
      dependencies: [
        "ParkOptTestSupport",
        "ParkOptServer",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(
      name: "ParkOptCLITests",
      dependencies: ["ParkOptTestSupport", "parkopt", "ParkOptData"]),
  ]
)
