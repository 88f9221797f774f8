package challenge.recmetrics.hidden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.recmetrics.RankingMetrics;
import challenge.recmetrics.RankingMetrics.Summary;
import challenge.recmetrics.RankingMetricsImpl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import mlgrader.kit.Approx;
import mlgrader.kit.Points;
import mlgrader.kit.Purity;
import mlgrader.kit.RandomInputs;
import mlgrader.kit.Rejects;
import mlgrader.kit.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hidden suite for {@code ranking-metrics-at-k} (catalog-spec §4 W1-4).
 *
 * <p>Goldens were produced with /usr/bin/python3 (NumPy 1.24.2, scikit-learn 1.2.1) using these
 * helpers:
 *
 * <pre>
 * P   = lambda r, R, k: len(set(r[:k]) &amp; R) / k
 * Rc  = lambda r, R, k: len(set(r[:k]) &amp; R) / len(R)
 * apk = ml_metrics.average_precision.apk(actual=R, predicted=r, k)  (its 12 lines, copied verbatim)
 * RR  = lambda r, R: next((1 / (i + 1) for i, x in enumerate(r) if x in R), 0.0)
 * ideal = lambda g, k: sorted(g.values(), reverse=True)[:k]
 * ndcg = lambda r, g, k: sum(g.get(x, 0) / np.log2(i + 2) for i, x in enumerate(r[:k]))
 *                       / sum(v / np.log2(i + 2) for i, v in enumerate(ideal(g, k)))
 * </pre>
 *
 * and, for NDCG with {@code k ≤ len(r)}, cross-checked with {@code
 * sklearn.metrics.ndcg_score(y_true, y_score, k=k)} where the retrieved items get decreasing
 * distinct scores and every other item of the gain map a lower one.
 */
public class RankingMetricsHiddenTest {

  /** Catalog-spec W1-4: 1e-12; every metric lies in [0, 1], so this is an absolute bound. */
  private static final Tolerance TOL = Tolerance.mixed(1e-12);

  /** The spec's list: ranked [7,3,9,1,4,2], R = {3,4,8}, gains {3:3, 4:1, 8:2}. */
  private static final int[] SPEC_RANKED = {7, 3, 9, 1, 4, 2};

  private static final Set<Integer> SPEC_RELEVANT = Set.of(3, 4, 8);

  private static Map<Integer, Double> specGains() {
    Map<Integer, Double> gains = new HashMap<>();
    gains.put(3, 3.0);
    gains.put(4, 1.0);
    gains.put(8, 2.0);
    return gains;
  }

  /**
   * A second list with more relevant items than k: ranked [12,40,7,33,5,18,21,9], R =
   * {7,5,21,40,99,100}.
   */
  private static final int[] SECOND_RANKED = {12, 40, 7, 33, 5, 18, 21, 9};

  private static Set<Integer> secondRelevant() {
    return new HashSet<>(List.of(7, 5, 21, 40, 99, 100));
  }

  private static RankingMetrics metrics() {
    return new RankingMetricsImpl();
  }

  private static RankingMetrics oracle() {
    return new challenge.recmetrics.oracle.RankingMetricsImpl();
  }

  private static void close(double expected, double actual, String what) {
    Approx.assertClose(expected, actual, TOL, what);
  }

  // ---------------------------------------------------------------- random inputs

  /** {@code len} distinct ids drawn from {@code [-20, universe − 20)}, in random order. */
  private static int[] randomRanked(RandomInputs rnd, int len, int universe) {
    int[] perm = rnd.permutation(universe);
    int[] ranked = new int[len];
    for (int i = 0; i < len; i++) {
      ranked[i] = perm[i] - 20;
    }
    return ranked;
  }

  /**
   * A random subset of {@code [-20, universe − 20)} of the given size, as a HashSet or an immutable
   * set.
   */
  private static Set<Integer> randomRelevant(RandomInputs rnd, int size, int universe) {
    int[] ids = randomRanked(rnd, size, universe);
    Set<Integer> set = new HashSet<>();
    for (int id : ids) {
      set.add(id);
    }
    return rnd.intBetween(0, 1) == 0 ? set : Set.copyOf(set);
  }

  /**
   * Gains for a random subset of ids, at least one of them positive; a HashMap or an immutable map.
   */
  private static Map<Integer, Double> randomGains(RandomInputs rnd, int size, int universe) {
    int[] ids = randomRanked(rnd, size, universe);
    Map<Integer, Double> gains = new HashMap<>();
    for (int i = 0; i < size; i++) {
      double g =
          switch (rnd.intBetween(0, 2)) {
            case 0 -> rnd.intBetween(0, 3);
            case 1 -> rnd.doubleBetween(0, 5);
            default -> rnd.intBetween(0, 1) * 0.5;
          };
      gains.put(ids[i], g);
    }
    gains.put(ids[0], 1 + rnd.doubleBetween(0, 3));
    return rnd.intBetween(0, 1) == 0 ? gains : Map.copyOf(gains);
  }

  private static Map<Integer, Double> binaryGains(Set<Integer> relevant) {
    Map<Integer, Double> gains = new HashMap<>();
    for (int id : relevant) {
      gains.put(id, 1.0);
    }
    return gains;
  }

  /**
   * A multi-user problem with skipped users (no or empty relevant set) and users without a ranking.
   */
  private static Map<Integer, Set<Integer>> randomRelevantByUser(
      RandomInputs rnd, int users, int universe) {
    Map<Integer, Set<Integer>> relevantByUser = new HashMap<>();
    for (int u = 0; u < users; u++) {
      int kind = rnd.intBetween(0, 9);
      if (kind == 0) {
        continue; // no relevant entry
      }
      relevantByUser.put(
          u * 3 - 7, kind == 1 ? Set.of() : randomRelevant(rnd, rnd.intBetween(1, 8), universe));
    }
    relevantByUser.put(
        1000, randomRelevant(rnd, rnd.intBetween(1, 8), universe)); // at least one evaluated
    return relevantByUser;
  }

