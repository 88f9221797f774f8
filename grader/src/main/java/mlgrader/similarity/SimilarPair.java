package mlgrader.similarity;

import java.util.List;
import java.util.Objects;

/**
 * Two submissions whose similarity reached the threshold.
 *
 * @param first the candidate whose id sorts first
 * @param second the other candidate
 * @param similarity JPlag's average similarity, in percent: matched tokens over the mean of both token counts, tokens
 *     that match the starter stub left out
 * @param maxSimilarity JPlag's maximum similarity, in percent: matched tokens over the smaller submission's tokens
 *     (high when one submission is contained in the other)
 * @param matchedTokens tokens in matched regions
 * @param regions the matched regions, sorted by file and line in the first submission
 */
public record SimilarPair(String first, String second, double similarity, double maxSimilarity, int matchedTokens,
    List<MatchedRegion> regions) {

  public SimilarPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("a pair names two candidates in order, not " + first + " and " + second);
    }
    regions = List.copyOf(regions);
  }
}
