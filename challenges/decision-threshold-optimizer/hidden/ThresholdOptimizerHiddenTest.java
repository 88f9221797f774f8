package challenge.threshold.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.threshold.ThresholdOptimizer;
import challenge.threshold.ThresholdOptimizer.Choice;
import challenge.threshold.ThresholdOptimizer.Confusion;
import challenge.threshold.ThresholdOptimizerImpl;
import java.util.Arrays;
import java.util.OptionalDouble;
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
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Hidden suite for {@code decision-threshold-optimizer} (catalog-spec §4 W1-12).
 *
 * <p>Goldens come from /usr/bin/python3 with scikit-learn 1.2.1 and these definitions, for numpy
 * arrays {@code y}, {@code s}:
 *
 * <pre>
 * C = [np.inf] + sorted(set(s.tolist()), reverse=True)   # candidates, largest first
 * conf = lambda t: confusion_matrix(y, s >= t, labels=[0, 1]).ravel()   # (tn, fp, fn, tp)
 * fb = lambda t, b: fbeta_score(y, s >= t, beta=b, zero_division=0)
 * cost = lambda t, a, b: a * conf(t)[1] + b * conf(t)[2]
 * rec = lambda t: conf(t)[3] / (conf(t)[3] + conf(t)[2])
 * prec = lambda t: conf(t)[3] / (conf(t)[3] + conf(t)[1]) if conf(t)[3] + conf(t)[1] else 0.0
 * </pre>
 *
 * <p>Python's {@code max} and {@code min} return the first optimal element of {@code C}, i.e. the
 * largest tied threshold, which is the tie rule of the challenge.
 */
public class ThresholdOptimizerHiddenTest {

  /** Catalog-spec W1-12: 1e-12, as |a−e| ≤ 1e-12·max(1,|e|) (costs can exceed 1). */
  private static final Tolerance TOL = Tolerance.mixed(1e-12);

  /** Thresholds are scores (or +∞) and must be returned exactly. */
  private static final Tolerance SAME = Tolerance.exact();

  private static final double INF = Double.POSITIVE_INFINITY;

  /** The golden data of catalog-spec W1-12 (4 positives, 6 negatives, no tied scores). */
  private static final int[] Y = {0, 0, 1, 0, 1, 1, 0, 1, 0, 0};

  private static final double[] S = {0.1, 0.4, 0.35, 0.8, 0.65, 0.9, 0.3, 0.6, 0.55, 0.2};

  /**
   * Tied scores, with each tied group listed positives first: 0.875 → [1, 1], 0.75 → [1, 0, 0, 0],
   * 0.5 → [1, 0], 0.25 → [0, 1, 0, 0]. A sweep that evaluates after every sample instead of after
   * every group reports 0.75 with F1 = 0.75, which no threshold achieves.
   */
  private static final int[] TIED_Y = {1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0};

  private static final double[] TIED_S = {
    0.75, 0.25, 0.875, 0.5, 0.75, 0.5, 0.25, 0.875, 0.75, 0.25, 0.75, 0.25
  };

  private static ThresholdOptimizer opt() {
    return new ThresholdOptimizerImpl();
  }

  private static ThresholdOptimizer oracle() {
    return new challenge.threshold.oracle.ThresholdOptimizerImpl();
  }

  @Nested
  class Golden {

    @Test
    @Points(2)
    @DisplayName("golden: confusion counts at a score, between scores and at both infinities")
    void confusionCounts() {
      // conf(t) for t = 0.6, 0.35, 0.62, np.inf, -np.inf, reordered to (tp, fp, tn, fn)
      assertConfusion(3, 1, 5, 1, opt().confusionAt(Y.clone(), S.clone(), 0.6), "t = 0.6");
      assertConfusion(4, 3, 3, 0, opt().confusionAt(Y.clone(), S.clone(), 0.35), "t = 0.35");
      assertConfusion(2, 1, 5, 2, opt().confusionAt(Y.clone(), S.clone(), 0.62), "t = 0.62");
      assertConfusion(0, 0, 6, 4, opt().confusionAt(Y.clone(), S.clone(), INF), "t = +inf");
      assertConfusion(
          4,
          6,
          0,
          0,
          opt().confusionAt(Y.clone(), S.clone(), Double.NEGATIVE_INFINITY),
          "t = -inf");
    }

    @Test
    @Points(3)
    @DisplayName("golden: maximum F-beta with recall and precision weighted equally")
    void goldenMaxFBalanced() {
      // t = max(C, key=lambda t: fb(t, 1)) → 0.6; fb(t, 1) → 0.75; conf(t) → (5, 1, 1, 3)
      assertChoice(0.6, 0.75, 3, 1, 5, 1, opt().maxFBeta(Y.clone(), S.clone(), 1.0), "max F1");
    }