  private static Map<Integer, int[]> randomRankedByUser(RandomInputs rnd, int users, int universe) {
    Map<Integer, int[]> rankedByUser = new HashMap<>();
    for (int u = 0; u < users; u++) {
      if (rnd.intBetween(0, 9) > 0) {
        rankedByUser.put(
            u * 3 - 7, randomRanked(rnd, rnd.intBetween(0, Math.min(20, universe)), universe));
      }
    }
    rankedByUser.put(1000, randomRanked(rnd, rnd.intBetween(0, Math.min(20, universe)), universe));
    return rankedByUser;
  }

  private static void assertSummary(Summary expected, Summary actual, Tolerance tol, String what) {
    Approx.assertClose(expected.precision(), actual.precision(), tol, what + " precision");
    Approx.assertClose(expected.recall(), actual.recall(), tol, what + " recall");
    Approx.assertClose(expected.map(), actual.map(), tol, what + " map");
    Approx.assertClose(expected.ndcg(), actual.ndcg(), tol, what + " ndcg");
    Approx.assertClose(expected.mrr(), actual.mrr(), tol, what + " mrr");
    Approx.assertClose(expected.hitRate(), actual.hitRate(), tol, what + " hitRate");
    assertEquals(expected.usersEvaluated(), actual.usersEvaluated(), what + " usersEvaluated");
  }

  /** Checks that an ordering is a permutation sorted by score descending, ties by id ascending. */
  private static void assertRankedByScore(double[] scores, int[] order, String what) {
    assertEquals(scores.length, order.length, what + ": length");
    boolean[] seen = new boolean[scores.length];
    for (int i = 0; i < order.length; i++) {
      int id = order[i];
      assertTrue(
          id >= 0 && id < scores.length && !seen[id],
          what + ": not a permutation at position " + i);
      seen[id] = true;
      if (i > 0) {
        double previous = scores[order[i - 1]];
        double current = scores[id];
        boolean ok = previous > current || (previous == current && order[i - 1] < id);
        assertTrue(ok, what + ": positions " + (i - 1) + " and " + i + " are out of order");
      }
    }
  }

  @Nested
  class Golden {

    @Test
    @Points(2)
    @DisplayName("precision@k divides by k, also beyond the end of the list")
    void precisionGolden() {
      // P(r, R, k) for k = 1, 2, 3, 5, 10 → 0, 0.5, 1/3, 0.4, 0.2
      double[] expected = {0.0, 0.5, 0.3333333333333333, 0.4, 0.2};
      int[] ks = {1, 2, 3, 5, 10};
      for (int j = 0; j < ks.length; j++) {
        close(
            expected[j],
            metrics().precisionAtK(SPEC_RANKED.clone(), SPEC_RELEVANT, ks[j]),
            "P@" + ks[j]);
      }
    }

    @Test
    @Points(2)
    @DisplayName("recall@k on the reference list")
    void recallGolden() {
      // Rc(r, R, k) for k = 1, 2, 3, 5, 10 → 0, 1/3, 1/3, 2/3, 2/3
      double[] expected = {
        0.0, 0.3333333333333333, 0.3333333333333333, 0.6666666666666666, 0.6666666666666666
      };
      int[] ks = {1, 2, 3, 5, 10};
      for (int j = 0; j < ks.length; j++) {
        close(
            expected[j],
            metrics().recallAtK(SPEC_RANKED.clone(), SPEC_RELEVANT, ks[j]),
            "R@" + ks[j]);
      }
    }

    @Test
    @Points(3)
    @DisplayName("average precision@k normalised by min(k, |R|)")
    void averagePrecisionGolden() {
      // apk(R, r, k) for k = 1, 2, 3, 5, 10 → 0, 0.25, 1/6, 0.3, 0.3
      double[] expected = {0.0, 0.25, 0.16666666666666666, 0.3, 0.3};
      int[] ks = {1, 2, 3, 5, 10};
      for (int j = 0; j < ks.length; j++) {
        close(
            expected[j],
            metrics().averagePrecisionAtK(SPEC_RANKED.clone(), SPEC_RELEVANT, ks[j]),
            "AP@" + ks[j]);
      }
    }

    @Test
    @DisplayName("reciprocal rank of the first relevant item")
    void reciprocalRankGolden() {
      // RR(r, R) → 0.5
      close(0.5, metrics().reciprocalRank(SPEC_RANKED.clone(), SPEC_RELEVANT), "RR");
      // RR(SECOND_RANKED, SECOND_RELEVANT) → 0.5
      close(
          0.5, metrics().reciprocalRank(SECOND_RANKED.clone(), secondRelevant()), "RR second list");
    }

    @Test
    @Points(3)
    @DisplayName("precision, recall and AP when there are more relevant items than k")
    void secondListGolden() {
      // P / Rc / apk for k = 2, 4, 8, 20
      int[] ks = {2, 4, 8, 20};
      double[] p = {0.5, 0.5, 0.5, 0.2};
      double[] r = {
        0.16666666666666666, 0.3333333333333333, 0.6666666666666666, 0.6666666666666666
      };
      double[] ap = {0.25, 0.29166666666666663, 0.38968253968253963, 0.38968253968253963};
      for (int j = 0; j < ks.length; j++) {
        close(
            p[j],
            metrics().precisionAtK(SECOND_RANKED.clone(), secondRelevant(), ks[j]),
            "P@" + ks[j]);
        close(
            r[j],
            metrics().recallAtK(SECOND_RANKED.clone(), secondRelevant(), ks[j]),
            "R@" + ks[j]);
        close(
            ap[j],
            metrics().averagePrecisionAtK(SECOND_RANKED.clone(), secondRelevant(), ks[j]),
            "AP@" + ks[j]);
      }
    }

