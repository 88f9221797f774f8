package mlgrader.reporting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mlgrader.report.Report;

/** Writes a report in several formats to files, all or none (see {@link AtomicFile}). */
public final class ReportFiles {

  private ReportFiles() {}

  /** Writes {@code report} in each format to its file (target path → format). */
  public static void write(Report report, Map<Path, ReportFormat> targets) throws IOException {
    Map<Path, AtomicFile.Content> contents = new LinkedHashMap<>();
    targets.forEach((path, format) -> contents.put(path, w -> format.writer().write(report, w)));
    AtomicFile.writeAll(contents);
  }
}
