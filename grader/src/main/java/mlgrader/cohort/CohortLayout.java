package mlgrader.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.reporting.AtomicFile;
import mlgrader.reporting.JsonReportWriter;
import mlgrader.reporting.Redaction;
import mlgrader.reporting.ReportFormat;
import mlgrader.signing.ReportSigner;

/**
 * Where a cohort run writes: {@code candidates/<id>/report.json} (the canonical reviewer report), {@code sources.json}
 * (the candidate's own files, for the similarity check) and one file per extra format; at the top the cohort-level
 * files: {@code cohort.csv}, {@code cohort.html}, {@code similarity.json} and {@code base-code.json} (the starter
 * stubs the similarity check leaves out).
 *
 * @param root the output folder
 * @param formats extra per-candidate formats
 * @param audience the audience of the extra formats
 * @param signer signs every candidate report written (the reviewer's and each redacted format), if present
 */
public record CohortLayout(Path root, List<ReportFormat> formats, Audience audience, Optional<ReportSigner> signer) {

  public CohortLayout {
    formats = List.copyOf(formats);
    Objects.requireNonNull(signer, "signer");
  }

  /** A layout whose reports are not signed (e.g. for reading). */
  public CohortLayout(Path root, List<ReportFormat> formats, Audience audience) {
    this(root, formats, audience, Optional.empty());
  }

  public Path candidateDir(String id) {
    return root.resolve("candidates").resolve(id);
  }

  /** The cohort-level file {@code name} (e.g. {@link #CSV}). */
  public Path file(String name) {
    return root.resolve(name);
  }

  /** The cohort table. */
  public static final String CSV = "cohort.csv";
  /** The cohort page. */
  public static final String HTML = "cohort.html";
  /** The similarity check. */
  public static final String SIMILARITY = "similarity.json";
  /** The starter stubs used as base code. */
  public static final String BASE_CODE = "base-code.json";
  /** A candidate's own sources, per challenge. */
  public static final String SOURCES = "sources.json";

  /**
   * Writes a candidate's reports and sources, the canonical JSON last, so its presence means all of them are
   * complete.
   */
  public void writeCandidate(String id, Report report, SourceSnapshot sources) throws IOException {
    Path dir = candidateDir(id);
    AtomicFile.write(dir.resolve(SOURCES), sources::write);
    List<ReportFormat> extra = formats.stream().filter(f -> f != ReportFormat.JSON).toList();
    if (!extra.isEmpty()) {
      Report redacted = sign(Redaction.forAudience(report, audience));
      for (ReportFormat f : extra) {
        AtomicFile.write(dir.resolve(f.fileName()), w -> f.writer().write(redacted, w));
      }
    }
    Report canonical = sign(report);
    AtomicFile.write(dir.resolve(CohortGrader.REPORT), w -> new JsonReportWriter().write(canonical, w));
  }

  private Report sign(Report report) throws IOException {
    return ReportSigner.signIfAny(signer, report);
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

  /** A candidate's sources as graded; empty when the run that graded it kept none. */
  public SourceSnapshot readSources(String id) throws IOException {
    return readSnapshot(candidateDir(id).resolve(SOURCES));
  }

  /** Whether a candidate has an HTML report, for the cohort page to link to. */
  public boolean hasHtmlReport(String id) {
    return Files.isRegularFile(candidateDir(id).resolve(ReportFormat.HTML.fileName()));
  }

  /** Writes the base code of the similarity check. */
  public void writeBaseCode(SourceSnapshot baseCode) throws IOException {
    AtomicFile.write(root.resolve(BASE_CODE), baseCode::write);
  }

  /** The base code of the similarity check; empty when none was written. */
  public SourceSnapshot readBaseCode() throws IOException {
    return readSnapshot(root.resolve(BASE_CODE));
  }

  private static SourceSnapshot readSnapshot(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return SourceSnapshot.of(java.util.Map.of());
    }
    try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return SourceSnapshot.read(in);
    }
  }
}
