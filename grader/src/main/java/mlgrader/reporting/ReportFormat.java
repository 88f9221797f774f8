package mlgrader.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report formats; each constant holds its writer and its file name, so adding a format is one class and one
 * constant. Every writer renders the report it is given: redaction happens before, in {@link Redaction}.
 */
public enum ReportFormat {
  /** The canonical machine-readable report ({@code mlgrader/reporting/report.schema.json}). */
  JSON("json", "report.json", new JsonReportWriter()),
  /** For a terminal: plain text. */
  TEXT("text", "report.txt", new TextReportWriter(false)),
  /** For a terminal that understands ANSI colours; chosen instead of {@link #TEXT} when stdout is one. */
  TEXT_COLOR(null, "report.txt", new TextReportWriter(true)),
  /** GitHub-flavoured Markdown, e.g. for {@code $GITHUB_STEP_SUMMARY}. */
  MARKDOWN("md", "report.md", new MarkdownReportWriter()),
  /** The recruiter's self-contained HTML page. */
  HTML("html", "report.html", new HtmlReportWriter()),
  /** JUnit XML in Maven Surefire's layout. */
  JUNIT("junit", "TEST-mlgrader.xml", new JunitXmlReportWriter()),
  /** GitHub Classroom runner results, base64, as lines for {@code $GITHUB_OUTPUT} and {@code $GITHUB_ENV}. */
  CLASSROOM("classroom", "classroom.env", new ClassroomReportWriter()),
  /** Gradescope's {@code results.json}. */
  GRADESCOPE("gradescope", "gradescope-results.json", new GradescopeReportWriter()),
  /** Exercism's test-runner {@code results.json}, version 3. */
  EXERCISM("exercism", "exercism-results.json", new ExercismReportWriter()),
  /** PrairieLearn's external-grader {@code results.json}. */
  PRAIRIELEARN("prairielearn", "prairielearn-results.json", new PrairieLearnReportWriter());

  private final String cliName;
  private final String fileName;
  private final ReportWriter writer;

  ReportFormat(String cliName, String fileName, ReportWriter writer) {
    this.cliName = cliName;
    this.fileName = fileName;
    this.writer = writer;
  }

  public ReportWriter writer() {
    return writer;
  }

  /** The file this format is written to in an output folder ({@code --out-dir}). */
  public String fileName() {
    return fileName;
  }

  /** The name {@code --format} takes. */
  public String cliName() {
    return cliName;
  }

  /** Every format {@code --format} accepts, in declaration order. */
  public static List<ReportFormat> selectable() {
    return Arrays.stream(values()).filter(f -> f.cliName != null).toList();
  }

  /** The format named on the command line (also {@code txt}, {@code markdown} and {@code xml}). */
  public static ReportFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : selectable()) {
      if (f.cliName.equals(n)) {
        return f;
      }
    }
    return switch (n) {
      case "txt" -> TEXT;
      case "markdown" -> MARKDOWN;
      case "xml" -> JUNIT;
      default -> throw new IllegalArgumentException("unknown format '" + name + "' (use "
          + String.join(", ", selectable().stream().map(ReportFormat::cliName).toList()) + ")");
    };
  }
}