    @Test
    @Points(3)
    @DisplayName("NDCG@k with linear gains and an ideal DCG that includes unretrieved items")
    void ndcgGolden() {
      // ndcg(r, {3:3, 4:1, 8:2}, k) for k = 1, 3, 5, 10; k = 3 and 5 also equal sklearn ndcg_score
      // (item 8 last)
      int[] ks = {1, 3, 5, 10};
      double[] expected = {0.0, 0.39748952229168844, 0.47872938387396574, 0.47872938387396574};
      for (int j = 0; j < ks.length; j++) {
        close(
            expected[j],
            metrics().ndcgAtK(SPEC_RANKED.clone(), specGains(), ks[j]),
            "NDCG@" + ks[j]);
      }
    }

    @Test
    @Points(2)
    @DisplayName("NDCG@k with fractional gains, zero-gain items and more gains than k")
    void ndcgSecondGolden() {
      // ndcg([5,2,8,0,6,1,3], {0:1.5, 2:0.5, 3:2.0, 4:3.0, 6:1.0}, k) for k = 2, 4, 7, 9
      // (k = 2, 4, 7 also equal sklearn ndcg_score with the unretrieved item 4 scored last)
      int[] ranked = {5, 2, 8, 0, 6, 1, 3};
      Map<Integer, Double> gains = Map.of(0, 1.5, 2, 0.5, 3, 2.0, 4, 3.0, 6, 1.0);
      int[] ks = {2, 4, 7, 9};
      double[] expected = {
        0.0740204777414663, 0.1766602375022765, 0.35752530272155125, 0.35752530272155125
      };
      for (int j = 0; j < ks.length; j++) {
        close(expected[j], metrics().ndcgAtK(ranked.clone(), gains, ks[j]), "NDCG@" + ks[j]);
      }
    }

    @Test
    @Points(2)
    @DisplayName("equal scores are ranked by ascending id")
    void tiesByAscendingId() {
      // np.lexsort((np.arange(5), -np.array([0.5, 0.9, 0.5, 0.7, 0.5]))) → [1, 3, 0, 2, 4]
      assertArrayEquals(
          new int[] {1, 3, 0, 2, 4}, metrics().rankByScore(new double[] {0.5, 0.9, 0.5, 0.7, 0.5}));
    }

    @Test
    @Points(2)
    @DisplayName("signed zeros tie and infinities rank at the ends")
    void signedZerosAndInfinities() {
      // s = [0.0, -0.0, 1.0, -inf, inf, 0.0, 1.0, -2.5]; np.lexsort((np.arange(8), -s)) → [4, 2, 6,
      // 0, 1, 5, 7, 3]
      double inf = Double.POSITIVE_INFINITY;
      double[] scores = {0.0, -0.0, 1.0, -inf, inf, 0.0, 1.0, -2.5};
      assertArrayEquals(new int[] {4, 2, 6, 0, 1, 5, 7, 3}, metrics().rankByScore(scores));
    }

