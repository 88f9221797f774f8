package mlgrader.cohort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mlgrader.report.Report;
import mlgrader.similarity.CandidateSources;
import mlgrader.similarity.ChallengeSimilarity;
import mlgrader.similarity.SimilarityFinder;
import mlgrader.similarity.SimilarityReport;

/**
 * The similarity check of everyone in an output folder: for each challenge, every candidate's own sources compared
 * with every other's, the starter stub ({@code base-code.json}) left out. It reads only the folder, so it gives the
 * same result after a single run and after merging shards.
 */
final class CohortSimilarity {

  private CohortSimilarity() {}

  /** Checks the candidates of {@code reports} with the sources kept in {@code layout}. */
  static SimilarityReport check(CohortLayout layout, List<Report> reports, Map<String, SourceSnapshot> sources, SimilarityFinder finder)
      throws IOException {
    SourceSnapshot baseCode = layout.readBaseCode();
    List<ChallengeSimilarity> challenges = new ArrayList<>();
    for (String challengeId : challengeIds(reports)) {
      List<CandidateSources> candidates = new ArrayList<>();
      for (Report r : reports) {
        String id = r.submission().label();
        candidates.add(new CandidateSources(id, sources.get(id).filesOf(challengeId)));
      }
      challenges.add(finder.compare(challengeId, baseCode.filesOf(challengeId), candidates));
    }
    return new SimilarityReport(SimilarityReport.SCHEMA_VERSION, SimilarityFinder.TOOL, "average similarity (JPlag AVG)",
        finder.threshold(), SimilarityFinder.minimumTokenMatch(), challenges);
  }

  /** The challenges of a cohort, in the order its reports list them. */
  static List<String> challengeIds(List<Report> reports) {
    Set<String> ids = new LinkedHashSet<>();
    reports.forEach(r -> r.results().forEach(c -> ids.add(c.challengeId())));
    return List.copyOf(ids);
  }
}
