package mlgrader.reporting;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import mlgrader.report.Report;

/**
 * The recruiter's report: one self-contained HTML file (inline CSS and SVG charts, no script, nothing loaded from
 * anywhere) rendered from {@code mlgrader/reporting/html/report.peb}.
 *
 * <p>Pebble escapes every value for HTML (quotes included, so attributes are safe too); the template never marks
 * anything safe, and a Content-Security-Policy forbids scripts and requests as a second line of defence.
 */
public final class HtmlReportWriter implements ReportWriter {

  /** Built once: Pebble compiles and caches the template, and it is safe to share between threads. */
  private static final class ReportTemplate {
    static final PebbleTemplate REPORT = HtmlTemplates.load("mlgrader/reporting/html", "report");
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportTemplate.REPORT.evaluate(out, Map.of("r", HtmlReportView.of(report)), Locale.ROOT);
    out.flush();
  }
}
