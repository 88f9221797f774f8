package challenge.recmetrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Alternative: written with streams, and {@link #evaluate} simply averages the public single-user
 * methods (each of which validates its list again).
 */
public class RankingMetricsImpl implements RankingMetrics {

  public RankingMetricsImpl() {}

  @Override
  public int[] rankByScore(double[] scores) {
    if (Arrays.stream(scores).anyMatch(Double::isNaN)) {
      throw new IllegalArgumentException("NaN score");
    }
    // Adding 0.0 turns -0.0 into 0.0, so that Double.compare sees them as equal.
    Comparator<Integer> byScoreDescending =
        Comparator.<Integer>comparingDouble(i -> scores[i] + 0.0).reversed();
    return IntStream.range(0, scores.length)
        .boxed()
        .sorted(byScoreDescending.thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  @Override
  public double precisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    check(ranked, k);
    Objects.requireNonNull(relevant);
    return hits(ranked, relevant, k) / (double) k;
  }

  @Override
  public double recallAtK(int[] ranked, Set<Integer> relevant, int k) {
    check(ranked, k);
    nonEmpty(relevant);
    return hits(ranked, relevant, k) / (double) relevant.size();
  }

  @Override
  public double averagePrecisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    check(ranked, k);
    nonEmpty(relevant);
    int n = Math.min(k, ranked.length);
    int[] hitsUpTo = new int[n + 1];
    for (int i = 0; i < n; i++) {
      hitsUpTo[i + 1] = hitsUpTo[i] + (relevant.contains(ranked[i]) ? 1 : 0);
    }
    double sum =
        IntStream.range(0, n)
            .filter(i -> relevant.contains(ranked[i]))
            .mapToDouble(i -> hitsUpTo[i + 1] / (i + 1.0))
            .sum();
    return sum / Math.min(k, relevant.size());
  }

  @Override
  public double ndcgAtK(int[] ranked, Map<Integer, Double> gains, int k) {
    check(ranked, k);
    if (gains.values().stream().anyMatch(g -> g < 0 || !Double.isFinite(g))) {
      throw new IllegalArgumentException("gains must be finite and non-negative");
    }
    double[] best =
        gains.values().stream()
            .mapToDouble(Double::doubleValue)
            .map(g -> -g)
            .sorted()
            .limit(k)
            .map(g -> -g)
            .toArray();
    double ideal = IntStream.range(0, best.length).mapToDouble(i -> best[i] / log2(i + 2)).sum();
    if (ideal <= 0) {
      throw new IllegalArgumentException("ideal DCG is zero");
    }
    double dcg =
        IntStream.range(0, Math.min(k, ranked.length))
            .mapToDouble(i -> gains.getOrDefault(ranked[i], 0.0) / log2(i + 2))
            .sum();
    return dcg / ideal;
  }

  @Override
  public double reciprocalRank(int[] ranked, Set<Integer> relevant) {
    check(ranked, 1);
    Objects.requireNonNull(relevant);
    return IntStream.range(0, ranked.length)
        .filter(i -> relevant.contains(ranked[i]))
        .mapToDouble(i -> 1.0 / (i + 1))
        .findFirst()
        .orElse(0);
  }

  @Override
  public Summary evaluate(
      Map<Integer, int[]> rankedByUser, Map<Integer, Set<Integer>> relevantByUser, int k) {
    Objects.requireNonNull(rankedByUser);
    if (k < 1) {
      throw new IllegalArgumentException("k < 1");
    }
    double[] sums = new double[6];
    int users = 0;
    for (var entry : relevantByUser.entrySet()) {
      Set<Integer> relevant = entry.getValue();
      if (relevant == null || relevant.isEmpty()) {
        continue;
      }
      int[] ranked = rankedByUser.getOrDefault(entry.getKey(), new int[0]);
      Map<Integer, Double> binary = new java.util.HashMap<>();
      relevant.forEach(item -> binary.put(item, 1.0));
      double p = precisionAtK(ranked, relevant, k);
      sums[0] += p;
      sums[1] += recallAtK(ranked, relevant, k);
      sums[2] += averagePrecisionAtK(ranked, relevant, k);
      sums[3] += ndcgAtK(ranked, binary, k);
      sums[4] += reciprocalRank(ranked, relevant);
      sums[5] += p > 0 ? 1 : 0;
      users++;
    }
    if (users == 0) {
      throw new IllegalArgumentException("nobody to evaluate");
    }
    int n = users;
    double[] mean = Arrays.stream(sums).map(s -> s / n).toArray();
    return new Summary(mean[0], mean[1], mean[2], mean[3], mean[4], mean[5], n);
  }

  private static long hits(int[] ranked, Set<Integer> relevant, int k) {
    return Arrays.stream(ranked).limit(k).filter(relevant::contains).count();
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private static void check(int[] ranked, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k < 1");
    }
    if (Arrays.stream(ranked).distinct().count() != ranked.length) {
      throw new IllegalArgumentException("duplicate ids");
    }
  }

  private static void nonEmpty(Set<Integer> relevant) {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("empty relevant set");
    }
  }
}
