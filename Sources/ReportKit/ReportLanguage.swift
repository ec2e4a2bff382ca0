/// The language of a report page's text (`--language en|zh`).
public enum ReportLanguage: String, Sendable, CaseIterable {
  case en, zh

  /// The English or the Chinese of a phrase.
  public func say(_ en: String, _ zh: String) -> String { self == .en ? en : zh }

  /// The page's `lang` attribute.
  public var htmlLang: String { self == .en ? "en" : "zh-CN" }
}
