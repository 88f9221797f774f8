package mlgrader.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.reporting.JsonReportWriter;
import mlgrader.reporting.Redaction;
import mlgrader.reporting.ReportFormat;

/**
 * Where a cohort run writes: {@code candidates/<id>/report.json} (the canonical reviewer report) plus one file per
 * extra format, and the cohort-level files at the top.
 *
 * @param root the output folder
 * @param formats extra per-candidate formats
 * @param audience the audience of the extra formats
 */
public record CohortLayout(Path root, List<ReportFormat> formats, Audience audience) {

  public CohortLayout {
    formats = List.copyOf(formats);
  }

  public Path candidateDir(String id) {
    return root.resolve("candidates").resolve(id);
  }

  /** Writes a candidate's reports, the canonical JSON last, so its presence means all of them are complete. */
  public void writeCandidate(String id, Report report) throws IOException {
    Path dir = candidateDir(id);
    Report redacted = Redaction.forAudience(report, audience);
    for (ReportFormat f : formats) {
      if (f != ReportFormat.JSON) {
        AtomicFile.write(dir.resolve(f.fileName()), w -> f.writer().write(redacted, w));
      }
    }
    AtomicFile.write(dir.resolve(CohortGrader.REPORT), w -> new JsonReportWriter().write(report, w));
  }

  /** Every candidate report under {@code candidates/}, sorted by candidate id. */
  public List<Report> readAll() throws IOException {
    Path dir = root.resolve("candidates");
    List<Report> reports = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return reports;
    }
    try (var entries = Files.list(dir)) {
      for (Path candidate : entries.sorted().toList()) {
        Path file = candidate.resolve(CohortGrader.REPORT);
        if (Files.isRegularFile(file)) {
          reports.add(JsonReportWriter.read(new StringReader(Files.readString(file))));
        }
      }
    }
    return reports;
  }

  /** Writes the cohort table. */
  public void writeCohort(List<Report> reports) throws IOException {
    AtomicFile.write(root.resolve("cohort.csv"), w -> CohortCsv.write(reports, w));
  }
}
