package mlgrader.cli;

import java.util.Locale;
import mlgrader.similarity.ChallengeSimilarity;
import mlgrader.similarity.SimilarityReport;

/** The closing lines {@code grade-all} and {@code merge} print about a cohort's similarity check. */
final class CohortSummaryLines {

  private CohortSummaryLines() {}

  static String similarity(SimilarityReport report, double seconds) {
    if (report == null) {
      return "similarity check off";
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "similarity: %d pair%s at or above %s %% (%.1f s)",
        report.flaggedPairs(), report.flaggedPairs() == 1 ? "" : "s", trim(report.threshold()), seconds));
    for (ChallengeSimilarity c : report.challenges()) {
      c.pairs().stream().limit(5).forEach(p -> line.append(String.format(Locale.ROOT, "%n  %s: %s ~ %s %.1f %%", c.challengeId(),
          p.first(), p.second(), p.similarity())));
      if (c.pairs().size() > 5) {
        line.append(String.format(Locale.ROOT, "%n  %s: … %d more in similarity.json", c.challengeId(), c.pairs().size() - 5));
      }
    }
    return line.toString();
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
