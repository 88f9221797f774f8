package challenge.recmetrics;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reference solution. Ranked lists are validated once (duplicates anywhere in the list are
 * rejected), then each metric is a single pass over the top-k; {@link #evaluate} reuses the
 * single-user metrics, with a binary-gain NDCG that needs no gain map.
 */
public class RankingMetricsImpl implements RankingMetrics {

  private static final double LN2 = Math.log(2);

  public RankingMetricsImpl() {}

  @Override
  public int[] rankByScore(double[] scores) {
    Objects.requireNonNull(scores, "scores");
    for (int i = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score of item " + i + " is NaN");
      }
    }
    int[] order = new int[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // A stable merge sort on "higher score first" keeps equal scores in id order. It compares with
    // the numeric operator '>', under which -0.0 and 0.0 are equal (Double.compare would separate
    // them).
    int[] buffer = new int[order.length];
    for (int width = 1; width < order.length; width *= 2) {
      for (int lo = 0; lo < order.length - width; lo += 2 * width) {
        merge(scores, order, buffer, lo, lo + width, Math.min(lo + 2 * width, order.length));
      }
    }
    return order;
  }

  private static void merge(double[] scores, int[] order, int[] buffer, int lo, int mid, int hi) {
    System.arraycopy(order, lo, buffer, lo, hi - lo);
    int left = lo;
    int right = mid;
    for (int out = lo; out < hi; out++) {
      if (left < mid && (right >= hi || !(scores[buffer[right]] > scores[buffer[left]]))) {
        order[out] = buffer[left++];
      } else {
        order[out] = buffer[right++];
      }
    }
  }

  @Override
  public double precisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    requireValid(ranked, k);
    Objects.requireNonNull(relevant, "relevant");
    return (double) hits(ranked, relevant, k) / k;
  }

  @Override
  public double recallAtK(int[] ranked, Set<Integer> relevant, int k) {
    requireValid(ranked, k);
    requireNonEmpty(relevant);
    return (double) hits(ranked, relevant, k) / relevant.size();
  }

  @Override
  public double averagePrecisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    requireValid(ranked, k);
    requireNonEmpty(relevant);
    return averagePrecision(ranked, relevant, k);
  }

  @Override
  public double ndcgAtK(int[] ranked, Map<Integer, Double> gains, int k) {
    requireValid(ranked, k);
    Objects.requireNonNull(gains, "gains");
    for (Double gain : gains.values()) {
      double g = gain; // a null gain throws NullPointerException here
      if (!(g >= 0) || Double.isInfinite(g)) {
        throw new IllegalArgumentException("gains must be finite and >= 0, got " + g);
      }
    }
    double[] all = new double[ranked.length];
    for (int i = 0; i < ranked.length; i++) {
      all[i] = gains.getOrDefault(ranked[i], 0.0);
    }
    Arrays.sort(all);
    double ideal = 0;
    for (int i = 0; i < Math.min(k, all.length); i++) {
      ideal += all[all.length - 1 - i] / discount(i);
    }
    if (ideal == 0) {
      throw new IllegalArgumentException("the ideal DCG is 0: no item has a positive gain");
    }
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.length); i++) {
      dcg += gains.getOrDefault(ranked[i], 0.0) / discount(i);
    }
    return dcg / ideal;
  }

  @Override
  public double reciprocalRank(int[] ranked, Set<Integer> relevant) {
    requireDistinct(ranked);
    Objects.requireNonNull(relevant, "relevant");
    return reciprocal(ranked, relevant);
  }

  @Override
  public Summary evaluate(
      Map<Integer, int[]> rankedByUser, Map<Integer, Set<Integer>> relevantByUser, int k) {
    Objects.requireNonNull(rankedByUser, "rankedByUser");
    Objects.requireNonNull(relevantByUser, "relevantByUser");
    requireK(k);
    double precision = 0;
    double recall = 0;
    double map = 0;
    double ndcg = 0;
    double mrr = 0;
    int hitUsers = 0;
    int users = 0;
    for (Map.Entry<Integer, Set<Integer>> entry : relevantByUser.entrySet()) {
      Set<Integer> relevant = entry.getValue();
      if (relevant == null || relevant.isEmpty()) {
        continue;
      }
      int[] ranked = rankedByUser.getOrDefault(entry.getKey(), new int[0]);
      requireDistinct(ranked);
      int hits = hits(ranked, relevant, k);
      precision += (double) hits / k;
      recall += (double) hits / relevant.size();
      map += averagePrecision(ranked, relevant, k);
      ndcg += binaryNdcg(ranked, relevant, k);
      mrr += reciprocal(ranked, relevant);
      hitUsers += hits > 0 ? 1 : 0;
      users++;
    }
    if (users == 0) {
      throw new IllegalArgumentException("no user has a non-empty relevant set");
    }
    return new Summary(
        precision / users,
        recall / users,
        map / users,
        ndcg / users,
        mrr / users,
        (double) hitUsers / users,
        users);
  }

  /** The discount of 0-based position {@code i}: {@code log2(i + 2)}. */
  private static double discount(int i) {
    return Math.log(i + 2) / LN2;
  }

  private static int hits(int[] ranked, Set<Integer> relevant, int k) {
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.length); i++) {
      if (relevant.contains(ranked[i])) {
        hits++;
      }
    }
    return hits;
  }

  private static double averagePrecision(int[] ranked, Set<Integer> relevant, int k) {
    int hits = 0;
    double sum = 0;
    for (int i = 0; i < Math.min(k, ranked.length); i++) {
      if (relevant.contains(ranked[i])) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / Math.min(k, relevant.size());
  }

  private static double binaryNdcg(int[] ranked, Set<Integer> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.length); i++) {
      if (relevant.contains(ranked[i])) {
        dcg += 1 / discount(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / discount(i);
    }
    return dcg / ideal;
  }

  private static double reciprocal(int[] ranked, Set<Integer> relevant) {
    for (int i = 0; i < ranked.length; i++) {
      if (relevant.contains(ranked[i])) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static void requireValid(int[] ranked, int k) {
    requireK(k);
    requireDistinct(ranked);
  }

  private static void requireK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
  }

  private static void requireNonEmpty(Set<Integer> relevant) {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("the relevant set is empty");
    }
  }

  /**
   * Rejects a list that holds some id twice, anywhere; sorting a copy keeps this O(n log n) without
   * boxing.
   */
  private static void requireDistinct(int[] ranked) {
    int[] sorted = ranked.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException(
            "item " + sorted[i] + " appears twice in the ranked list");
      }
    }
  }
}
