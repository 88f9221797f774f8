package mlgrader.reporting;

import java.util.Locale;

/** The report formats; each constant holds its writer, so adding a format is one class and one constant. */
public enum ReportFormat {
  /** The canonical machine-readable report (schema in {@code docs/report-schema.json}). */
  JSON("json", new JsonReportWriter()),
  /** For a terminal: plain text, coloured when the output is a terminal. */
  TEXT("txt", new TextReportWriter(false)),
  /** For a terminal that understands ANSI colours. */
  TEXT_COLOR("txt", new TextReportWriter(true)),
  /** GitHub-flavoured Markdown, e.g. for {@code $GITHUB_STEP_SUMMARY}. */
  MARKDOWN("md", new MarkdownReportWriter());

  private final String extension;
  private final ReportWriter writer;

  ReportFormat(String extension, ReportWriter writer) {
    this.extension = extension;
    this.writer = writer;
  }

  public ReportWriter writer() {
    return writer;
  }

  /** The usual file extension. */
  public String extension() {
    return extension;
  }

  /** The format named on the command line ({@code text}, {@code json}, {@code md}/{@code markdown}). */
  public static ReportFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "text", "txt" -> TEXT;
      case "md", "markdown" -> MARKDOWN;
      default -> throw new IllegalArgumentException("unknown format '" + name + "' (use text, json or md)");
    };
  }
}