    @Test
    @Points(2)
    @DisplayName("golden: maximum F-beta weighted toward recall")
    void goldenMaxFRecallWeighted() {
      // t = max(C, key=lambda t: fb(t, 2)) → 0.35; fb(t, 2) → 0.8695652173913042 (20/23 to an ulp);
      // conf(t) → (3, 3, 0, 4)
      assertChoice(
          0.35, 20.0 / 23.0, 4, 3, 3, 0, opt().maxFBeta(Y.clone(), S.clone(), 2.0), "max F2");
    }

    @Test
    @DisplayName("golden: maximum F-beta weighted toward precision")
    void goldenMaxFPrecisionWeighted() {
      // t = max(C, key=lambda t: fb(t, 0.5)) → 0.6; fb(t, 0.5) → 0.75; conf(t) → (5, 1, 1, 3)
      assertChoice(0.6, 0.75, 3, 1, 5, 1, opt().maxFBeta(Y.clone(), S.clone(), 0.5), "max F0.5");
    }

    @Test
    @Points(2)
    @DisplayName("golden: minimum cost when misses are expensive")
    void minCostExpensiveMisses() {
      // t = min(C, key=lambda t: cost(t, 1, 5)) → 0.35; cost 3; conf(t) → (3, 3, 0, 4)
      assertChoice(
          0.35, 3, 4, 3, 3, 0, opt().minExpectedCost(Y.clone(), S.clone(), 1, 5), "cost(1, 5)");
    }

    @Test
    @Points(2)
    @DisplayName("golden: minimum cost when false alarms are expensive")
    void minCostExpensiveAlarms() {
      // t = min(C, key=lambda t: cost(t, 10, 1)) → 0.9; cost 3; conf(t) → (6, 0, 3, 1)
      // (predicting nothing, t = +inf, would cost 4)
      assertChoice(
          0.9, 3, 1, 0, 6, 3, opt().minExpectedCost(Y.clone(), S.clone(), 10, 1), "cost(10, 1)");
    }

    @Test
    @Points(2)
    @DisplayName("golden: maximum precision at a partial recall floor")
    void goldenPrecisionAtPartialRecall() {
      // max([t for t in C if rec(t) >= 0.75], key=prec) → 0.6 (precision 0.75)
      assertThreshold(
          0.6, opt().maxPrecisionAtRecall(Y.clone(), S.clone(), 0.75), "minRecall 0.75");
    }

    @Test
    @DisplayName("golden: maximum precision at full recall")
    void precisionAtFullRecall() {
      // max([t for t in C if rec(t) >= 1.0], key=prec) → 0.35 (precision 4/7)
      assertThreshold(0.35, opt().maxPrecisionAtRecall(Y.clone(), S.clone(), 1.0), "minRecall 1.0");
    }

    @Test
    @Points(2)
    @DisplayName("a negative top score and a huge false-positive cost choose +infinity")
    void plusInfinityWins() {
      // min(C, key=lambda t: cost(t, 1000, 1)) → inf, cost 3, conf → (2, 0, 3, 0): any finite
      // threshold admits the top-scored negative
      int[] y = {1, 0, 1, 0, 1};
      double[] s = {0.8, 0.95, 0.7, 0.4, 0.3};
      assertChoice(INF, 3, 0, 0, 2, 3, opt().minExpectedCost(y, s, 1000, 1), "cost(1000, 1)");
    }

    @Test
    @Points(2)
    @DisplayName("an exact F-beta tie between two thresholds goes to the larger one")
    void fBetaTieGoesToLargerThreshold() {
      // max(C, key=lambda t: fb(t, 1)) → 0.9; conf → (3, 0, 1, 1)
      // fb is 2/3 at both 0.9 (P = 1, R = 1/2) and 0.6 (P = 1/2, R = 1): the larger wins
      int[] y = {0, 1, 0, 1, 0};
      double[] s = {0.7, 0.6, 0.5, 0.9, 0.8};
      assertChoice(0.9, 2.0 / 3.0, 1, 0, 3, 1, opt().maxFBeta(y, s, 1.0), "max F1");
    }

    @Test
    @Points(2)
    @DisplayName("an exact cost tie between two thresholds goes to the larger one")
    void costTieGoesToLargerThreshold() {
      // min(C, key=lambda t: cost(t, 1, 2)) → 0.6; conf → (5, 1, 1, 3)
      // the cost is 3 at both 0.6 (FP 1, FN 1) and 0.35 (FP 3, FN 0): the larger wins
      assertChoice(
          0.6, 3, 3, 1, 5, 1, opt().minExpectedCost(Y.clone(), S.clone(), 1, 2), "cost(1, 2)");
    }

