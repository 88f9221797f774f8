package mlgrader.cohort;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import mlgrader.reporting.HtmlTemplates;

/**
 * The cohort page: one self-contained HTML file (inline CSS and SVG, no script, nothing loaded from anywhere) rendered
 * from {@code mlgrader/cohort/html/cohort.peb}, as the candidate report is. Pebble escapes every value for HTML, the
 * template never marks anything safe, and a Content-Security-Policy forbids scripts and requests besides.
 */
public final class CohortHtmlWriter {

  /** Built once: Pebble compiles and caches the template, and it is safe to share between threads. */
  private static final class Template {
    static final PebbleTemplate COHORT = HtmlTemplates.load("mlgrader/cohort/html", "cohort");
  }

  public void write(CohortHtmlView view, Writer out) throws IOException {
    Template.COHORT.evaluate(out, Map.of("v", view), Locale.ROOT);
    out.flush();
  }
}
