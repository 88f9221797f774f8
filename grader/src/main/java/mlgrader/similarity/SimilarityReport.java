package mlgrader.similarity;

import java.util.List;
import java.util.Objects;

/**
 * The similarity check of a cohort, as written to {@code similarity.json}.
 *
 * @param schemaVersion version of this file's form; bumped on any incompatible change
 * @param tool the comparison engine and its version
 * @param metric the similarity the threshold applies to
 * @param threshold the threshold in percent: pairs at or above it are listed
 * @param minimumTokenMatch the shortest run of tokens that counts as a match
 * @param challenges one entry per challenge, in the order graded
 */
public record SimilarityReport(int schemaVersion, String tool, String metric, double threshold, int minimumTokenMatch,
    List<ChallengeSimilarity> challenges) {

  /** The current {@link #schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  public SimilarityReport {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(metric, "metric");
    challenges = List.copyOf(challenges);
  }

  /** Flagged pairs over all challenges. */
  public long flaggedPairs() {
    return challenges.stream().mapToLong(c -> c.pairs().size()).sum();
  }
}
