package challenge.recmetrics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Alternative: plain loops; duplicates are found with a {@link HashSet}, the ideal DCG keeps the k
 * largest gains in a min-heap, and the ranking sorts boxed ids with an explicit comparator.
 */
public class RankingMetricsImpl implements RankingMetrics {

  public RankingMetricsImpl() {}

  @Override
  public int[] rankByScore(double[] scores) {
    Integer[] ids = new Integer[scores.length];
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != scores[i]) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
      ids[i] = i;
    }
    Arrays.sort(
        ids,
        (a, b) -> {
          if (scores[a] > scores[b]) {
            return -1;
          }
          if (scores[a] < scores[b]) {
            return 1;
          }
          return Integer.compare(a, b);
        });
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = ids[i];
    }
    return out;
  }

  @Override
  public double precisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    validate(ranked, k);
    if (relevant == null) {
      throw new NullPointerException("relevant");
    }
    return countHits(ranked, relevant, k) / (double) k;
  }

  @Override
  public double recallAtK(int[] ranked, Set<Integer> relevant, int k) {
    validate(ranked, k);
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("no relevant items");
    }
    return countHits(ranked, relevant, k) / (double) relevant.size();
  }

  @Override
  public double averagePrecisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    validate(ranked, k);
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("no relevant items");
    }
    return ap(ranked, relevant, k);
  }

  @Override
  public double ndcgAtK(int[] ranked, Map<Integer, Double> gains, int k) {
    validate(ranked, k);
    PriorityQueue<Double> largest = new PriorityQueue<>();
    for (Map.Entry<Integer, Double> e : gains.entrySet()) {
      double g = e.getValue();
      if (Double.isNaN(g) || Double.isInfinite(g) || g < 0) {
        throw new IllegalArgumentException("bad gain for item " + e.getKey());
      }
      largest.add(g);
      if (largest.size() > k) {
        largest.poll();
      }
    }
    double[] top = new double[largest.size()];
    for (int i = top.length - 1; i >= 0; i--) {
      top[i] = largest.poll();
    }
    double idcg = 0;
    for (int i = 0; i < top.length; i++) {
      idcg += top[i] / (Math.log(i + 2) / Math.log(2));
    }
    if (idcg == 0) {
      throw new IllegalArgumentException("ideal DCG is 0");
    }
    double dcg = 0;
    for (int i = 0; i < ranked.length && i < k; i++) {
      Double g = gains.get(ranked[i]);
      if (g != null) {
        dcg += g / (Math.log(i + 2) / Math.log(2));
      }
    }
    return dcg / idcg;
  }

  @Override
  public double reciprocalRank(int[] ranked, Set<Integer> relevant) {
    validate(ranked, 1);
    if (relevant == null) {
      throw new NullPointerException("relevant");
    }
    return rr(ranked, relevant);
  }

  @Override
  public Summary evaluate(
      Map<Integer, int[]> rankedByUser, Map<Integer, Set<Integer>> relevantByUser, int k) {
    if (rankedByUser == null || relevantByUser == null) {
      throw new NullPointerException("maps");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1");
    }
    double sp = 0;
    double sr = 0;
    double sap = 0;
    double sndcg = 0;
    double srr = 0;
    double shit = 0;
    int count = 0;
    for (Integer user : relevantByUser.keySet()) {
      Set<Integer> rel = relevantByUser.get(user);
      if (rel == null || rel.isEmpty()) {
        continue;
      }
      int[] list = rankedByUser.containsKey(user) ? rankedByUser.get(user) : new int[0];
      validate(list, k);
      int h = countHits(list, rel, k);
      sp += h / (double) k;
      sr += h / (double) rel.size();
      sap += ap(list, rel, k);
      double dcg = 0;
      for (int i = 0; i < list.length && i < k; i++) {
        if (rel.contains(list[i])) {
          dcg += 1 / (Math.log(i + 2) / Math.log(2));
        }
      }
      double idcg = 0;
      for (int i = 0; i < rel.size() && i < k; i++) {
        idcg += 1 / (Math.log(i + 2) / Math.log(2));
      }
      sndcg += dcg / idcg;
      srr += rr(list, rel);
      if (h > 0) {
        shit += 1;
      }
      count++;
    }
    if (count == 0) {
      throw new IllegalArgumentException("no user to evaluate");
    }
    return new Summary(
        sp / count, sr / count, sap / count, sndcg / count, srr / count, shit / count, count);
  }

  private static int countHits(int[] ranked, Set<Integer> relevant, int k) {
    int h = 0;
    for (int i = 0; i < ranked.length && i < k; i++) {
      if (relevant.contains(ranked[i])) {
        h++;
      }
    }
    return h;
  }

  private static double ap(int[] ranked, Set<Integer> relevant, int k) {
    double total = 0;
    int h = 0;
    for (int i = 0; i < ranked.length && i < k; i++) {
      if (relevant.contains(ranked[i])) {
        h++;
        total += h / (i + 1.0);
      }
    }
    return total / Math.min(k, relevant.size());
  }

  private static double rr(int[] ranked, Set<Integer> relevant) {
    for (int i = 0; i < ranked.length; i++) {
      if (relevant.contains(ranked[i])) {
        return 1.0 / (i + 1);
      }
    }
    return 0.0;
  }

  private static void validate(int[] ranked, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1");
    }
    Set<Integer> seen = new HashSet<>();
    for (int id : ranked) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate id " + id);
      }
    }
  }
}
