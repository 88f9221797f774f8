package challenge.recmetrics;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reference solution. Each ranked list is indexed once (id → position, in a primitive hash table
 * that also rejects duplicate ids); the set metrics then only need the sorted positions at which
 * the relevant items were ranked, so {@link #evaluate} costs {@code O(|list| + |R|)} per user
 * without boxing.
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
    // A stable merge sort, higher score first, keeps equal scores in id order. Comparing with '>'
    // makes -0.0 and 0.0 equal; Double.compare would separate them.
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
    requireK(k);
    Objects.requireNonNull(relevant, "relevant");
    return (double) hits(relevantPositions(ranked, relevant), k) / k;
  }

  @Override
  public double recallAtK(int[] ranked, Set<Integer> relevant, int k) {
    requireK(k);
    requireNonEmpty(relevant);
    return (double) hits(relevantPositions(ranked, relevant), k) / relevant.size();
  }

  @Override
  public double averagePrecisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    requireK(k);
    requireNonEmpty(relevant);
    return averagePrecision(relevantPositions(ranked, relevant), relevant.size(), k);
  }

  @Override
  public double ndcgAtK(int[] ranked, Map<Integer, Double> gains, int k) {
    requireK(k);
    new PositionIndex(ranked); // rejects duplicate ids
    Objects.requireNonNull(gains, "gains");
    double[] all = new double[gains.size()];
    int n = 0;
    for (Double gain : gains.values()) {
      double g = gain; // a null gain throws NullPointerException here
      if (!(g >= 0) || Double.isInfinite(g)) {
        throw new IllegalArgumentException("gains must be finite and >= 0, got " + g);
      }
      all[n++] = g;
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
    Objects.requireNonNull(ranked, "ranked");
    Objects.requireNonNull(relevant, "relevant");
    return reciprocal(relevantPositions(ranked, relevant));
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
      int[] positions = relevantPositions(ranked, relevant);
      int hits = hits(positions, k);
      precision += (double) hits / k;
      recall += (double) hits / relevant.size();
      map += averagePrecision(positions, relevant.size(), k);
      ndcg += binaryNdcg(positions, relevant.size(), k);
      mrr += reciprocal(positions);
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

  /** The 0-based positions, ascending, at which relevant items appear in {@code ranked}. */
  private static int[] relevantPositions(int[] ranked, Set<Integer> relevant) {
    PositionIndex index = new PositionIndex(ranked);
    int[] found = new int[Math.min(relevant.size(), ranked.length)];
    int n = 0;
    for (int id : relevant) {
      int p = index.positionOf(id);
      if (p >= 0) {
        found[n++] = p;
      }
    }
    int[] positions = Arrays.copyOf(found, n);
    Arrays.sort(positions);
    return positions;
  }

  /** The number of relevant items in the top-k. */
  private static int hits(int[] positions, int k) {
    int hits = 0;
    while (hits < positions.length && positions[hits] < k) {
      hits++;
    }
    return hits;
  }

  /** AP@k: the j-th hit (1-based), at 0-based position p, contributes P@(p+1) = j / (p + 1). */
  private static double averagePrecision(int[] positions, int relevantCount, int k) {
    double sum = 0;
    for (int j = 0; j < positions.length && positions[j] < k; j++) {
      sum += (j + 1.0) / (positions[j] + 1);
    }
    return sum / Math.min(k, relevantCount);
  }

  private static double binaryNdcg(int[] positions, int relevantCount, int k) {
    double dcg = 0;
    for (int j = 0; j < positions.length && positions[j] < k; j++) {
      dcg += 1 / discount(positions[j]);
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevantCount); i++) {
      ideal += 1 / discount(i);
    }
    return dcg / ideal;
  }

  private static double reciprocal(int[] positions) {
    return positions.length == 0 ? 0 : 1.0 / (positions[0] + 1);
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
   * Item id → 0-based position in a ranked list, as an open-addressing table with linear probing;
   * building it rejects a list that holds some id twice, anywhere.
   */
  private static final class PositionIndex {
    private final int[] ids;
    private final int[] slots; // position + 1; 0 marks an empty slot
    private final int mask;
    private final int shift;

    PositionIndex(int[] ranked) {
      int capacity = Integer.highestOneBit(Math.max(1, ranked.length)) << 2;
      ids = new int[capacity];
      slots = new int[capacity];
      mask = capacity - 1;
      shift = Integer.numberOfLeadingZeros(mask); // Fibonacci hashing: keep the product's top bits
      for (int i = 0; i < ranked.length; i++) {
        int slot = find(ranked[i]);
        if (slots[slot] != 0) {
          throw new IllegalArgumentException(
              "item " + ranked[i] + " appears twice in the ranked list");
        }
        ids[slot] = ranked[i];
        slots[slot] = i + 1;
      }
    }

    /** The position of {@code id}, or -1 if the list does not hold it. */
    int positionOf(int id) {
      return slots[find(id)] - 1;
    }

    /** The slot that holds {@code id}, or the empty slot where it would go. */
    private int find(int id) {
      int slot = (id * 0x9E3779B9) >>> shift;
      while (slots[slot] != 0 && ids[slot] != id) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }
}
