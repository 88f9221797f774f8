package mlgrader.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.report.Report;
import mlgrader.reporting.AtomicFile;
import mlgrader.similarity.SimilarityFinder;
import mlgrader.similarity.SimilarityJson;
import mlgrader.similarity.SimilarityReport;

/**
 * Writes the cohort-level files of an output folder from what its {@code candidates/} hold: {@code cohort.csv},
 * {@code similarity.json} and {@code cohort.html}. {@code grade-all} and {@code merge} both end here, so a sharded and
 * merged cohort gives the same files as a single run.
 */
public final class CohortFiles {

  /**
   * What was written.
   *
   * @param reports every candidate's report, sorted by candidate id
   * @param similarity the similarity check, or null when it was turned off
   */
  public record Written(List<Report> reports, SimilarityReport similarity) {
    public Written {
      reports = List.copyOf(reports);
    }
  }

  private CohortFiles() {}

  /** Writes the files; {@code finder} null turns the similarity check off (and removes an old {@code similarity.json}). */
  public static Written write(CohortLayout layout, SimilarityFinder finder) throws IOException {
    List<Report> reports = layout.readAll();
    AtomicFile.write(layout.file(CohortLayout.CSV), w -> CohortCsv.write(reports, w));
    Map<String, SourceSnapshot> sources = new LinkedHashMap<>();
    for (Report r : reports) {
      sources.put(r.submission().label(), layout.readSources(r.submission().label()));
    }
    SimilarityReport similarity = null;
    if (finder == null) {
      Files.deleteIfExists(layout.file(CohortLayout.SIMILARITY));
    } else {
      SimilarityReport checked = CohortSimilarity.check(layout, reports, sources, finder);
      AtomicFile.write(layout.file(CohortLayout.SIMILARITY), w -> SimilarityJson.write(checked, w));
      similarity = checked;
    }
    CohortHtmlView view = CohortHtmlView.of(reports, similarity, sources, layout::hasHtmlReport);
    AtomicFile.write(layout.file(CohortLayout.HTML), w -> new CohortHtmlWriter().write(view, w));
    return new Written(reports, similarity);
  }
}
