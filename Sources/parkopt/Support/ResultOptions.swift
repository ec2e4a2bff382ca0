import ArgumentParser

/// `--language` values of the domain commands: the result files' column
/// headers in English or Chinese.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
  case en, zh
}

/// `--format` values of the domain commands: what is printed, a text
/// summary or the whole result as JSON.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