    @Test
    @Points(2)
    @DisplayName("tied scores switch together: maximum F-beta")
    void tiedScoresFBeta() {
      // max(C, key=lambda t: fb(t, 1)) → 0.5; fb → 0.6153846153846154 (8/13); conf → (3, 4, 1, 4)
      assertChoice(
          0.5,
          8.0 / 13.0,
          4,
          4,
          3,
          1,
          opt().maxFBeta(TIED_Y.clone(), TIED_S.clone(), 1.0),
          "max F1");
    }

    @Test
    @DisplayName("tied scores switch together: counts, cost and precision at recall")
    void tiedScoresOtherObjectives() {
      assertConfusion(
          3, 3, 4, 2, opt().confusionAt(TIED_Y.clone(), TIED_S.clone(), 0.75), "t = 0.75");
      // conf(0.75) → (4, 3, 2, 3); min(C, key=lambda t: cost(t, 1, 3)) → 0.5, cost 7
      assertChoice(
          0.5,
          7,
          4,
          4,
          3,
          1,
          opt().minExpectedCost(TIED_Y.clone(), TIED_S.clone(), 1, 3),
          "cost(1, 3)");
      // max([t for t in C if rec(t) >= r], key=prec) → 0.75 for r = 0.6 (precision 1/2 at both 0.75
      // and 0.5: the larger wins) and 0.5 for r = 0.7
      assertThreshold(
          0.75, opt().maxPrecisionAtRecall(TIED_Y.clone(), TIED_S.clone(), 0.6), "minRecall 0.6");
      assertThreshold(
          0.5, opt().maxPrecisionAtRecall(TIED_Y.clone(), TIED_S.clone(), 0.7), "minRecall 0.7");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(2)
    @DisplayName("confusion counts match the reference on 300 seeded random cases")
    void confusionDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E5_0001L);
      for (int c = 0; c < 300; c++) {
        Sample k = Sample.random(rnd, false);
        double t = k.someThreshold(rnd);
        Confusion expected = oracle().confusionAt(k.y.clone(), k.s.clone(), t);
        assertConfusion(
            expected,
            opt().confusionAt(k.y.clone(), k.s.clone(), t),
            "case " + c + " " + k + " t = " + t);
      }
    }

