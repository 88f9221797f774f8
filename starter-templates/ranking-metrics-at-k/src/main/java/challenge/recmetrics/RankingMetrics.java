package challenge.recmetrics;

import java.util.Map;
import java.util.Set;

/**
 * Offline ranking metrics for recommender systems: precision@k, recall@k, MAP@k, NDCG@k and
 * reciprocal rank, for one ranked list and averaged over users.
 *
 * <p>This file is given: do not edit it. Implement {@link RankingMetricsImpl}. A ranked list {@code
 * ranked} holds distinct item ids, best first; its "top-k" is its first {@code min(k,
 * ranked.length)} items. No method modifies its arguments. See README.md for the binding
 * conventions.
 */
public interface RankingMetrics {

  /**
   * Item ids {@code 0..m-1} ordered by score, highest first; equal scores are ordered by id
   * ascending. Scores compare numerically, so {@code -0.0} ties with {@code 0.0}; infinities are
   * allowed.
   *
   * @param scores the score of item {@code i} at index {@code i}; may be empty; not modified
   * @return a new array, a permutation of {@code 0..m-1}
   * @throws IllegalArgumentException if a score is NaN
   */
  int[] rankByScore(double[] scores);

  /**
   * Precision at k: {@code hits / k}, where hits is the number of top-k items in {@code relevant}.
   * The denominator is {@code k} even when fewer than {@code k} items were ranked.
   *
   * @return 0 when {@code relevant} is empty
   * @throws IllegalArgumentException if {@code k < 1} or {@code ranked} holds a duplicate id
   */
  double precisionAtK(int[] ranked, Set<Integer> relevant, int k);

  /**
   * Recall at k: {@code hits / |relevant|}.
   *
   * @throws IllegalArgumentException if {@code k < 1}, {@code ranked} holds a duplicate id or
   *     {@code relevant} is empty
   */
  double recallAtK(int[] ranked, Set<Integer> relevant, int k);

  /**
   * Average precision at k ({@code ml_metrics.apk}): {@code (1 / min(k, |relevant|)) · Σ P@i} over
   * the positions {@code i ≤ k} that hold a relevant item.
   *
   * @throws IllegalArgumentException if {@code k < 1}, {@code ranked} holds a duplicate id or
   *     {@code relevant} is empty
   */
  double averagePrecisionAtK(int[] ranked, Set<Integer> relevant, int k);

  /**
   * Normalised discounted cumulative gain at k with linear gains and the {@code log2(i + 1)}
   * discount; the ideal DCG uses the {@code k} largest gains of the whole map, retrieved or not.
   * Items without an entry have gain 0.
   *
   * @param gains item id → gain, every gain finite and {@code ≥ 0}; not modified
   * @throws IllegalArgumentException if {@code k < 1}, {@code ranked} holds a duplicate id, a gain
   *     is negative, NaN or infinite, or the ideal DCG is 0 (no positive gain)
   */
  double ndcgAtK(int[] ranked, Map<Integer, Double> gains, int k);

  /**
   * Reciprocal rank: {@code 1 / rank} of the first relevant item in the whole list (ranks start at
   * 1), or 0 if the list holds none (in particular when {@code relevant} is empty).
   *
   * @throws IllegalArgumentException if {@code ranked} holds a duplicate id
   */
  double reciprocalRank(int[] ranked, Set<Integer> relevant);

  /**
   * Every metric averaged over the evaluated users: those with a non-empty relevant set. A user
   * with relevant items but no ranking counts with an empty list; NDCG uses binary gains (1 for a
   * relevant item); MRR uses the whole list; hit rate is the fraction of users with at least one
   * hit in their top-k.
   *
   * @param rankedByUser user id → ranked list; not modified
   * @param relevantByUser user id → relevant items; not modified
   * @throws IllegalArgumentException if {@code k < 1}, no user is evaluated, or the ranked list of
   *     an evaluated user holds a duplicate id
   */
  Summary evaluate(
      Map<Integer, int[]> rankedByUser, Map<Integer, Set<Integer>> relevantByUser, int k);

  /**
   * Metrics averaged over users.
   *
   * @param precision mean precision@k
   * @param recall mean recall@k
   * @param map mean average precision@k
   * @param ndcg mean NDCG@k with binary gains
   * @param mrr mean reciprocal rank (whole lists)
   * @param hitRate fraction of users with at least one relevant item in their top-k
   * @param usersEvaluated the number of users averaged over
   */
  record Summary(
      double precision,
      double recall,
      double map,
      double ndcg,
      double mrr,
      double hitRate,
      int usersEvaluated) {}
}
