package mlgrader.similarity;

import java.util.List;
import java.util.Objects;

/**
 * What the comparison of one challenge's submissions found.
 *
 * @param challengeId the challenge
 * @param baseCode whether the starter stub was used as base code (false when it is too short for JPlag to use)
 * @param compared how many submissions were compared
 * @param pairsCompared how many pairs were compared
 * @param distribution how many pairs fall in each tenth of similarity: [0, 10) %, [10, 20) %, …, [90, 100] %
 * @param excluded candidates left out, and why (no sources, the untouched stub, unparseable)
 * @param pairs the pairs at or above the threshold, most similar first
 * @param note why nothing was compared, or null
 */
public record ChallengeSimilarity(String challengeId, boolean baseCode, int compared, long pairsCompared, List<Integer> distribution,
    List<ExcludedCandidate> excluded, List<SimilarPair> pairs, String note) {

  /** Tenths of similarity in {@link #distribution}. */
  public static final int BUCKETS = 10;

  public ChallengeSimilarity {
    Objects.requireNonNull(challengeId, "challengeId");
    distribution = List.copyOf(distribution);
    if (distribution.size() != BUCKETS) {
      throw new IllegalArgumentException("the distribution has " + BUCKETS + " buckets, not " + distribution.size());
    }
    excluded = List.copyOf(excluded);
    pairs = List.copyOf(pairs);
  }

  /** The bucket of {@link #distribution} a similarity in percent falls in. */
  public static int bucket(double percent) {
    return Math.max(0, Math.min(BUCKETS - 1, (int) Math.floor(percent / (100.0 / BUCKETS))));
  }
}