    @Test
    @Points(3)
    @DisplayName("maximum F-beta matches the reference on 300 seeded random cases")
    void fBetaDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E5_0002L);
      for (int c = 0; c < 300; c++) {
        Sample k = Sample.random(rnd, true);
        // a generic beta: two different thresholds cannot tie exactly, so the choice never hinges
        // on the last bit
        double beta = rnd.doubleBetween(0.2, 5);
        Choice expected = oracle().maxFBeta(k.y.clone(), k.s.clone(), beta);
        assertChoice(
            expected,
            opt().maxFBeta(k.y.clone(), k.s.clone(), beta),
            "case " + c + " " + k + " beta = " + beta);
      }
    }

    @Test
    @Points(3)
    @DisplayName(
        "minimum cost matches the reference on 300 seeded random cases, with frequent exact ties")
    void costDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E5_0003L);
      for (int c = 0; c < 300; c++) {
        Sample k = Sample.random(rnd, true);
        boolean integral = c % 2 == 0;
        double costFP = integral ? rnd.intBetween(0, 5) : rnd.doubleBetween(0, 10);
        double costFN = integral ? rnd.intBetween(0, 5) : rnd.doubleBetween(0, 10);
        Choice expected = oracle().minExpectedCost(k.y.clone(), k.s.clone(), costFP, costFN);
        Choice actual = opt().minExpectedCost(k.y.clone(), k.s.clone(), costFP, costFN);
        assertChoice(expected, actual, "case " + c + " " + k + " costs " + costFP + ", " + costFN);
      }
    }

    @Test
    @Points(3)
    @DisplayName(
        "maximum precision at a recall floor matches the reference on 300 seeded random cases")
    void precisionAtRecallDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E5_0004L);
      for (int c = 0; c < 300; c++) {
        Sample k = Sample.random(rnd, true);
        long positives = Arrays.stream(k.y).filter(v -> v == 1).count();
        // half the floors sit exactly on an attainable recall k/P, the other half are uniform
        double minRecall =
            c % 2 == 0
                ? (double) rnd.intBetween(1, (int) positives) / positives
                : 1 - rnd.doubleBetween(0, 1);
        OptionalDouble expected =
            oracle().maxPrecisionAtRecall(k.y.clone(), k.s.clone(), minRecall);
        OptionalDouble actual = opt().maxPrecisionAtRecall(k.y.clone(), k.s.clone(), minRecall);
        assertEquals(expected.isPresent(), actual.isPresent(), "case " + c + " " + k + " presence");
        Approx.assertClose(
            expected.getAsDouble(),
            actual.getAsDouble(),
            SAME,
            "case " + c + " " + k + " minRecall " + minRecall);
      }
    }

    @Test
    @Points(2)
    @DisplayName("the chosen value is optimal over +infinity and every distinct score")
    void chosenValueIsOptimal() {
      RandomInputs rnd = new RandomInputs(0x7E5_0005L);
      for (int c = 0; c < 100; c++) {
        Sample k = Sample.random(rnd, true);
        double beta = rnd.doubleBetween(0.2, 5);
        double costFP = rnd.doubleBetween(0, 5);
        double costFN = rnd.doubleBetween(0, 5);
        Choice f = opt().maxFBeta(k.y.clone(), k.s.clone(), beta);
        Choice cost = opt().minExpectedCost(k.y.clone(), k.s.clone(), costFP, costFN);
        double[] candidates = Arrays.copyOf(k.s, k.s.length + 1);
        candidates[k.s.length] = INF;
        for (double t : candidates) {
          Confusion q = oracle().confusionAt(k.y.clone(), k.s.clone(), t);
          double fAtT = fBeta(q, beta);
          assertTrue(
              f.value() >= fAtT - 1e-12,
              "case " + c + ": F at " + t + " is " + fAtT + " > chosen " + f.value());
          double costAtT = costFP * q.fp() + costFN * q.fn();
          assertTrue(
              cost.value() <= costAtT + 1e-12 * Math.max(1, costAtT),
              "case " + c + ": cost at " + t + " is " + costAtT + " < chosen " + cost.value());
        }
      }
    }

    @Test
    @DisplayName("a choice carries the counts of its own threshold, and the counts add up to n")
    void choiceIsConsistent() {
      RandomInputs rnd = new RandomInputs(0x7E5_0006L);
      for (int c = 0; c < 100; c++) {
        Sample k = Sample.random(rnd, true);
        ThresholdOptimizer opt = opt();
        Choice f = opt.maxFBeta(k.y.clone(), k.s.clone(), rnd.doubleBetween(0.2, 5));
        Choice cost =
            opt.minExpectedCost(
                k.y.clone(), k.s.clone(), rnd.intBetween(0, 4), rnd.intBetween(0, 4));
        for (Choice choice : new Choice[] {f, cost}) {
          assertNotNull(choice, "case " + c + " choice");
          assertConfusion(
              opt.confusionAt(k.y.clone(), k.s.clone(), choice.threshold()),
              choice.confusion(),
              "case " + c + " counts");
          Confusion q = choice.confusion();
          assertEquals(k.y.length, q.tp() + q.fp() + q.tn() + q.fn(), "case " + c + " total count");
        }
      }
    }

    @Test
    @DisplayName("the result does not depend on the order of the samples")
    void permutationInvariance() {
      RandomInputs rnd = new RandomInputs(0x7E5_0007L);
      for (int c = 0; c < 100; c++) {
        Sample k = Sample.random(rnd, true);
        int[] perm = rnd.permutation(k.y.length);
        int[] y = new int[perm.length];
        double[] s = new double[perm.length];
        for (int i = 0; i < perm.length; i++) {
          y[i] = k.y[perm[i]];
          s[i] = k.s[perm[i]];
        }
        ThresholdOptimizer opt = opt();
        assertChoice(
            opt.maxFBeta(k.y.clone(), k.s.clone(), 1.0),
            opt.maxFBeta(y, s, 1.0),
            "case " + c + " F1");
        assertChoice(
            opt.minExpectedCost(k.y.clone(), k.s.clone(), 1, 3),
            opt.minExpectedCost(y, s, 1, 3),
            "case " + c + " cost");
      }
    }

    @Test
    @DisplayName(
        "an exact increasing rescaling of the scores rescales the threshold and keeps the rest")
    void monotoneRescaling() {
      RandomInputs rnd = new RandomInputs(0x7E5_0008L);
      for (int c = 0; c < 100; c++) {
        Sample k = Sample.random(rnd, true);
        double[] scaled = new double[k.s.length];
        for (int i = 0; i < scaled.length; i++) {
          scaled[i] = 8 * k.s[i] - 3; // exact: the scores are multiples of 1/64 in [0, 1]
        }
        ThresholdOptimizer opt = opt();
        Choice base = opt.minExpectedCost(k.y.clone(), k.s.clone(), 2, 3);
        Choice moved = opt.minExpectedCost(k.y.clone(), scaled, 2, 3);
        Approx.assertClose(
            8 * base.threshold() - 3, moved.threshold(), SAME, "case " + c + " threshold");
        Approx.assertClose(base.value(), moved.value(), TOL, "case " + c + " cost");
        OptionalDouble p = opt.maxPrecisionAtRecall(k.y.clone(), k.s.clone(), 0.5);
        OptionalDouble q = opt.maxPrecisionAtRecall(k.y.clone(), scaled, 0.5);
        Approx.assertClose(
            8 * p.getAsDouble() - 3,
            q.getAsDouble(),
            SAME,
            "case " + c + " precision-at-recall threshold");
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @DisplayName("all samples positive: the lowest score is the perfect threshold")
    void allPositive() {
      int[] y = {1, 1, 1};
      double[] s = {0.2, 0.9, 0.5};
      assertChoice(0.2, 1.0, 3, 0, 0, 0, opt().maxFBeta(y, s, 1.0), "max F1");
      assertChoice(0.2, 0.0, 3, 0, 0, 0, opt().minExpectedCost(y, s, 1, 1), "cost(1, 1)");
      // precision is 1 at every finite threshold; recall ≥ 0.5 first holds at 0.5
      assertThreshold(0.5, opt().maxPrecisionAtRecall(y, s, 0.5), "minRecall 0.5");
    }

    @Test
    @DisplayName("all scores equal: the only candidates are that score and +infinity")
    void allScoresEqual() {
      int[] y = {0, 1, 0, 1};
      double[] s = {0.3, 0.3, 0.3, 0.3};
      assertChoice(0.3, 2.0 / 3.0, 2, 2, 0, 0, opt().maxFBeta(y, s, 1.0), "max F1");
      // both candidates cost 2: the tie goes to +infinity
      assertChoice(INF, 2, 0, 0, 2, 2, opt().minExpectedCost(y, s, 1, 1), "cost(1, 1)");
      assertThreshold(0.3, opt().maxPrecisionAtRecall(y, s, 1.0), "minRecall 1");
    }

    @Test
    @DisplayName("a single positive sample")
    void singleSample() {
      assertChoice(
          0.42, 1.0, 1, 0, 0, 0, opt().maxFBeta(new int[] {1}, new double[] {0.42}, 1.0), "max F1");
      assertChoice(
          0.42,
          0.0,
          1,
          0,
          0,
          0,
          opt().minExpectedCost(new int[] {1}, new double[] {0.42}, 1, 1),
          "cost(1, 1)");
      assertThreshold(
          0.42, opt().maxPrecisionAtRecall(new int[] {1}, new double[] {0.42}, 1.0), "minRecall 1");
    }

    @Test
    @Points(2)
    @DisplayName("zero costs: everything ties, or predicting nothing is free, so +infinity wins")
    void zeroCosts() {
      assertChoice(
          INF, 0, 0, 0, 6, 4, opt().minExpectedCost(Y.clone(), S.clone(), 0, 0), "cost(0, 0)");
      assertChoice(
          INF, 0, 0, 0, 6, 4, opt().minExpectedCost(Y.clone(), S.clone(), 3, 0), "cost(3, 0)");
    }

    @Test
    @DisplayName("free false positives: the largest threshold that catches every positive")
    void freeFalsePositives() {
      // FN = 0 for every t ≤ 0.35, the lowest positive score
      assertChoice(
          0.35, 0, 4, 3, 3, 0, opt().minExpectedCost(Y.clone(), S.clone(), 0, 1), "cost(0, 1)");
    }

    @Test
    @DisplayName("scores are arbitrary reals, including negative ones")
    void negativeScores() {
      int[] y = {1, 0, 1, 0};
      double[] s = {-1.5, -3.0, 2.5, 0.0};
      // F1: 2.5 → 2/3, 0.0 → 1/2, -1.5 → 4/5, -3.0 → 2/3
      assertChoice(-1.5, 0.8, 2, 1, 1, 0, opt().maxFBeta(y, s, 1.0), "max F1");
      assertConfusion(1, 1, 1, 1, opt().confusionAt(y, s, 0.0), "t = 0 (inclusive)");
    }

    @Test
    @Points(2)
    @DisplayName(
        "a recall exactly at the floor qualifies, also for a floor that is not a binary fraction")
    void recallExactlyAtFloor() {
      // 10 positives; descending: seven positives (0.99 … 0.93), three negatives, three
      // positives, one negative. max([t for t in C if rec(t) >= r], key=prec) for each r below.
      int[] y = {1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0};
      double[] s = {
        0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.9, 0.89, 0.88, 0.8, 0.79, 0.78, 0.5
      };
      // recall 7/10 == 0.7 at t = 0.93 with precision 1 (t = 0.8 only reaches precision 8/11)
      assertThreshold(0.93, opt().maxPrecisionAtRecall(y.clone(), s.clone(), 0.7), "minRecall 0.7");
      // recall 3/10 == 0.3 first holds at t = 0.97; precision is 1 there and above
      assertThreshold(0.97, opt().maxPrecisionAtRecall(y.clone(), s.clone(), 0.3), "minRecall 0.3");
      assertThreshold(0.78, opt().maxPrecisionAtRecall(y.clone(), s.clone(), 1.0), "minRecall 1.0");
    }

    @Test
    @DisplayName("a tiny recall floor admits any threshold with a true positive")
    void tinyRecallFloor() {
      assertThreshold(
          0.9, opt().maxPrecisionAtRecall(Y.clone(), S.clone(), 1e-9), "minRecall 1e-9");
    }

    @Test
    @DisplayName("confusion counts need no positive label")
    void confusionWithoutPositives() {
      assertConfusion(
          0,
          2,
          1,
          0,
          opt().confusionAt(new int[] {0, 0, 0}, new double[] {0.5, 0.1, 0.7}, 0.5),
          "t = 0.5");
    }

    @Test
    @Points(2)
    @DisplayName("no method modifies its inputs")
    void purity() {
      RandomInputs rnd = new RandomInputs(0x7E5_0009L);
      for (int c = 0; c < 20; c++) {
        Sample k = Sample.random(rnd, true);
        int[] y = k.y.clone();
        double[] s = k.s.clone();
        Purity.Snapshot snapshot = Purity.snapshot(y, s);
        ThresholdOptimizer opt = opt();
        opt.confusionAt(y, s, 0.5);
        snapshot.assertUnchanged();
        opt.maxFBeta(y, s, 1.0);
        snapshot.assertUnchanged();
        opt.minExpectedCost(y, s, 1, 2);
        snapshot.assertUnchanged();
        opt.maxPrecisionAtRecall(y, s, 0.5);
        snapshot.assertUnchanged();
      }
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("labels other than 0 and 1 are rejected by every method")
    void badLabels() {
      int[] y = {0, 2, 1};
      double[] s = {0.1, 0.2, 0.3};
      Rejects.illegalArgument(
          () -> opt().confusionAt(y.clone(), s.clone(), 0.5), "confusionAt, label 2");
      Rejects.illegalArgument(() -> opt().maxFBeta(y.clone(), s.clone(), 1), "maxFBeta, label 2");
      Rejects.illegalArgument(
          () -> opt().minExpectedCost(new int[] {1, -1}, new double[] {0.1, 0.2}, 1, 1),
          "minExpectedCost, label -1");
      Rejects.illegalArgument(
          () -> opt().maxPrecisionAtRecall(y.clone(), s.clone(), 0.5),
          "maxPrecisionAtRecall, label 2");
    }

    @Test
    @DisplayName("labels and scores of different lengths are rejected")
    void lengthMismatch() {
      Rejects.illegalArgument(
          () -> opt().confusionAt(new int[] {0, 1}, new double[] {0.5}, 0.5), "confusionAt");
      Rejects.illegalArgument(
          () -> opt().maxFBeta(new int[] {1}, new double[] {0.5, 0.6}, 1), "maxFBeta");
      Rejects.illegalArgument(
          () -> opt().minExpectedCost(new int[] {1, 0, 1}, new double[] {0.5, 0.6}, 1, 1),
          "minExpectedCost");
      Rejects.illegalArgument(
          () -> opt().maxPrecisionAtRecall(new int[] {1, 0}, new double[] {0.5}, 0.5),
          "maxPrecisionAtRecall");
    }

    @Test
    @DisplayName("NaN or infinite scores are rejected")
    void nonFiniteScores() {
      int[] y = {1, 0, 1};
      Rejects.illegalArgument(
          () -> opt().confusionAt(y.clone(), new double[] {0.1, Double.NaN, 0.3}, 0.5),
          "confusionAt, NaN");
      Rejects.illegalArgument(
          () -> opt().maxFBeta(y.clone(), new double[] {0.1, 0.2, Double.NaN}, 1), "maxFBeta, NaN");
      Rejects.illegalArgument(
          () -> opt().minExpectedCost(y.clone(), new double[] {INF, 0.2, 0.3}, 1, 1),
          "minExpectedCost, +inf");
      Rejects.illegalArgument(
          () ->
              opt()
                  .maxPrecisionAtRecall(
                      y.clone(), new double[] {0.1, Double.NEGATIVE_INFINITY, 0.3}, 0.5),
          "maxPrecisionAtRecall, -inf");
    }

    @Test
    @DisplayName("a NaN threshold is rejected")
    void nanThreshold() {
      Rejects.illegalArgument(
          () -> opt().confusionAt(Y.clone(), S.clone(), Double.NaN), "threshold NaN");
    }

    @Test
    @DisplayName("the optimisers need at least one positive label")
    void noPositive() {
      int[] y = {0, 0, 0};
      double[] s = {0.1, 0.2, 0.3};
      Rejects.illegalArgument(
          () -> opt().maxFBeta(y.clone(), s.clone(), 1), "maxFBeta, no positive");
      Rejects.illegalArgument(
          () -> opt().minExpectedCost(y.clone(), s.clone(), 1, 1), "minExpectedCost, no positive");
      Rejects.illegalArgument(
          () -> opt().maxPrecisionAtRecall(y.clone(), s.clone(), 0.5),
          "maxPrecisionAtRecall, no positive");
      Rejects.illegalArgument(
          () -> opt().maxFBeta(new int[0], new double[0], 1), "maxFBeta, empty");
    }

    @Test
    @DisplayName("beta must be finite and positive")
    void badBeta() {
      for (double beta : new double[] {0, -1, Double.NaN, INF}) {
        Rejects.illegalArgument(() -> opt().maxFBeta(Y.clone(), S.clone(), beta), "beta = " + beta);
      }
    }

    @Test
    @DisplayName("costs must be finite and non-negative")
    void badCosts() {
      for (double bad : new double[] {-1, -1e-300, Double.NaN, INF}) {
        Rejects.illegalArgument(
            () -> opt().minExpectedCost(Y.clone(), S.clone(), bad, 1), "costFP = " + bad);
        Rejects.illegalArgument(
            () -> opt().minExpectedCost(Y.clone(), S.clone(), 1, bad), "costFN = " + bad);
      }
    }

    @Test
    @DisplayName("the recall floor must lie in (0, 1]")
    void badMinRecall() {
      for (double bad : new double[] {0, -0.5, 1.0000001, Double.NaN, INF}) {
        Rejects.illegalArgument(
            () -> opt().maxPrecisionAtRecall(Y.clone(), S.clone(), bad), "minRecall = " + bad);
      }
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(() -> opt().confusionAt(null, S.clone(), 0.5), "confusionAt, null y");
      Rejects.nullArgument(
          () -> opt().confusionAt(Y.clone(), null, 0.5), "confusionAt, null scores");
      Rejects.nullArgument(() -> opt().maxFBeta(null, S.clone(), 1), "maxFBeta, null y");
      Rejects.nullArgument(
          () -> opt().minExpectedCost(Y.clone(), null, 1, 1), "minExpectedCost, null scores");
      Rejects.nullArgument(
          () -> opt().maxPrecisionAtRecall(null, S.clone(), 0.5), "maxPrecisionAtRecall, null y");
    }
  }

  @Nested
  class Stability {

    @Test
    @DisplayName("scores one ulp apart are distinct candidate thresholds")
    void adjacentDoubles() {
      double a = Math.nextUp(0.5);
      double b = Math.nextDown(0.5);
      int[] y = {0, 1, 1, 0};
      double[] s = {0.5, a, b, 0.25};
      // F1: a → 2/3, 0.5 → 1/2, b → 4/5, 0.25 → 2/3
      assertChoice(b, 0.8, 2, 1, 1, 0, opt().maxFBeta(y, s, 1.0), "max F1");
      assertConfusion(1, 1, 1, 1, opt().confusionAt(y, s, 0.5), "t = 0.5");
    }

    @Test
    @DisplayName("scores of extreme magnitude are returned unchanged")
    void extremeScores() {
      int[] y = {1, 0, 1, 0, 1};
      double[] s = {Double.MAX_VALUE, 1e308, -1e-300, -Double.MAX_VALUE, 1e-300};
      // descending: MAX (1), 1e308 (0), 1e-300 (1), -1e-300 (1), -MAX (0)
      // max(C, key=lambda t: fb(t, 1)) → -1e-300 (6/7); min(C, key=lambda t: cost(t, 10, 1)) → MAX
      assertChoice(-1e-300, 6.0 / 7.0, 3, 1, 1, 0, opt().maxFBeta(y, s, 1.0), "max F1");
      assertChoice(
          Double.MAX_VALUE, 2, 1, 0, 2, 2, opt().minExpectedCost(y, s, 10, 1), "cost(10, 1)");
    }

    @Test
    @Points(2)
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    @DisplayName("performance: maximum F-beta for n = 10^6 within 5 s")
    void largeFBeta() {
      Sample k = Sample.large(0x7E5_000AL);
      Choice choice = opt().maxFBeta(k.y, k.s, 1.0);
      assertNotNull(choice, "choice");
      Approx.assertFinite(choice.value(), "F1");
    }

    @Test
    @Points(2)
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    @DisplayName("performance: minimum cost for n = 10^6 within 5 s")
    void largeCost() {
      Sample k = Sample.large(0x7E5_000BL);
      Choice choice = opt().minExpectedCost(k.y, k.s, 1, 4);
      assertNotNull(choice, "choice");
      Approx.assertFinite(choice.value(), "cost");
    }

    @Test
    @Points(2)
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    @DisplayName("performance: maximum precision at a recall floor for n = 10^6 within 5 s")
    void largePrecisionAtRecall() {
      Sample k = Sample.large(0x7E5_000CL);
      assertTrue(
          opt().maxPrecisionAtRecall(k.y, k.s, 0.8).isPresent(),
          "a threshold with recall 0.8 exists");
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Seeded labels and scores; scores are multiples of 1/64 in [0, 1], so ties are frequent. */
  private static final class Sample {
    final int[] y;
    final double[] s;

    private Sample(int[] y, double[] s) {
      this.y = y;
      this.s = s;
    }

    static Sample random(RandomInputs rnd, boolean needPositive) {
      int n = rnd.intBetween(1, 120);
      int[] y = rnd.labels(n, 2);
      if (needPositive) {
        y[rnd.intBetween(0, n - 1)] = 1;
      }
      double[] s = new double[n];
      int grid = rnd.intBetween(0, 1) == 0 ? 8 : 64;
      for (int i = 0; i < n; i++) {
        // positives score a little higher on average, like a real classifier
        int k = rnd.intBetween(0, grid);
        int shift = y[i] == 1 ? rnd.intBetween(0, grid / 4) : 0;
        s[i] = (double) Math.min(grid, k + shift) / grid;
      }
      return new Sample(y, s);
    }

    /** n = 10^6 with about 10^5 distinct scores and 30 % positives. */
    static Sample large(long seed) {
      RandomInputs rnd = new RandomInputs(seed);
      int n = 1_000_000;
      int[] y = new int[n];
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = rnd.intBetween(0, 9) < 3 ? 1 : 0;
        s[i] = Math.floor((rnd.doubleBetween(0, 1) + 0.2 * y[i]) * 1e5) / 1e5;
      }
      return new Sample(y, s);
    }

    /** A threshold: one of the scores, a point between scores, or an infinity. */
    double someThreshold(RandomInputs rnd) {
      return switch (rnd.intBetween(0, 4)) {
        case 0 -> INF;
        case 1 -> Double.NEGATIVE_INFINITY;
        case 2 -> rnd.doubleBetween(-0.1, 1.1);
        default -> s[rnd.intBetween(0, s.length - 1)];
      };
    }

    @Override
    public String toString() {
      return "(n=" + y.length + ")";
    }
  }

  private static double fBeta(Confusion q, double beta) {
    double b2 = beta * beta;
    double denominator = (1 + b2) * q.tp() + b2 * q.fn() + q.fp();
    return q.tp() == 0 ? 0 : (1 + b2) * q.tp() / denominator;
  }

  private static void assertConfusion(
      long tp, long fp, long tn, long fn, Confusion actual, String what) {
    assertNotNull(actual, what + ": confusion");
    assertEquals(tp, actual.tp(), what + ": tp");
    assertEquals(fp, actual.fp(), what + ": fp");
    assertEquals(tn, actual.tn(), what + ": tn");
    assertEquals(fn, actual.fn(), what + ": fn");
  }

  private static void assertConfusion(Confusion expected, Confusion actual, String what) {
    assertConfusion(expected.tp(), expected.fp(), expected.tn(), expected.fn(), actual, what);
  }

  private static void assertChoice(
      double threshold,
      double value,
      long tp,
      long fp,
      long tn,
      long fn,
      Choice actual,
      String what) {
    assertNotNull(actual, what + ": choice");
    Approx.assertClose(threshold, actual.threshold(), SAME, what + ": threshold");
    Approx.assertClose(value, actual.value(), TOL, what + ": value");
    assertConfusion(tp, fp, tn, fn, actual.confusion(), what);
  }

  private static void assertChoice(Choice expected, Choice actual, String what) {
    Confusion q = expected.confusion();
    assertChoice(
        expected.threshold(), expected.value(), q.tp(), q.fp(), q.tn(), q.fn(), actual, what);
  }

  private static void assertThreshold(double expected, OptionalDouble actual, String what) {
    assertNotNull(actual, what + ": result");
    assertTrue(actual.isPresent(), what + ": expected a threshold but the result is empty");
    Approx.assertClose(expected, actual.getAsDouble(), SAME, what + ": threshold");
  }
}