    @Test
    @Points(3)
    @DisplayName("evaluate averages over users with relevant items and skips the others")
    void evaluateGolden() {
      // users 1..6 below, k = 3; per user (P, Rc, apk, binary ndcg, RR, hit) averaged over users 1,
      // 2, 3, 6: → precision 1/6, recall 1/3, map 1/6, ndcg 0.2317529161343307, mrr 0.3125, hitRate
      // 0.5, 4 users
      Map<Integer, int[]> ranked = new HashMap<>();
      ranked.put(1, SPEC_RANKED.clone());
      ranked.put(2, new int[] {5, 6});
      ranked.put(4, new int[] {1, 2, 3}); // empty relevant set: skipped
      ranked.put(5, new int[] {4, 5}); // no relevant set: skipped
      ranked.put(6, new int[] {11, 12, 13, 14});
      Map<Integer, Set<Integer>> relevant = new HashMap<>();
      relevant.put(1, Set.of(3, 4, 8));
      relevant.put(2, Set.of(6));
      relevant.put(3, Set.of(1, 2)); // no ranking: an empty list
      relevant.put(4, Set.of());
      relevant.put(6, new HashSet<>(List.of(14, 99)));
      Summary s = metrics().evaluate(ranked, relevant, 3);
      close(0.16666666666666666, s.precision(), "precision");
      close(0.3333333333333333, s.recall(), "recall");
      close(0.16666666666666666, s.map(), "map");
      close(0.2317529161343307, s.ndcg(), "ndcg");
      close(0.3125, s.mrr(), "mrr");
      close(0.5, s.hitRate(), "hitRate");
      assertEquals(4, s.usersEvaluated(), "usersEvaluated");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(3)
    @DisplayName("precision, recall, AP and RR match the reference on 300 random lists")
    void differentialSetMetrics() {
      RandomInputs rnd = new RandomInputs(0x12A4C3L);
      for (int t = 0; t < 300; t++) {
        int universe = rnd.intBetween(5, 60);
        int[] ranked = randomRanked(rnd, rnd.intBetween(0, universe), universe);
        Set<Integer> relevant = randomRelevant(rnd, rnd.intBetween(1, universe), universe);
        int k = rnd.intBetween(1, ranked.length + 5);
        String c =
            "case "
                + t
                + " (ranked "
                + Arrays.toString(ranked)
                + ", R "
                + new TreeSet<>(relevant)
                + ", k "
                + k
                + ")";
        close(
            oracle().precisionAtK(ranked, relevant, k),
            metrics().precisionAtK(ranked.clone(), relevant, k),
            c + " P");
        close(
            oracle().recallAtK(ranked, relevant, k),
            metrics().recallAtK(ranked.clone(), relevant, k),
            c + " R");
        close(
            oracle().averagePrecisionAtK(ranked, relevant, k),
            metrics().averagePrecisionAtK(ranked.clone(), relevant, k),
            c + " AP");
        close(
            oracle().reciprocalRank(ranked, relevant),
            metrics().reciprocalRank(ranked.clone(), relevant),
            c + " RR");
      }
    }

    @Test
    @Points(3)
    @DisplayName("NDCG matches the reference on 300 random lists and gain maps")
    void differentialNdcg() {
      RandomInputs rnd = new RandomInputs(0x4DC6L);
      for (int t = 0; t < 300; t++) {
        int universe = rnd.intBetween(5, 60);
        int[] ranked = randomRanked(rnd, rnd.intBetween(0, universe), universe);
        Map<Integer, Double> gains = randomGains(rnd, rnd.intBetween(1, universe), universe);
        int k = rnd.intBetween(1, ranked.length + 5);
        close(
            oracle().ndcgAtK(ranked, gains, k),
            metrics().ndcgAtK(ranked.clone(), gains, k),
            "case "
                + t
                + " (ranked "
                + Arrays.toString(ranked)
                + ", gains "
                + gains
                + ", k "
                + k
                + ")");
      }
    }

    @Test
    @Points(2)
    @DisplayName("rankByScore matches the reference on 300 random score vectors with many ties")
    void differentialRankByScore() {
      RandomInputs rnd = new RandomInputs(0x5C0E5L);
      double[] special = {
        0.0, -0.0, 1.0, -1.0, 0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
      };
      for (int t = 0; t < 300; t++) {
        double[] scores = new double[rnd.intBetween(0, 60)];
        for (int i = 0; i < scores.length; i++) {
          scores[i] =
              rnd.intBetween(0, 2) == 0
                  ? special[rnd.intBetween(0, special.length - 1)]
                  : Math.round(rnd.doubleBetween(-3, 3) * 4) / 4.0;
        }
        assertArrayEquals(
            oracle().rankByScore(scores),
            metrics().rankByScore(scores.clone()),
            "scores " + Arrays.toString(scores));
      }
    }

    @Test
    @Points(2)
    @DisplayName("evaluate matches the reference on 100 random multi-user problems")
    void differentialEvaluate() {
      RandomInputs rnd = new RandomInputs(0xE7A1L);
      for (int t = 0; t < 100; t++) {
        int users = rnd.intBetween(1, 40);
        int universe = rnd.intBetween(10, 40);
        Map<Integer, Set<Integer>> relevant = randomRelevantByUser(rnd, users, universe);
        Map<Integer, int[]> ranked = randomRankedByUser(rnd, users, universe);
        int k = rnd.intBetween(1, 15);
        assertSummary(
            oracle().evaluate(ranked, relevant, k),
            metrics().evaluate(ranked, relevant, k),
            TOL,
            "case " + t);
      }
    }

    @Test
    @Points(2)
    @DisplayName("evaluate equals the mean of the single-user metrics")
    void evaluateIsMeanOfSingleUserCalls() {
      RandomInputs rnd = new RandomInputs(77);
      for (int t = 0; t < 50; t++) {
        int users = rnd.intBetween(1, 30);
        int universe = rnd.intBetween(10, 40);
        Map<Integer, Set<Integer>> relevant = randomRelevantByUser(rnd, users, universe);
        Map<Integer, int[]> ranked = randomRankedByUser(rnd, users, universe);
        int k = rnd.intBetween(1, 12);
        RankingMetrics m = metrics();
        double p = 0;
        double r = 0;
        double ap = 0;
        double ndcg = 0;
        double rr = 0;
        double hit = 0;
        int n = 0;
        for (Map.Entry<Integer, Set<Integer>> e : relevant.entrySet()) {
          if (e.getValue().isEmpty()) {
            continue;
          }
          int[] list = ranked.getOrDefault(e.getKey(), new int[0]);
          p += m.precisionAtK(list, e.getValue(), k);
          r += m.recallAtK(list, e.getValue(), k);
          ap += m.averagePrecisionAtK(list, e.getValue(), k);
          ndcg += m.ndcgAtK(list, binaryGains(e.getValue()), k);
          rr += m.reciprocalRank(list, e.getValue());
          hit += m.precisionAtK(list, e.getValue(), k) > 0 ? 1 : 0;
          n++;
        }
        Summary expected = new Summary(p / n, r / n, ap / n, ndcg / n, rr / n, hit / n, n);
        assertSummary(expected, m.evaluate(ranked, relevant, k), TOL, "case " + t);
      }
    }

    @Test
    @DisplayName("recall@k never decreases as k grows")
    void recallMonotoneInK() {
      RandomInputs rnd = new RandomInputs(78);
      for (int t = 0; t < 100; t++) {
        int universe = rnd.intBetween(5, 50);
        int[] ranked = randomRanked(rnd, rnd.intBetween(0, universe), universe);
        Set<Integer> relevant = randomRelevant(rnd, rnd.intBetween(1, universe), universe);
        double previous = 0;
        for (int k = 1; k <= ranked.length + 2; k++) {
          double r = metrics().recallAtK(ranked, relevant, k);
          assertTrue(
              r >= previous,
              "case " + t + ": recall fell from " + previous + " to " + r + " at k = " + k);
          previous = r;
        }
      }
    }

    @Test
    @DisplayName("every metric lies in [0, 1]")
    void metricsInUnitInterval() {
      RandomInputs rnd = new RandomInputs(79);
      for (int t = 0; t < 200; t++) {
        int universe = rnd.intBetween(5, 50);
        int[] ranked = randomRanked(rnd, rnd.intBetween(0, universe), universe);
        Set<Integer> relevant = randomRelevant(rnd, rnd.intBetween(1, universe), universe);
        Map<Integer, Double> gains = randomGains(rnd, rnd.intBetween(1, universe), universe);
        int k = rnd.intBetween(1, universe + 3);
        double[] values = {
          metrics().precisionAtK(ranked, relevant, k),
          metrics().recallAtK(ranked, relevant, k),
          metrics().averagePrecisionAtK(ranked, relevant, k),
          metrics().ndcgAtK(ranked, gains, k),
          metrics().reciprocalRank(ranked, relevant)
        };
        for (double v : values) {
          // Slack of 1e-12: a DCG and an ideal DCG summed in different orders may differ slightly.
          assertTrue(
              v >= -1e-12 && v <= 1 + 1e-12, "case " + t + ": metric " + v + " outside [0, 1]");
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("NDCG is 1 for a list in ideal order")
    void ndcgOfIdealOrderIsOne() {
      RandomInputs rnd = new RandomInputs(80);
      for (int t = 0; t < 100; t++) {
        int universe = rnd.intBetween(5, 50);
        Map<Integer, Double> gains = randomGains(rnd, rnd.intBetween(1, universe), universe);
        List<Integer> ids = new ArrayList<>(gains.keySet());
        ids.sort((a, b) -> Double.compare(gains.get(b), gains.get(a)));
        int[] ideal = ids.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 1; k <= ideal.length + 2; k++) {
          close(1.0, metrics().ndcgAtK(ideal, gains, k), "case " + t + ", k = " + k);
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("reordering the items after position k changes nothing at k")
    void tailOrderIrrelevant() {
      RandomInputs rnd = new RandomInputs(81);
      for (int t = 0; t < 100; t++) {
        int universe = rnd.intBetween(5, 50);
        int[] ranked = randomRanked(rnd, rnd.intBetween(2, universe), universe);
        int k = rnd.intBetween(1, ranked.length - 1);
        int[] shuffled = ranked.clone();
        int[] perm = rnd.permutation(ranked.length - k);
        for (int i = 0; i < perm.length; i++) {
          shuffled[k + i] = ranked[k + perm[i]];
        }
        Set<Integer> relevant = randomRelevant(rnd, rnd.intBetween(1, universe), universe);
        Map<Integer, Double> gains = randomGains(rnd, rnd.intBetween(1, universe), universe);
        String c = "case " + t;
        close(
            metrics().precisionAtK(ranked, relevant, k),
            metrics().precisionAtK(shuffled, relevant, k),
            c + " P");
        close(
            metrics().recallAtK(ranked, relevant, k),
            metrics().recallAtK(shuffled, relevant, k),
            c + " R");
        close(
            metrics().averagePrecisionAtK(ranked, relevant, k),
            metrics().averagePrecisionAtK(shuffled, relevant, k),
            c + " AP");
        close(
            metrics().ndcgAtK(ranked, gains, k),
            metrics().ndcgAtK(shuffled, gains, k),
            c + " NDCG");
      }
    }

    @Test
    @Points(2)
    @DisplayName("results do not depend on the iteration order of the given sets and maps")
    void iterationOrderIndependence() {
      RandomInputs rnd = new RandomInputs(82);
      for (int t = 0; t < 50; t++) {
        int universe = rnd.intBetween(10, 60);
        int[] ranked = randomRanked(rnd, rnd.intBetween(1, universe), universe);
        Set<Integer> relevant = randomRelevant(rnd, rnd.intBetween(1, universe), universe);
        Map<Integer, Double> gains = randomGains(rnd, rnd.intBetween(1, universe), universe);
        Set<Integer> relevantCopy = Set.copyOf(new ArrayList<>(relevant));
        Map<Integer, Double> gainsCopy = new HashMap<>(universe * 4);
        gainsCopy.putAll(Map.copyOf(gains));
        int k = rnd.intBetween(1, universe);
        String c = "case " + t;
        close(
            metrics().precisionAtK(ranked, relevant, k),
            metrics().precisionAtK(ranked, relevantCopy, k),
            c + " P");
        close(
            metrics().averagePrecisionAtK(ranked, relevant, k),
            metrics().averagePrecisionAtK(ranked, relevantCopy, k),
            c + " AP");
        close(
            metrics().ndcgAtK(ranked, gains, k),
            metrics().ndcgAtK(ranked, gainsCopy, k),
            c + " NDCG");
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("an empty ranked list scores 0 on every metric")
    void emptyList() {
      int[] empty = {};
      close(0, metrics().precisionAtK(empty, Set.of(1, 2), 3), "P");
      close(0, metrics().recallAtK(empty, Set.of(1, 2), 3), "R");
      close(0, metrics().averagePrecisionAtK(empty, Set.of(1, 2), 3), "AP");
      close(0, metrics().ndcgAtK(empty, Map.of(1, 2.0), 3), "NDCG");
      close(0, metrics().reciprocalRank(empty, Set.of(1, 2)), "RR");
    }

    @Test
    @DisplayName("precision and reciprocal rank with an empty relevant set are 0")
    void emptyRelevantSet() {
      close(0, metrics().precisionAtK(new int[] {3, 1, 2}, Set.of(), 2), "P");
      close(0, metrics().reciprocalRank(new int[] {3, 1, 2}, new HashSet<>()), "RR");
    }

    @Test
    @DisplayName("negative ids and relevant items that were never ranked")
    void negativeIdsAndUnrankedRelevantItems() {
      // by the definitions: hits at positions 3 and 4 of 4; |R| = 3
      int[] ranked = {-4, 17, -9, 0};
      Set<Integer> relevant = Set.of(-9, 0, -100);
      close(0.5, metrics().precisionAtK(ranked, relevant, 4), "P@4");
      close(2.0 / 3, metrics().recallAtK(ranked, relevant, 4), "R@4");
      close((1.0 / 3 + 2.0 / 4) / 3, metrics().averagePrecisionAtK(ranked, relevant, 4), "AP@4");
      close(1.0 / 3, metrics().reciprocalRank(ranked, relevant), "RR");
    }

    @Test
    @DisplayName("zero gains are allowed next to a positive one")
    void zeroGains() {
      Map<Integer, Double> gains = new HashMap<>();
      gains.put(1, 0.0);
      gains.put(2, 0.0);
      gains.put(3, 2.0);
      close(0.5, metrics().ndcgAtK(new int[] {1, 2, 3}, gains, 3), "NDCG@3"); // (2/log2 4) / 2
      close(1.0, metrics().ndcgAtK(new int[] {3, 1, 2}, gains, 1), "NDCG@1");
    }

    @Test
    @DisplayName("NDCG stays finite and exact for finite gains close to the largest double")
    void hugeFiniteGains() {
      // ndcg([4, 7, 1], {7: 1e308, 1: 5e307}, 3): the ideal DCG 1e308 + 5e307/log2(3) ≈ 1.32e308 is
      // still finite, and NDCG is invariant to scaling the gains (same as for {7: 1, 1: 0.5}).
      Map<Integer, Double> gains = Map.of(7, 1e308, 1, 5e307);
      close(
          0.6696718164942301,
          metrics().ndcgAtK(new int[] {4, 7, 1}, gains, 3),
          "NDCG@3 with gains near the largest double");
    }

    @Test
    @DisplayName("rankByScore of an empty, a single and an all-equal score vector")
    void rankByScoreSmall() {
      assertArrayEquals(new int[] {}, metrics().rankByScore(new double[] {}));
      assertArrayEquals(new int[] {0}, metrics().rankByScore(new double[] {-3.5}));
      assertArrayEquals(new int[] {0, 1, 2, 3}, metrics().rankByScore(new double[] {2, 2, 2, 2}));
      assertArrayEquals(new int[] {0, 1, 2}, metrics().rankByScore(new double[] {-0.0, 0.0, -0.0}));
    }

    @Test
    @Points(2)
    @DisplayName("evaluate counts a user without a ranking as an empty list")
    void evaluateUserWithoutRanking() {
      Map<Integer, int[]> ranked = Map.of(1, new int[] {2, 1});
      Map<Integer, Set<Integer>> relevant = Map.of(1, Set.of(1), 2, Set.of(5, 6));
      Summary s = metrics().evaluate(ranked, relevant, 2);
      assertEquals(2, s.usersEvaluated(), "usersEvaluated");
      close(0.25, s.precision(), "precision");
      close(0.5, s.recall(), "recall");
      close(0.25, s.map(), "map");
      close(0.25, s.mrr(), "mrr");
      close(0.5, s.hitRate(), "hitRate");
      close(0.5 / (Math.log(3) / Math.log(2)), s.ndcg(), "ndcg");
    }

    @Test
    @Points(2)
    @DisplayName("evaluate ignores users whose relevant set is missing or empty")
    void evaluateSkipsUsersWithoutRelevantItems() {
      Map<Integer, int[]> ranked = new HashMap<>();
      ranked.put(7, new int[] {4, 9, 1});
      Map<Integer, Set<Integer>> relevant = new HashMap<>();
      relevant.put(7, Set.of(9));
      Summary alone = metrics().evaluate(ranked, relevant, 2);
      ranked.put(8, new int[] {1, 2, 3});
      ranked.put(9, new int[] {6});
      relevant.put(9, Set.of());
      relevant.put(10, new HashSet<>());
      Summary withSkipped = metrics().evaluate(ranked, relevant, 2);
      assertEquals(1, withSkipped.usersEvaluated(), "usersEvaluated");
      assertSummary(alone, withSkipped, TOL, "with skipped users");
      close(0.5, withSkipped.mrr(), "mrr");
    }

    @Test
    @DisplayName("evaluate's reciprocal rank is not cut at k")
    void evaluateMrrUsesWholeList() {
      Summary s = metrics().evaluate(Map.of(1, new int[] {5, 6, 7, 8}), Map.of(1, Set.of(8)), 2);
      close(0.25, s.mrr(), "mrr");
      close(0, s.hitRate(), "hitRate");
    }

    @Test
    @Points(2)
    @DisplayName("the set metrics do not modify the list or the set")
    void setMetricsPurity() {
      int[] ranked = {9, 2, 7, 4, 1, 8};
      Set<Integer> relevant = new HashSet<>(List.of(7, 1, 3));
      Purity.Snapshot snapshot = Purity.snapshot(ranked, relevant);
      metrics().precisionAtK(ranked, relevant, 4);
      snapshot.assertUnchanged();
      metrics().recallAtK(ranked, relevant, 4);
      snapshot.assertUnchanged();
      metrics().averagePrecisionAtK(ranked, relevant, 4);
      snapshot.assertUnchanged();
      metrics().reciprocalRank(ranked, relevant);
      snapshot.assertUnchanged();
    }

    @Test
    @DisplayName("ndcgAtK does not modify the list or the gain map")
    void ndcgPurity() {
      int[] ranked = {9, 2, 7, 4, 1, 8};
      Map<Integer, Double> gains = new HashMap<>();
      gains.put(7, 1.0);
      gains.put(3, 2.5);
      gains.put(8, 0.0);
      Purity.Snapshot snapshot = Purity.snapshot(ranked, gains);
      metrics().ndcgAtK(ranked, gains, 4);
      snapshot.assertUnchanged();
    }

    @Test
    @DisplayName("rankByScore does not modify the scores and returns a new array each time")
    void rankByScorePurity() {
      double[] scores = {0.3, -1.0, 2.5, 0.3, -0.0, 0.0};
      Purity.Snapshot snapshot = Purity.snapshot(scores);
      int[] first = metrics().rankByScore(scores);
      snapshot.assertUnchanged();
      Purity.assertNoAliasing(first, scores);
      Arrays.fill(first, 0);
      assertArrayEquals(new int[] {2, 0, 3, 4, 5, 1}, metrics().rankByScore(scores));
    }

    @Test
    @Points(2)
    @DisplayName("evaluate does not modify its maps, lists or sets")
    void evaluatePurity() {
      Map<Integer, int[]> ranked = new HashMap<>();
      ranked.put(1, new int[] {5, 3, 9, 1});
      ranked.put(2, new int[] {8, 2});
      ranked.put(4, new int[] {7});
      Map<Integer, Set<Integer>> relevant = new HashMap<>();
      relevant.put(1, new HashSet<>(List.of(9, 1, 6)));
      relevant.put(2, new HashSet<>(List.of(3)));
      relevant.put(3, new HashSet<>(List.of(4)));
      relevant.put(5, new HashSet<>());
      // Purity.snapshot compares maps with equals, which compares int[] values by identity, so the
      // lists are snapshotted as arrays and the map is checked to still hold the very same array
      // objects.
      Integer[] users = ranked.keySet().toArray(new Integer[0]);
      int[][] lists = new int[users.length][];
      for (int i = 0; i < users.length; i++) {
        lists[i] = ranked.get(users[i]);
      }
      Purity.Snapshot snapshot = Purity.snapshot(relevant, lists);
      metrics().evaluate(ranked, relevant, 3);
      snapshot.assertUnchanged();
      assertEquals(users.length, ranked.size(), "rankedByUser size");
      for (int i = 0; i < users.length; i++) {
        assertSame(lists[i], ranked.get(users[i]), "rankedByUser entry " + users[i]);
      }
      assertEquals(Set.of(1, 2, 3, 5), relevant.keySet(), "relevantByUser keys");
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("k below 1 is rejected by every metric that takes k")
    void kBelowOne() {
      int[] ranked = {1, 2, 3};
      for (int k : new int[] {0, -1}) {
        Rejects.illegalArgument(() -> metrics().precisionAtK(ranked, Set.of(1), k), "P, k = " + k);
        Rejects.illegalArgument(() -> metrics().recallAtK(ranked, Set.of(1), k), "R, k = " + k);
        Rejects.illegalArgument(
            () -> metrics().averagePrecisionAtK(ranked, Set.of(1), k), "AP, k = " + k);
        Rejects.illegalArgument(
            () -> metrics().ndcgAtK(ranked, Map.of(1, 1.0), k), "NDCG, k = " + k);
        Rejects.illegalArgument(
            () -> metrics().evaluate(Map.of(1, ranked), Map.of(1, Set.of(1)), k),
            "evaluate, k = " + k);
      }
    }

    @Test
    @Points(2)
    @DisplayName("a duplicate id inside the top-k is rejected")
    void duplicateInTopK() {
      int[] ranked = {4, 2, 4, 7};
      Rejects.illegalArgument(() -> metrics().precisionAtK(ranked, Set.of(2), 3), "P");
      Rejects.illegalArgument(() -> metrics().recallAtK(ranked, Set.of(2), 3), "R");
      Rejects.illegalArgument(() -> metrics().averagePrecisionAtK(ranked, Set.of(2), 3), "AP");
      Rejects.illegalArgument(() -> metrics().ndcgAtK(ranked, Map.of(2, 1.0), 3), "NDCG");
      Rejects.illegalArgument(() -> metrics().reciprocalRank(ranked, Set.of(2)), "RR");
    }

    @Test
    @Points(2)
    @DisplayName("a duplicate id after position k is rejected too")
    void duplicateAfterK() {
      int[] ranked = {4, 2, 9, 7, 3, 9};
      Rejects.illegalArgument(() -> metrics().precisionAtK(ranked, Set.of(2), 2), "P");
      Rejects.illegalArgument(() -> metrics().recallAtK(ranked, Set.of(2), 2), "R");
      Rejects.illegalArgument(() -> metrics().averagePrecisionAtK(ranked, Set.of(2), 2), "AP");
      Rejects.illegalArgument(() -> metrics().ndcgAtK(ranked, Map.of(2, 1.0), 2), "NDCG");
      Rejects.illegalArgument(() -> metrics().reciprocalRank(ranked, Set.of(4)), "RR");
    }

    @Test
    @DisplayName("evaluate rejects a duplicate id in an evaluated user's list")
    void evaluateDuplicate() {
      Map<Integer, int[]> ranked = Map.of(1, new int[] {1, 2}, 2, new int[] {3, 5, 8, 5});
      Map<Integer, Set<Integer>> relevant = Map.of(1, Set.of(1), 2, Set.of(3));
      Rejects.illegalArgument(
          () -> metrics().evaluate(ranked, relevant, 2), "duplicate for user 2");
    }

    @Test
    @DisplayName("recall and AP reject an empty relevant set")
    void emptyRelevantRejected() {
      Rejects.illegalArgument(() -> metrics().recallAtK(new int[] {1, 2}, Set.of(), 2), "R");
      Rejects.illegalArgument(
          () -> metrics().averagePrecisionAtK(new int[] {1, 2}, new HashSet<>(), 2), "AP");
    }

    @Test
    @Points(2)
    @DisplayName("NDCG rejects negative, NaN and infinite gains")
    void badGains() {
      int[] ranked = {1, 2, 3};
      Rejects.illegalArgument(
          () -> metrics().ndcgAtK(ranked, Map.of(1, 1.0, 5, -0.5), 2), "negative gain");
      Rejects.illegalArgument(
          () -> metrics().ndcgAtK(ranked, Map.of(1, 1.0, 5, Double.NaN), 2), "NaN gain");
      Rejects.illegalArgument(
          () -> metrics().ndcgAtK(ranked, Map.of(1, 1.0, 5, Double.POSITIVE_INFINITY), 2),
          "infinite gain");
    }

    @Test
    @DisplayName("NDCG rejects a gain map whose ideal DCG is zero")
    void zeroIdealDcg() {
      Rejects.illegalArgument(
          () -> metrics().ndcgAtK(new int[] {1, 2}, Map.of(), 2), "empty gain map");
      Rejects.illegalArgument(
          () -> metrics().ndcgAtK(new int[] {1, 2}, Map.of(1, 0.0, 2, 0.0), 2), "all zero");
    }

    @Test
    @DisplayName("rankByScore rejects a NaN score")
    void nanScore() {
      Rejects.illegalArgument(
          () -> metrics().rankByScore(new double[] {0.1, Double.NaN, 0.3}), "NaN score");
    }

    @Test
    @DisplayName("evaluate rejects a problem without any evaluated user")
    void evaluateWithoutUsers() {
      Rejects.illegalArgument(() -> metrics().evaluate(Map.of(), Map.of(), 3), "no users at all");
      Rejects.illegalArgument(
          () ->
              metrics().evaluate(Map.of(1, new int[] {1, 2}), Map.of(1, Set.of(), 2, Set.of()), 3),
          "only empty relevant sets");
    }

    @Test
    @Points(2)
    @DisplayName("null arguments are rejected")
    void nulls() {
      int[] ranked = {1, 2};
      Rejects.nullArgument(() -> metrics().rankByScore(null), "scores");
      Rejects.nullArgument(() -> metrics().precisionAtK(null, Set.of(1), 2), "P ranked");
      Rejects.nullArgument(() -> metrics().precisionAtK(ranked, null, 2), "P relevant");
      Rejects.nullArgument(() -> metrics().recallAtK(null, Set.of(1), 2), "R ranked");
      Rejects.nullArgument(() -> metrics().recallAtK(ranked, null, 2), "R relevant");
      Rejects.nullArgument(() -> metrics().averagePrecisionAtK(ranked, null, 2), "AP relevant");
      Rejects.nullArgument(() -> metrics().ndcgAtK(null, Map.of(1, 1.0), 2), "NDCG ranked");
      Rejects.nullArgument(() -> metrics().ndcgAtK(ranked, null, 2), "NDCG gains");
      Rejects.nullArgument(() -> metrics().reciprocalRank(ranked, null), "RR relevant");
      Rejects.nullArgument(() -> metrics().evaluate(null, Map.of(1, Set.of(1)), 2), "rankedByUser");
      Rejects.nullArgument(() -> metrics().evaluate(Map.of(1, ranked), null, 2), "relevantByUser");
    }

    @Test
    @DisplayName("a null gain value is rejected")
    void nullGainValue() {
      Map<Integer, Double> gains = new HashMap<>();
      gains.put(1, 1.0);
      gains.put(2, null);
      Rejects.nullArgument(() -> metrics().ndcgAtK(new int[] {1, 2}, gains, 2), "null gain");
    }
  }

  @Nested
  class Performance {

    /** The length of the long single-user lists. */
    private static final int N_BIG = 200_000;

    @Test
    @Timeout(value = 8, unit = TimeUnit.SECONDS)
    @DisplayName("evaluate over 100 000 users with 100 ranked items each within 8 s")
    void evaluateLarge() {
      RandomInputs rnd = new RandomInputs(90);
      // 500 distinct lists and relevant sets, shared between users, keep the test's own set-up
      // cheap.
      int[][] lists = new int[500][];
      List<Set<Integer>> sets = new ArrayList<>();
      for (int i = 0; i < lists.length; i++) {
        lists[i] = randomRanked(rnd, 100, 2000);
        sets.add(new HashSet<>(randomRelevant(rnd, rnd.intBetween(1, 20), 2000)));
      }
      // Make about one list in four hit early, so that every metric has non-trivial work.
      for (int i = 0; i < lists.length; i += 4) {
        sets.get(i).add(lists[i][rnd.intBetween(0, 30)]);
      }
      Map<Integer, int[]> ranked = new HashMap<>();
      Map<Integer, Set<Integer>> relevant = new HashMap<>();
      for (int u = 0; u < 100_000; u++) {
        ranked.put(u, lists[u % 500]);
        relevant.put(u, sets.get((u * 7) % 500));
      }
      Summary s = metrics().evaluate(ranked, relevant, 10);
      assertEquals(100_000, s.usersEvaluated(), "usersEvaluated");
      Summary expected = smallEquivalent(lists, sets);
      assertSummary(expected, s, Tolerance.mixed(1e-9), "100 000 users");
    }

    /**
     * The same means from the 500 distinct (list, set) pairs, each of which occurs equally often.
     */
    private Summary smallEquivalent(int[][] lists, List<Set<Integer>> sets) {
      Map<Integer, int[]> ranked = new HashMap<>();
      Map<Integer, Set<Integer>> relevant = new HashMap<>();
      for (int u = 0; u < 500; u++) {
        ranked.put(u, lists[u]);
        relevant.put(u, sets.get((u * 7) % 500));
      }
      Summary s = oracle().evaluate(ranked, relevant, 10);
      return new Summary(
          s.precision(), s.recall(), s.map(), s.ndcg(), s.mrr(), s.hitRate(), 100_000);
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("rankByScore of 200 000 scores with many ties within 4 s")
    void rankByScoreLarge() {
      RandomInputs rnd = new RandomInputs(91);
      double[] scores = new double[200_000];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = Math.floor(rnd.doubleBetween(-1, 1) * 5000) / 1000;
      }
      assertRankedByScore(scores, metrics().rankByScore(scores), "200 000 scores");
    }

    /** A list of 200 000 distinct ids, and every tenth id (in another order) as relevant. */
    private int[] bigList() {
      return new RandomInputs(92).permutation(N_BIG);
    }

    private Set<Integer> bigRelevant() {
      Set<Integer> relevant = new HashSet<>();
      for (int id = 3; id < N_BIG; id += 10) {
        relevant.add(id);
      }
      return relevant;
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("precision and recall on a list of 200 000 items within 4 s")
    void precisionRecallLarge() {
      int[] ranked = bigList();
      Set<Integer> relevant = bigRelevant();
      close(0.1, metrics().precisionAtK(ranked, relevant, N_BIG), "P@n");
      close(1.0, metrics().recallAtK(ranked, relevant, N_BIG), "R@n");
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("average precision and reciprocal rank on a list of 200 000 items within 4 s")
    void averagePrecisionLarge() {
      int[] ranked = bigList();
      Set<Integer> relevant = bigRelevant();
      double ap = metrics().averagePrecisionAtK(ranked, relevant, N_BIG);
      double rr = metrics().reciprocalRank(ranked, relevant);
      close(oracle().averagePrecisionAtK(ranked, relevant, N_BIG), ap, "AP@n");
      close(oracle().reciprocalRank(ranked, relevant), rr, "RR");
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("NDCG on a list of 200 000 items with 20 000 gains within 4 s")
    void ndcgLarge() {
      int[] ranked = bigList();
      Map<Integer, Double> gains = new HashMap<>();
      for (int id = 3; id < N_BIG; id += 10) {
        gains.put(id, (double) (id % 7));
      }
      double ndcg = metrics().ndcgAtK(ranked, gains, N_BIG);
      assertTrue(ndcg > 0 && ndcg < 1, "NDCG@n = " + ndcg);
      close(oracle().ndcgAtK(ranked, gains, N_BIG), ndcg, "NDCG@n");
    }
  }
}
