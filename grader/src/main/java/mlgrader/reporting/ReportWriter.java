package mlgrader.reporting;

import java.io.IOException;
import java.io.Writer;
import mlgrader.report.Report;

/** Renders a report in one format; a pure function of the report. */
@FunctionalInterface
public interface ReportWriter {
  void write(Report report, Writer out) throws IOException;
}
