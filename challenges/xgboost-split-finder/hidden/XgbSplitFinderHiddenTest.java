package challenge.xgb.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import challenge.xgb.XgbSplitFinder;
import challenge.xgb.XgbSplitFinder.GradPair;
import challenge.xgb.XgbSplitFinder.Split;
import challenge.xgb.XgbSplitFinderImpl;
import java.util.Optional;
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
 * Hidden suite for {@code xgboost-split-finder} (catalog-spec §4 W1-5).
 *
 * <p>Goldens come from {@code challenges/xgboost-split-finder/golden/goldens.py} (/usr/bin/python3,
 * NumPy 1.24.2, XGBoost 1.7.4). Random problems use dyadic gradients and hessians (multiples of
 * 1/8), so every sum is exact in any order: two candidates that induce the same partition then get
 * bit-identical gains in any correct implementation, and the tie rules of the statement decide
 * between them, not rounding.
 */
public class XgbSplitFinderHiddenTest {

  /** Catalog-spec W1-5: 1e-12 against our own (float64) goldens. */
  private static final Tolerance TOL = Tolerance.mixed(1e-12);

  /** Catalog-spec W1-5: 1e-4 relative against XGBoost's float32 output. */
  private static final Tolerance XGB_TOL = Tolerance.relative(1e-4);

  private static final double NAN = Double.NaN;

  private static XgbSplitFinder finder() {
    return new XgbSplitFinderImpl();
  }

  private static XgbSplitFinder oracle() {
    return new challenge.xgb.oracle.XgbSplitFinderImpl();
  }

  /**
   * The spec's dataset (shared/golden/xgb.py): y below, predictions 2.0 = mean(y), so g = 2 − y, h
   * = 1.
   */
  private static final double[][] SPEC_X = {{1, 5}, {2, 3}, {3, NAN}, {4, 1}, {5, NAN}, {6, 2}};

  private static final double[] SPEC_Y = {1.0, 1.2, 3.1, 2.9, 3.3, 0.5};
  private static final double[] SPEC_G = {1.0, 0.8, -1.1, -0.9, -1.3, 1.5};
  private static final double[] ONES6 = {1, 1, 1, 1, 1, 1};

  /** Non-unit hessians on the spec's dataset: minChildWeight then differs from a row count. */
  private static final double[] WEIGHTED_H = {0.5, 0.25, 0.25, 0.5, 0.25, 1.5};

  /** Ten rows for binary:logistic with base_score 0.5 (margin 0), so g = 0.5 − y and h = 0.25. */
  private static final double[][] LOGIT_X = {
    {0.5, 3, NAN}, {1.5, 1, 2.0}, {NAN, 4, -1.0}, {2.5, 1, 0.5}, {3.5, 5, NAN},
    {NAN, 2, 1.5}, {4.5, 9, -0.5}, {0.0, 2, 3.0}, {2.0, 6, NAN}, {5.0, 7, 2.5}
  };

  private static final int[] LOGIT_Y = {1, 0, 1, 0, 1, 1, 1, 0, 0, 1};

  /**
   * One feature, dyadic gradients summing to 0, λ = 1: the best gain is exactly 1.125 in any order.
   */
  private static final double[][] EXACT_X = {{1}, {2}, {3}, {4}, {5}, {6}};

  private static final double[] EXACT_G = {-0.5, -0.75, -0.25, 0.5, 0.25, 0.75};

  @Nested
  class Golden {

    @Test
    @Points(4)
    @DisplayName("spec dataset: best split learns that missing values go left, as XGBoost does")
    void specSplitMatchesXgboost() {
      // goldens.py "spec": xgb.train(tree_method=exact, max_depth=1, eta=1, reg_lambda=1, gamma=0,
      // min_child_weight=0, base_score=mean(y)).get_dump(with_stats=True) →
      // [f1<1.5] yes=1,no=2,missing=1,gain=5.44499969 | leaf=0.824999988 | leaf=-0.824999988
      Split s =
          present(
              finder().bestSplit(deep(SPEC_X), SPEC_G.clone(), ONES6.clone(), 1.0, 0.0, 0.0),
              "split");
      assertEquals(1, s.feature(), "feature");
      assertTrue(s.missingGoesLeft(), "missingGoesLeft");
      Approx.assertClose(1.5, s.threshold(), XGB_TOL, "threshold vs XGBoost");
      Approx.assertClose(5.44499969, s.gain(), XGB_TOL, "gain vs XGBoost");
      Approx.assertClose(0.824999988, s.leftWeight(), XGB_TOL, "leftWeight vs XGBoost");
      Approx.assertClose(-0.824999988, s.rightWeight(), XGB_TOL, "rightWeight vs XGBoost");
      // float64 brute force of the same script: (1, 1.5, True, 5.444999999999999, 0.825, -0.825)
      assertSplit(1, 1.5, true, 5.445, 0.825, -0.825, s, "split (float64)");
    }

    @Test
    @Points(2)
    @DisplayName("spec dataset end to end: squared-error gradients feed the split search")
    void specEndToEnd() {
      GradPair gp = finder().squaredErrorGradients(SPEC_Y.clone(), new double[] {2, 2, 2, 2, 2, 2});
      assertNotNull(gp, "gradients");
      // g = pred − y = 2 − y, h = 1
      Approx.assertClose(SPEC_G, gp.g(), TOL, "g");
      Approx.assertClose(ONES6, gp.h(), Tolerance.exact(), "h");
      Split s =
          present(
              finder().bestSplit(deep(SPEC_X), gp.g().clone(), gp.h().clone(), 1.0, 0.0, 0.0),
              "split");
      assertSplit(1, 1.5, true, 5.445, 0.825, -0.825, s, "split");
    }

    @Test
    @Points(3)
    @DisplayName("split gain of every candidate of the spec dataset")
    void specCandidateGains() {
      // goldens.py "splitGain table": exact rationals (fractions.Fraction) of the spec's candidate
      // table; f0 at 1.5 … 5.5, then f1 at 1.5 (missing right, left), 2.5 (right, left) and 4.0
      // (right, left); λ = 1
      double[][] sums = {
        {1.0, 1, -1.0, 5}, {1.8, 2, -1.8, 4}, {0.7, 3, -0.7, 3}, {-0.2, 4, 0.2, 2},
        {-1.5, 5, 1.5, 1},
        {-0.9, 1, 0.9, 5}, {-3.3, 3, 3.3, 3}, {0.6, 2, -0.6, 4}, {-1.8, 4, 1.8, 2},
        {1.4, 3, -1.4, 3},
        {-1.0, 5, 1.0, 1}
      };
      double[] expected = {
        0.6666666666666666,
        1.728,
        0.245,
        0.021333333333333333,
        1.5,
        0.54,
        5.445,
        0.192,
        1.728,
        0.98,
        0.6666666666666666
      };
      for (int c = 0; c < sums.length; c++) {
        double[] s = sums[c];
        Approx.assertClose(
            expected[c],
            finder().splitGain(s[0], s[1], s[2], s[3], 1.0),
            TOL,
            "candidate " + c + " gain");
      }
    }

    @Test
    @Points(2)
    @DisplayName("split gain with a non-zero parent gradient and several lambdas")
    void splitGainWithParentTerm() {
      // goldens.py "splitGain others": exact rationals
      Approx.assertClose(5.484375, finder().splitGain(1.25, 2.0, -3.5, 1.5, 0.5), TOL, "gain 1");
      Approx.assertClose(
          0.03333333333333333, finder().splitGain(-2.0, 3.0, -1.0, 2.0, 0.0), TOL, "gain 2");
      Approx.assertClose(
          0.041666666666666664, finder().splitGain(0.75, 0.25, 0.5, 4.0, 2.0), TOL, "gain 3");
      Approx.assertClose(
          -5.333333333333333, finder().splitGain(4.0, 1.0, 4.0, 1.0, 1.0), TOL, "negative gain");
    }

    @Test
    @DisplayName("leaf weights")
    void leafWeights() {
      // goldens.py "leafWeight": −G/(H+λ)
      Approx.assertClose(0.825, finder().leafWeight(-3.3, 3, 1), TOL, "weight 1");
      Approx.assertClose(-0.5833333333333334, finder().leafWeight(1.75, 2.5, 0.5), TOL, "weight 2");
      Approx.assertClose(0.2, finder().leafWeight(-0.4, 0.0, 2.0), TOL, "weight 3");
    }

    @Test
    @Points(3)
    @DisplayName("weighted hessians: minimum child weight applies to hessian sums, as in XGBoost")
    void weightedHessians() {
      // goldens.py "weighted": xgb.train with obj=lambda p, d: (g, h), h = [0.5, 0.25, 0.25, 0.5,
      // 0.25, 1.5], λ = 1:
      // mcw 0 and 1 → [f1<1.5] missing=1, gain=8.79576874, leaves 1.64999998, -1.01538467 (left
      // hessian 1)
      // mcw 1.5 → [f0<5.5] gain=1.71818173, leaves 0.545454502, -0.600000024 (float64:
      // 1.718181818181818,
      // 0.5454545454545454, -0.6); f0 has no missing value, so missingGoesLeft is false by
      // convention
      for (double mcw : new double[] {0.0, 1.0}) {
        Split s =
            present(
                finder().bestSplit(deep(SPEC_X), SPEC_G.clone(), WEIGHTED_H.clone(), 1.0, 0.0, mcw),
                "split");
        Approx.assertClose(8.79576874, s.gain(), XGB_TOL, "gain vs XGBoost, mcw " + mcw);
        assertSplit(
            1, 1.5, true, 8.79576923076923, 1.65, -1.0153846153846153, s, "split, mcw " + mcw);
      }
      Split s =
          present(
              finder().bestSplit(deep(SPEC_X), SPEC_G.clone(), WEIGHTED_H.clone(), 1.0, 0.0, 1.5),
              "split");
      Approx.assertClose(1.71818173, s.gain(), XGB_TOL, "gain vs XGBoost, mcw 1.5");
      assertSplit(0, 5.5, false, 1.718181818181818, 0.5454545454545454, -0.6, s, "split, mcw 1.5");
    }

    @Test
    @Points(3)
    @DisplayName(
        "logistic loss end to end: split on a feature whose missing values go right, as in XGBoost")
    void logisticEndToEnd() {
      // goldens.py "logistic": binary:logistic, base_score=0.5 →
      // λ=1: [f0<3] missing=2, gain=3.49206328, leaves -0.666666687, 1.11111116
      // λ=0.5: [f0<3] missing=2, gain=4.52380943, leaves -0.857142866, 1.42857146
      GradPair gp = finder().logisticGradients(LOGIT_Y.clone(), new double[10]);
      assertNotNull(gp, "gradients");
      double[][] expected = {
        {1.0, 3.492063492063492, -0.6666666666666666, 1.1111111111111112},
        {0.5, 4.523809523809525, -0.8571428571428571, 1.4285714285714286}
      };
      for (double[] e : expected) {
        Split s =
            present(
                finder().bestSplit(deep(LOGIT_X), gp.g().clone(), gp.h().clone(), e[0], 0.0, 0.0),
                "split");
        assertSplit(0, 3.0, false, e[1], e[2], e[3], s, "split, λ " + e[0]);
      }
    }

    @Test
    @Points(2)
    @DisplayName("logistic gradients and hessians")
    void logisticGradients() {
      // goldens.py "logistic g/h": p = scipy.special.expit(m), g = p − y, h = p(1 − p)
      GradPair gp =
          finder()
              .logisticGradients(
                  new int[] {1, 0, 1, 1, 0, 0}, new double[] {0.0, 2.5, -1.3, 4.0, -7.25, 0.0});
      assertNotNull(gp, "gradients");
      Approx.assertClose(
          new double[] {
            -0.5,
            0.9241418199787566,
            -0.7858349830425586,
            -0.01798620996209155,
            0.0007096703991005881,
            0.5
          },
          gp.g(),
          TOL,
          "g");
      Approx.assertClose(
          new double[] {
            0.25,
            0.07010371654510807,
            0.16829836246906024,
            0.017662706213291107,
            0.0007091667670252285,
            0.25
          },
          gp.h(),
          TOL,
          "h");
    }

    @Test
    @DisplayName(
        "at margin zero the logistic gradient is one half minus the label and the hessian one"
            + " quarter")
    void logisticAtMarginZero() {
      GradPair gp = finder().logisticGradients(new int[] {0, 1, 1, 0}, new double[4]);
      assertNotNull(gp, "gradients");
      Approx.assertClose(new double[] {0.5, -0.5, -0.5, 0.5}, gp.g(), TOL, "g");
      Approx.assertClose(new double[] {0.25, 0.25, 0.25, 0.25}, gp.h(), TOL, "h");
    }

    @Test
    @DisplayName("squared-error gradients are prediction minus target with unit hessians")
    void squaredErrorGradients() {
      GradPair gp =
          finder()
              .squaredErrorGradients(
                  new double[] {3.5, -1.25, 0.0}, new double[] {1.0, 0.75, -2.5});
      assertNotNull(gp, "gradients");
      Approx.assertClose(new double[] {-2.5, 2.0, -2.5}, gp.g(), TOL, "g");
      Approx.assertClose(new double[] {1, 1, 1}, gp.h(), Tolerance.exact(), "h");
    }

    @Test
    @Points(2)
    @DisplayName("minimum gain: a gamma just below the best gain keeps the split")
    void gammaBelowBestGain() {
      // goldens.py "spec gamma=5.44" → the golden split
      Split s =
          present(
              finder().bestSplit(deep(SPEC_X), SPEC_G.clone(), ONES6.clone(), 1.0, 5.44, 0.0),
              "split");
      assertSplit(1, 1.5, true, 5.445, 0.825, -0.825, s, "split");
    }

    @Test
    @Points(2)
    @DisplayName("minimum child weight: equality is allowed, one more blocks every split")
    void minChildWeightBoundary() {
      // goldens.py "spec mcw=3" → golden split (both children hold hessian 3); "spec mcw=3.5" →
      // None, and
      // XGBoost grows no split (0:leaf=-8.5e-09)
      Split s =
          present(
              finder().bestSplit(deep(SPEC_X), SPEC_G.clone(), ONES6.clone(), 1.0, 0.0, 3.0),
              "split");
      assertSplit(1, 1.5, true, 5.445, 0.825, -0.825, s, "split, mcw 3");
      assertEmpty(
          finder().bestSplit(deep(SPEC_X), SPEC_G.clone(), ONES6.clone(), 1.0, 0.0, 3.5),
          "mcw 3.5");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(6)
    @DisplayName(
        "best split matches the reference on 300 seeded random problems with missing values")
    void differential() {
      RandomInputs rnd = new RandomInputs(0x7B5_0001L);
      for (int c = 0; c < 300; c++) {
        Problem p = Problem.random(rnd, 1, 40, 4, 0.2);
        compareWithOracle(p, "case " + c);
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "gradients, leaf weights and split gains match the reference on 200 seeded random inputs")
    void formulaDifferential() {
      RandomInputs rnd = new RandomInputs(0x7B5_0002L);
      XgbSplitFinder oracle = oracle();
      for (int c = 0; c < 200; c++) {
        int n = rnd.intBetween(0, 12);
        double[] y = rnd.vector(n, -5, 5);
        double[] pred = rnd.vector(n, -5, 5);
        GradPair se = finder().squaredErrorGradients(y.clone(), pred.clone());
        GradPair seExpected = oracle.squaredErrorGradients(y, pred);
        assertNotNull(se, "case " + c + " squared-error gradients");
        Approx.assertClose(seExpected.g(), se.g(), TOL, "case " + c + " squared-error g");
        Approx.assertClose(seExpected.h(), se.h(), TOL, "case " + c + " squared-error h");
        int[] labels = rnd.labels(n, 2);
        double[] margin = rnd.vector(n, -30, 30);
        GradPair lg = finder().logisticGradients(labels.clone(), margin.clone());
        GradPair lgExpected = oracle.logisticGradients(labels, margin);
        assertNotNull(lg, "case " + c + " logistic gradients");
        Approx.assertClose(lgExpected.g(), lg.g(), TOL, "case " + c + " logistic g");
        Approx.assertClose(lgExpected.h(), lg.h(), TOL, "case " + c + " logistic h");
        double gL = rnd.doubleBetween(-20, 20);
        double hL = rnd.doubleBetween(0, 20);
        double gR = rnd.doubleBetween(-20, 20);
        double hR = rnd.doubleBetween(0, 20);
        double lambda = rnd.doubleBetween(0, 5);
        Approx.assertClose(
            oracle.splitGain(gL, hL, gR, hR, lambda),
            finder().splitGain(gL, hL, gR, hR, lambda),
            TOL,
            "case " + c + " gain");
        Approx.assertClose(
            oracle.leafWeight(gL, hL, lambda),
            finder().leafWeight(gL, hL, lambda),
            TOL,
            "case " + c + " weight");
      }
    }

    @Test
    @Points(3)
    @DisplayName(
        "the reported split is consistent: its gain and weights follow from the partition it"
            + " describes")
    void splitIsConsistentWithItsPartition() {
      RandomInputs rnd = new RandomInputs(0x7B5_0003L);
      int found = 0;
      for (int c = 0; c < 150; c++) {
        Problem p = Problem.random(rnd, 1, 30, 3, 0.25);
        Optional<Split> result =
            finder()
                .bestSplit(
                    deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
        assertNotNull(result, "case " + c + ": bestSplit returned null");
        if (result.isPresent()) {
          assertValidCandidate(p, result.get(), "case " + c);
          found++;
        }
      }
      assertTrue(found > 50, "only " + found + " of 150 random problems had a split");
    }

    @Test
    @Points(3)
    @DisplayName("the minimum gain is strict: gamma equal to the best gain leaves no split")
    void gammaIsStrict() {
      // own gain: γ = the gain the submission reports must give empty; γ one ulp below keeps the
      // split
      RandomInputs rnd = new RandomInputs(0x7B5_0004L);
      int checked = 0;
      for (int c = 0; c < 60; c++) {
        Problem p = Problem.random(rnd, 1, 25, 3, 0.2).withGamma(0.0);
        Optional<Split> first =
            finder()
                .bestSplit(deep(p.x), p.g.clone(), p.h.clone(), p.lambda, 0.0, p.minChildWeight);
        assertNotNull(first, "case " + c + ": bestSplit returned null");
        if (first.isEmpty()) {
          continue;
        }
        double gain = first.get().gain();
        assertEmpty(
            finder()
                .bestSplit(deep(p.x), p.g.clone(), p.h.clone(), p.lambda, gain, p.minChildWeight),
            "case " + c + " with γ = best gain");
        Split again =
            present(
                finder()
                    .bestSplit(
                        deep(p.x),
                        p.g.clone(),
                        p.h.clone(),
                        p.lambda,
                        Math.nextDown(gain),
                        p.minChildWeight),
                "case " + c + " with γ just below the best gain");
        assertSameSplit(first.get(), again, "case " + c + " with γ just below the best gain");
        checked++;
      }
      assertTrue(checked > 20, "only " + checked + " problems had a split");
    }

    @Test
    @Points(2)
    @DisplayName("the minimum gain is strict on a dataset whose best gain is exact")
    void gammaIsStrictOnExactData() {
      // goldens.py "exact" → (0, 3.5, False, 1.125, 0.375, -0.375): every term is exact in binary
      Split s =
          present(
              finder().bestSplit(deep(EXACT_X), EXACT_G.clone(), ONES6.clone(), 1.0, 0.0, 0.0),
              "split, γ 0");
      assertSplit(0, 3.5, false, 1.125, 0.375, -0.375, s, "split, γ 0");
      assertEmpty(
          finder().bestSplit(deep(EXACT_X), EXACT_G.clone(), ONES6.clone(), 1.0, 1.125, 0.0),
          "γ equal to the best gain");
      Split below =
          present(
              finder()
                  .bestSplit(
                      deep(EXACT_X),
                      EXACT_G.clone(),
                      ONES6.clone(),
                      1.0,
                      Math.nextDown(1.125),
                      0.0),
              "γ just below");
      assertSplit(0, 3.5, false, 1.125, 0.375, -0.375, below, "split, γ just below");
    }

    @Test
    @Points(2)
    @DisplayName("permuting the rows does not change the split")
    void rowPermutationInvariance() {
      RandomInputs rnd = new RandomInputs(0x7B5_0005L);
      for (int c = 0; c < 60; c++) {
        Problem p = Problem.random(rnd, 1, 30, 4, 0.2);
        Optional<Split> base =
            finder()
                .bestSplit(
                    deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
        Problem q = p.permuted(rnd.permutation(p.x.length));
        Optional<Split> moved =
            finder()
                .bestSplit(
                    deep(q.x), q.g.clone(), q.h.clone(), q.lambda, q.gamma, q.minChildWeight);
        assertNotNull(base, "case " + c + ": bestSplit returned null");
        assertNotNull(moved, "case " + c + ": bestSplit returned null on permuted rows");
        assertEquals(
            base.isPresent(),
            moved.isPresent(),
            "case " + c + ": split found before and after permuting");
        if (base.isPresent()) {
          assertSameSplit(base.get(), moved.get(), "case " + c + " after permuting rows");
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("a duplicated column: the copy with the lower index wins")
    void duplicateColumnLowerIndexWins() {
      RandomInputs rnd = new RandomInputs(0x7B5_0006L);
      int checked = 0;
      for (int c = 0; c < 60; c++) {
        Problem p = Problem.random(rnd, 1, 30, 3, 0.2);
        // relative to the submission's own split: mathematically tied candidates may round either
        // way
        Optional<Split> base =
            finder()
                .bestSplit(
                    deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
        assertNotNull(base, "case " + c + ": bestSplit returned null");
        if (base.isEmpty()) {
          continue;
        }
        int f = base.get().feature();
        int d = p.x[0].length;
        // copy appended after all columns: the original (lower index) keeps winning
        Split appended =
            present(
                finder()
                    .bestSplit(
                        withColumn(p.x, f, d),
                        p.g.clone(),
                        p.h.clone(),
                        p.lambda,
                        p.gamma,
                        p.minChildWeight),
                "case " + c + " appended copy");
        assertSplit(
            f, base.get(), appended, "case " + c + " with a copy of the best column appended");
        // copy inserted at index 0: the copy now has the lower index
        Split prepended =
            present(
                finder()
                    .bestSplit(
                        withColumn(p.x, f, 0),
                        p.g.clone(),
                        p.h.clone(),
                        p.lambda,
                        p.gamma,
                        p.minChildWeight),
                "case " + c + " prepended copy");
        assertSplit(
            0, base.get(), prepended, "case " + c + " with a copy of the best column prepended");
        checked++;
      }
      assertTrue(checked > 30, "only " + checked + " problems had a split");
    }

    @Test
    @DisplayName(
        "an increasing affine change of a column moves its threshold along and keeps the split")
    void affineFeatureTransform() {
      RandomInputs rnd = new RandomInputs(0x7B5_0007L);
      for (int c = 0; c < 40; c++) {
        Problem p = Problem.random(rnd, 1, 30, 3, 0.2);
        Optional<Split> base =
            finder()
                .bestSplit(
                    deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
        assertNotNull(base, "case " + c + ": bestSplit returned null");
        if (base.isEmpty()) {
          continue;
        }
        int f = base.get().feature();
        double[][] x = deep(p.x);
        for (double[] row : x) {
          row[f] = 4 * row[f] - 3; // exact for the dyadic test values, NaN stays NaN
        }
        Split s =
            present(
                finder()
                    .bestSplit(x, p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight),
                "case " + c);
        Split b = base.get();
        assertSplit(
            f,
            4 * b.threshold() - 3,
            b.missingGoesLeft(),
            b.gain(),
            b.leftWeight(),
            b.rightWeight(),
            s,
            "case " + c);
      }
    }

    @Test
    @DisplayName("logistic gradients are antisymmetric under flipping labels and margins")
    void logisticSymmetry() {
      RandomInputs rnd = new RandomInputs(0x7B5_0008L);
      for (int c = 0; c < 50; c++) {
        int n = rnd.intBetween(1, 10);
        int[] y = rnd.labels(n, 2);
        double[] m = rnd.vector(n, -8, 8);
        int[] flippedY = new int[n];
        double[] flippedM = new double[n];
        for (int i = 0; i < n; i++) {
          flippedY[i] = 1 - y[i];
          flippedM[i] = -m[i];
        }
        GradPair a = finder().logisticGradients(y, m);
        GradPair b = finder().logisticGradients(flippedY, flippedM);
        assertNotNull(a, "gradients");
        assertNotNull(b, "gradients");
        for (int i = 0; i < n; i++) {
          Approx.assertClose(-a.g()[i], b.g()[i], TOL, "case " + c + " g[" + i + "]");
          Approx.assertClose(a.h()[i], b.h()[i], TOL, "case " + c + " h[" + i + "]");
          assertTrue(
              a.g()[i] > -1 && a.g()[i] < 1 && a.h()[i] >= 0 && a.h()[i] <= 0.25,
              "case " + c + " range at " + i);
        }
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("equal gains in both missing directions: missing goes right")
    void missingDirectionTieGoesRight() {
      // the missing rows carry g = 0 and h = 0, so both directions give identical children
      double[][] x = {{1}, {NAN}, {2}, {3}, {NAN}, {4}};
      double[] g = {1.5, 0, 1.0, -2.0, 0, -0.5};
      double[] h = {1, 0, 1, 1, 0, 1};
      Split s = present(finder().bestSplit(x, g, h, 1.0, 0.0, 0.0), "split");
      assertEquals(0, s.feature(), "feature");
      Approx.assertClose(2.5, s.threshold(), TOL, "threshold");
      assertFalse(s.missingGoesLeft(), "missingGoesLeft on a tie");
    }

    @Test
    @Points(2)
    @DisplayName("equal gains at two thresholds: the lower threshold wins")
    void thresholdTieGoesLow() {
      // the row with value 2 carries g = 0 and h = 0, so thresholds 1.5 and 2.5 give identical
      // children
      double[][] x = {{4}, {2}, {1}, {3}};
      double[] g = {1.0, 0, -2.0, 0.5};
      double[] h = {1, 0, 1, 1};
      Split s = present(finder().bestSplit(x, g, h, 1.0, 0.0, 0.0), "split");
      assertEquals(0, s.feature(), "feature");
      Approx.assertClose(1.5, s.threshold(), TOL, "threshold");
      assertFalse(s.missingGoesLeft(), "missingGoesLeft without missing values");
    }

    @Test
    @Points(2)
    @DisplayName("two identical columns: the lower index wins")
    void identicalColumnsLowerIndexWins() {
      double[][] x = {{7, 1, 7}, {3, 2, 3}, {NAN, 3, NAN}, {5, 4, 5}, {1, 5, 1}};
      double[] g = {-1.0, 2.0, -0.5, 1.5, 0.25};
      double[] h = {1, 1, 0.5, 1, 1};
      // goldens.py "identical columns" → (0, 6.0, False, 3.495170454545455, -0.9375, 0.6); column 2
      // ties exactly
      Split s = present(finder().bestSplit(x, g, h, 1.0, 0.0, 0.0), "split");
      assertSplit(0, 6.0, false, 3.495170454545455, -0.9375, 0.6, s, "split");
    }

    @Test
    @DisplayName("a column without missing values reports missingGoesLeft = false")
    void noMissingReportsFalse() {
      double[][] x = {{1, NAN}, {2, 1}, {3, NAN}, {4, 2}};
      double[] g = {2.0, 1.5, -1.0, -2.5};
      Split s =
          present(finder().bestSplit(x, g, new double[] {1, 1, 1, 1}, 1.0, 0.0, 0.0), "split");
      assertEquals(0, s.feature(), "feature");
      assertFalse(s.missingGoesLeft(), "missingGoesLeft");
      Approx.assertClose(2.5, s.threshold(), TOL, "threshold");
    }

    @Test
    @DisplayName("thresholds lie only between distinct values; repeated values stay together")
    void repeatedValuesStayTogether() {
      double[][] x = {{2}, {2}, {2}, {5}, {5}};
      double[] g = {1, -1, 1, -1, -1};
      Split s =
          present(finder().bestSplit(x, g, new double[] {1, 1, 1, 1, 1}, 0.5, 0.0, 0.0), "split");
      // the only candidate: left {2, 2, 2} (G=1, H=3), right {5, 5} (G=-2, H=2)
      assertSplit(
          0, 3.5, false, 1.0 / 3.5 + 4.0 / 2.5 - 1.0 / 5.5, -1.0 / 3.5, 2.0 / 2.5, s, "split");
    }

    @Test
    @DisplayName("negative zero is an ordinary present value")
    void negativeZeroIsAPresentValue() {
      // exact rationals: distinct values −1, −0.0, 1, 2; best threshold (−0.0 + 1)/2 = 0.5 with
      // G_L = 2, H_L = 2, G_R = −2, H_R = 2, λ = 1 → gain 4/3 + 4/3 − 0 = 8/3, weights ∓2/3
      double[][] x = {{-0.0}, {-1}, {1}, {2}};
      Split s =
          present(
              finder()
                  .bestSplit(
                      x, new double[] {1, 1, -1, -1}, new double[] {1, 1, 1, 1}, 1.0, 0.0, 0.0),
              "split");
      assertSplit(0, 0.5, false, 8.0 / 3, -2.0 / 3, 2.0 / 3, s, "split");
    }

    @Test
    @DisplayName("zero and negative zero are one value: no threshold separates them")
    void zeroAndNegativeZeroAreOneValue() {
      // distinct values {0, 5}: the only candidate (2.5) has G_L = G_R = 0, so gain 0 is not > γ = 0;
      // a threshold between −0.0 and 0.0 would not be a midpoint of two distinct values
      double[][] x = {{-0.0}, {-0.0}, {0.0}, {0.0}, {5}};
      assertEmpty(
          finder()
              .bestSplit(
                  x,
                  new double[] {-1, -1, 1, 1, 0},
                  new double[] {1, 1, 1, 1, 1},
                  1.0,
                  0.0,
                  0.0),
          "zeros of both signs and one other value");
    }

    @Test
    @DisplayName("a single row has no split")
    void singleRow() {
      assertEmpty(
          finder()
              .bestSplit(
                  new double[][] {{1.0, 2.0}}, new double[] {1}, new double[] {1}, 1.0, 0.0, 0.0),
          "one row");
    }

    @Test
    @DisplayName("constant and all-missing columns have no split")
    void constantAndMissingColumns() {
      double[][] x = {{3, NAN}, {3, NAN}, {3, NAN}, {3, NAN}};
      assertEmpty(
          finder()
              .bestSplit(x, new double[] {1, -1, 2, -2}, new double[] {1, 1, 1, 1}, 1.0, 0.0, 0.0),
          "constant and all-missing");
      double[][] y = {{NAN}, {4}, {NAN}, {4}};
      assertEmpty(
          finder()
              .bestSplit(y, new double[] {1, -1, 2, -2}, new double[] {1, 1, 1, 1}, 1.0, 0.0, 0.0),
          "one present value and missing rows");
    }

    @Test
    @DisplayName("adding an all-missing or a constant column changes nothing")
    void uninformativeColumns() {
      RandomInputs rnd = new RandomInputs(0x7B5_0009L);
      for (int c = 0; c < 30; c++) {
        Problem p = Problem.random(rnd, 1, 25, 3, 0.2);
        Optional<Split> base =
            finder()
                .bestSplit(
                    deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
        assertNotNull(base, "case " + c + ": bestSplit returned null");
        double[][] x = new double[p.x.length][];
        for (int i = 0; i < x.length; i++) {
          x[i] = java.util.Arrays.copyOf(p.x[i], p.x[i].length + 2);
          x[i][p.x[i].length] = NAN;
          x[i][p.x[i].length + 1] = 1.25;
        }
        Optional<Split> s =
            finder().bestSplit(x, p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
        assertNotNull(s, "case " + c + ": bestSplit returned null");
        assertEquals(base.isPresent(), s.isPresent(), "case " + c + ": split found");
        if (base.isPresent()) {
          assertSameSplit(base.get(), s.get(), "case " + c);
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("lambda zero: a child with zero hessian scores zero and has weight zero")
    void zeroHessianChildWithoutLambda() {
      // goldens.py "zero hessian" → (0, 2.5, False, 2.0, -0.0, -2.0); G²/0 must not be taken as
      // infinite
      Split s =
          present(
              finder()
                  .bestSplit(
                      new double[][] {{1}, {2}, {3}},
                      new double[] {1, -1, 2},
                      new double[] {0, 1, 1},
                      0.0,
                      0.0,
                      0.0),
              "split");
      assertSplit(0, 2.5, false, 2.0, 0.0, -2.0, s, "split");
      Approx.assertClose(0.0, finder().leafWeight(2.0, 0.0, 0.0), TOL, "leafWeight with H + λ = 0");
      Approx.assertClose(
          -1.5,
          finder().splitGain(1.0, 0.0, 1.0, 2.0, 0.0),
          TOL,
          "splitGain with a zero-hessian child");
      Approx.assertClose(
          0.0,
          finder().splitGain(1.0, 0.0, -3.0, 0.0, 0.0),
          TOL,
          "splitGain with all hessians zero");
      assertEmpty(
          finder()
              .bestSplit(
                  new double[][] {{1}, {2}},
                  new double[] {1, -1},
                  new double[] {0, 0},
                  0.0,
                  0.0,
                  0.0),
          "all hessians zero");
    }

    @Test
    @DisplayName("empty inputs give empty gradient arrays")
    void emptyGradients() {
      GradPair se = finder().squaredErrorGradients(new double[0], new double[0]);
      GradPair lg = finder().logisticGradients(new int[0], new double[0]);
      assertNotNull(se, "squared-error gradients");
      assertNotNull(lg, "logistic gradients");
      assertEquals(0, se.g().length + se.h().length + lg.g().length + lg.h().length, "lengths");
    }

    @Test
    @Points(2)
    @DisplayName("inputs are not modified and results are new arrays")
    void purity() {
      RandomInputs rnd = new RandomInputs(0x7B5_000AL);
      for (int c = 0; c < 20; c++) {
        Problem p = Problem.random(rnd, 1, 20, 3, 0.3);
        Purity.Snapshot snapshot = Purity.snapshot(p.x, p.g, p.h);
        Optional<Split> s = finder().bestSplit(p.x, p.g, p.h, p.lambda, p.gamma, p.minChildWeight);
        snapshot.assertUnchanged();
        assertNotNull(s, "bestSplit returned null");
        int n = p.g.length;
        double[] y = rnd.vector(n, -3, 3);
        double[] pred = rnd.vector(n, -3, 3);
        Purity.Snapshot se = Purity.snapshot(y, pred);
        GradPair sg = finder().squaredErrorGradients(y, pred);
        se.assertUnchanged();
        Purity.assertNoAliasing(sg, y, pred);
        int[] labels = rnd.labels(n, 2);
        double[] margin = rnd.vector(n, -3, 3);
        Purity.Snapshot ls = Purity.snapshot(labels, margin);
        GradPair lg = finder().logisticGradients(labels, margin);
        ls.assertUnchanged();
        Purity.assertNoAliasing(lg, labels, margin);
        assertNotSame(sg.g(), sg.h(), "g and h are the same array");
        assertNotSame(lg.g(), lg.h(), "g and h are the same array");
      }
    }

    @Test
    @DisplayName("each call returns arrays of its own")
    void freshArraysPerCall() {
      GradPair a = finder().squaredErrorGradients(new double[] {1, 2}, new double[] {0, 0});
      XgbSplitFinder same = finder();
      GradPair b = same.squaredErrorGradients(new double[] {1, 2}, new double[] {0, 0});
      GradPair c = same.squaredErrorGradients(new double[] {1, 2}, new double[] {0, 0});
      b.h()[0] = 42;
      b.g()[0] = 42;
      Approx.assertClose(new double[] {1, 1}, c.h(), Tolerance.exact(), "h of a later call");
      Approx.assertClose(new double[] {-1, -2}, c.g(), Tolerance.exact(), "g of a later call");
      Approx.assertClose(new double[] {1, 1}, a.h(), Tolerance.exact(), "h of an earlier call");
    }
  }

  @Nested
  class Validation {

    private final double[][] x = {{1, 2}, {2, NAN}, {3, 1}};
    private final double[] g = {1, -1, 0.5};
    private final double[] h = {1, 1, 1};

    @Test
    @DisplayName("negative, NaN or infinite hyper-parameters are rejected")
    void hyperParameters() {
      for (double bad : new double[] {-0.5, NAN, Double.POSITIVE_INFINITY}) {
        Rejects.illegalArgument(
            () -> finder().bestSplit(deep(x), g.clone(), h.clone(), bad, 0, 0), "lambda " + bad);
        Rejects.illegalArgument(
            () -> finder().bestSplit(deep(x), g.clone(), h.clone(), 1, bad, 0), "gamma " + bad);
        Rejects.illegalArgument(
            () -> finder().bestSplit(deep(x), g.clone(), h.clone(), 1, 0, bad),
            "minChildWeight " + bad);
      }
    }

    @Test
    @DisplayName("negative or non-finite hessians and non-finite gradients are rejected")
    void gradientValues() {
      Rejects.illegalArgument(
          () -> finder().bestSplit(deep(x), g.clone(), new double[] {1, -0.25, 1}, 1, 0, 0),
          "negative hessian");
      Rejects.illegalArgument(
          () -> finder().bestSplit(deep(x), g.clone(), new double[] {1, NAN, 1}, 1, 0, 0),
          "NaN hessian");
      Rejects.illegalArgument(
          () ->
              finder()
                  .bestSplit(
                      deep(x), new double[] {1, Double.NEGATIVE_INFINITY, 1}, h.clone(), 1, 0, 0),
          "infinite gradient");
      Rejects.illegalArgument(
          () -> finder().bestSplit(deep(x), new double[] {NAN, 1, 1}, h.clone(), 1, 0, 0),
          "NaN gradient");
    }

    @Test
    @DisplayName("wrong shapes are rejected")
    void shapes() {
      Rejects.illegalArgument(
          () -> finder().bestSplit(deep(x), new double[] {1, 2}, h.clone(), 1, 0, 0),
          "g too short");
      Rejects.illegalArgument(
          () -> finder().bestSplit(deep(x), g.clone(), new double[] {1, 1, 1, 1}, 1, 0, 0),
          "h too long");
      Rejects.illegalArgument(
          () ->
              finder()
                  .bestSplit(new double[][] {{1, 2}, {3}, {4, 5}}, g.clone(), h.clone(), 1, 0, 0),
          "ragged X");
      Rejects.illegalArgument(
          () -> finder().bestSplit(new double[0][], new double[0], new double[0], 1, 0, 0),
          "no rows");
      Rejects.illegalArgument(
          () ->
              finder()
                  .bestSplit(
                      new double[][] {{}, {}}, new double[] {1, 2}, new double[] {1, 1}, 1, 0, 0),
          "no columns");
    }

    @Test
    @DisplayName("infinite feature values are rejected, NaN is accepted as missing")
    void infiniteFeatures() {
      Rejects.illegalArgument(
          () ->
              finder()
                  .bestSplit(
                      new double[][] {{1}, {Double.POSITIVE_INFINITY}, {2}},
                      g.clone(),
                      h.clone(),
                      1,
                      0,
                      0),
          "+∞ in X");
      Rejects.illegalArgument(
          () ->
              finder()
                  .bestSplit(
                      new double[][] {{Double.NEGATIVE_INFINITY}, {1}, {2}},
                      g.clone(),
                      h.clone(),
                      1,
                      0,
                      0),
          "−∞ in X");
      assertNotNull(
          finder().bestSplit(new double[][] {{NAN}, {1}, {2}}, g.clone(), h.clone(), 1, 0, 0),
          "NaN in X");
    }

    @Test
    @DisplayName("gradient functions reject bad lengths, labels and values")
    void gradientFunctions() {
      Rejects.illegalArgument(
          () -> finder().squaredErrorGradients(new double[] {1, 2}, new double[] {1}),
          "squared error, lengths");
      Rejects.illegalArgument(
          () -> finder().squaredErrorGradients(new double[] {1, NAN}, new double[] {1, 2}),
          "squared error, NaN target");
      Rejects.illegalArgument(
          () ->
              finder()
                  .squaredErrorGradients(
                      new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 2}),
          "squared error, infinite prediction");
      Rejects.illegalArgument(
          () -> finder().logisticGradients(new int[] {1, 0}, new double[] {1}),
          "logistic, lengths");
      Rejects.illegalArgument(
          () -> finder().logisticGradients(new int[] {1, 2}, new double[] {1, 1}),
          "logistic, label 2");
      Rejects.illegalArgument(
          () -> finder().logisticGradients(new int[] {-1, 0}, new double[] {1, 1}),
          "logistic, label -1");
      Rejects.illegalArgument(
          () -> finder().logisticGradients(new int[] {1, 0}, new double[] {NAN, 1}),
          "logistic, NaN margin");
      Rejects.illegalArgument(
          () ->
              finder()
                  .logisticGradients(new int[] {1, 0}, new double[] {1, Double.NEGATIVE_INFINITY}),
          "logistic, infinite margin");
    }

    @Test
    @DisplayName(
        "leaf weight and split gain reject negative hessian sums, negative lambda and non-finite"
            + " values")
    void formulaArguments() {
      Rejects.illegalArgument(
          () -> finder().leafWeight(1, -1, 1), "leafWeight, negative hessian sum");
      Rejects.illegalArgument(() -> finder().leafWeight(1, 1, -1), "leafWeight, negative lambda");
      Rejects.illegalArgument(() -> finder().leafWeight(NAN, 1, 1), "leafWeight, NaN gradient sum");
      Rejects.illegalArgument(
          () -> finder().splitGain(1, -1, 1, 1, 1), "splitGain, negative left hessian");
      Rejects.illegalArgument(
          () -> finder().splitGain(1, 1, 1, -1, 1), "splitGain, negative right hessian");
      Rejects.illegalArgument(
          () -> finder().splitGain(1, 1, 1, 1, -0.5), "splitGain, negative lambda");
      Rejects.illegalArgument(
          () -> finder().splitGain(1, 1, Double.POSITIVE_INFINITY, 1, 1),
          "splitGain, infinite gradient");
    }

    @Test
    @DisplayName("leaf weight and split gain reject NaN and infinities in every argument")
    void formulaNonFiniteArguments() {
      double[] good = {1.5, 2.0, -0.5, 3.0, 1.0};
      for (double bad : new double[] {NAN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        for (int a = 0; a < 5; a++) {
          double[] v = good.clone();
          v[a] = bad;
          Rejects.illegalArgument(
              () -> finder().splitGain(v[0], v[1], v[2], v[3], v[4]),
              "splitGain, argument " + a + " = " + bad);
        }
        for (int a = 0; a < 3; a++) {
          double[] v = {good[0], good[1], good[4]};
          v[a] = bad;
          Rejects.illegalArgument(
              () -> finder().leafWeight(v[0], v[1], v[2]), "leafWeight, argument " + a + " = " + bad);
        }
      }
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(() -> finder().bestSplit(null, g.clone(), h.clone(), 1, 0, 0), "null X");
      Rejects.nullArgument(
          () -> finder().bestSplit(new double[][] {{1}, null, {2}}, g.clone(), h.clone(), 1, 0, 0),
          "null row");
      Rejects.nullArgument(() -> finder().bestSplit(deep(x), null, h.clone(), 1, 0, 0), "null g");
      Rejects.nullArgument(() -> finder().bestSplit(deep(x), g.clone(), null, 1, 0, 0), "null h");
      Rejects.nullArgument(() -> finder().squaredErrorGradients(null, new double[] {1}), "null y");
      Rejects.nullArgument(
          () -> finder().squaredErrorGradients(new double[] {1}, null), "null pred");
      Rejects.nullArgument(() -> finder().logisticGradients(null, new double[] {1}), "null labels");
      Rejects.nullArgument(() -> finder().logisticGradients(new int[] {1}, null), "null margin");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(2)
    @DisplayName("logistic gradients stay finite and exact for margins up to plus or minus 1000")
    void extremeMargins() {
      // goldens.py "logistic extreme": scipy.special.expit at ±1000, ±745, ±40, 36.5
      GradPair gp =
          finder()
              .logisticGradients(
                  new int[] {1, 1, 0, 0, 1, 0, 1},
                  new double[] {1000, -1000, 745, -745, 40, -40, 36.5});
      assertNotNull(gp, "gradients");
      Approx.assertAllFinite(gp.g(), "g");
      Approx.assertAllFinite(gp.h(), "h");
      Approx.assertClose(
          new double[] {0.0, -1.0, 1.0, 0.0, 0.0, 4.248354255291589e-18, -2.220446049250313e-16},
          gp.g(),
          TOL,
          "g");
      Approx.assertClose(
          new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 4.248354255291589e-18, 2.2204460492503126e-16},
          gp.h(),
          TOL,
          "h");
    }

    @Test
    @Points(2)
    @DisplayName("feature values near the largest double give finite midpoint thresholds")
    void hugeFeatureValues() {
      // exact rationals: midpoints by fractions.Fraction, float((Fr(a) + Fr(b)) / 2), although a + b
      // overflows; g = [−1, −1, 1, 1] (or [−1, −1, −1, 3]), h = 1, λ = 1
      double max = Double.MAX_VALUE;
      double[] g = {-1, -1, 1, 1};
      double[] h = {1, 1, 1, 1};
      Split up =
          present(
              finder()
                  .bestSplit(
                      new double[][] {{1.0e308}, {1.5e308}, {1.7e308}, {max}},
                      g.clone(),
                      h.clone(),
                      1.0,
                      0.0,
                      0.0),
              "positive values");
      assertSplit(0, 1.6e308, false, 8.0 / 3, 2.0 / 3, -2.0 / 3, up, "positive values");
      Split down =
          present(
              finder()
                  .bestSplit(
                      new double[][] {{-max}, {-1.7e308}, {-1.5e308}, {-1.0e308}},
                      g.clone(),
                      h.clone(),
                      1.0,
                      0.0,
                      0.0),
              "negative values");
      assertSplit(0, -1.6e308, false, 8.0 / 3, 2.0 / 3, -2.0 / 3, down, "negative values");
      Split top =
          present(
              finder()
                  .bestSplit(
                      new double[][] {{1.0e308}, {1.5e308}, {1.7e308}, {max}},
                      new double[] {-1, -1, -1, 3},
                      h.clone(),
                      1.0,
                      0.0,
                      0.0),
              "largest pair");
      // gains 0.75, 8/3, 6.75: the last candidate wins, G_L = −3, H_L = 3, G_R = 3, H_R = 1
      assertSplit(0, 1.7488465674311577e308, false, 6.75, 0.75, -1.5, top, "largest pair");
      Split across =
          present(
              finder()
                  .bestSplit(
                      new double[][] {{-1.7e308}, {1.7e308}},
                      new double[] {-1, 1},
                      new double[] {1, 1},
                      1.0,
                      0.0,
                      0.0),
              "opposite signs");
      assertSplit(0, 0.0, false, 1.0, 0.5, -0.5, across, "opposite signs");
    }

    @Test
    @Points(2)
    @DisplayName("large node (2000 rows, 3 features) matches the reference")
    void largeNodeDifferential() {
      RandomInputs rnd = new RandomInputs(0x7B5_000BL);
      for (int c = 0; c < 5; c++) {
        Problem p = Problem.random(rnd, 2000, 2000, 3, 0.2);
        compareWithOracle(p, "case " + c);
      }
    }

    @Test
    @Points(3)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("performance: 30 000 rows and 4 features within 4 s")
    void performance() {
      RandomInputs rnd = new RandomInputs(0x7B5_000CL);
      int n = 30_000;
      int d = 4;
      double[][] x = new double[n][d];
      double[] g = new double[n];
      double[] h = new double[n];
      for (int i = 0; i < n; i++) {
        for (int f = 0; f < d; f++) {
          x[i][f] = rnd.doubleBetween(0, 1) < 0.1 ? NAN : rnd.doubleBetween(-100, 100);
        }
        g[i] = rnd.doubleBetween(-1, 1) + (x[i][2] > 10 ? 0.5 : 0);
        h[i] = rnd.doubleBetween(0.1, 1);
      }
      Split s = present(finder().bestSplit(x, g, h, 1.0, 0.0, 1.0), "split");
      Approx.assertFinite(s.gain(), "gain");
      assertEquals(2, s.feature(), "feature");
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /**
   * Runs the submission and the reference on one problem. A different outcome is accepted only
   * where rounding may legitimately decide: a genuine admissible candidate whose gain ties the
   * reference's best to the tolerance, or a best gain within the tolerance of {@code γ} (found by
   * one side, not by the other).
   */
  private static void compareWithOracle(Problem p, String what) {
    Optional<Split> expected =
        oracle()
            .bestSplit(deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
    Optional<Split> actual =
        finder()
            .bestSplit(deep(p.x), p.g.clone(), p.h.clone(), p.lambda, p.gamma, p.minChildWeight);
    assertNotNull(actual, what + ": bestSplit returned null");
    if (expected.isEmpty() && actual.isEmpty()) {
      return;
    }
    if (actual.isEmpty()) {
      assertTrue(
          TOL.accepts(p.gamma, expected.get().gain()),
          what + ": expected " + describe(expected.get()) + " but got no split");
      return;
    }
    Split a = actual.get();
    assertValidCandidate(p, a, what);
    if (expected.isEmpty()) {
      assertTrue(
          TOL.accepts(p.gamma, a.gain()), what + ": expected no split but got " + describe(a));
      return;
    }
    Split e = expected.get();
    if (a.feature() == e.feature()
        && a.missingGoesLeft() == e.missingGoesLeft()
        && TOL.accepts(e.threshold(), a.threshold())) {
      assertSameSplit(e, a, what);
      return;
    }
    if (!TOL.accepts(e.gain(), a.gain())) {
      fail(what + ": expected " + describe(e) + " but got " + describe(a));
    }
  }

  /**
   * Checks that {@code s} is an admissible candidate of {@code p} and that its numbers follow from
   * its partition.
   */
  private static void assertValidCandidate(Problem p, Split s, String what) {
    int d = p.x[0].length;
    assertTrue(
        s.feature() >= 0 && s.feature() < d,
        what + ": feature index " + s.feature() + " out of range");
    double below = Double.NEGATIVE_INFINITY;
    double above = Double.POSITIVE_INFINITY;
    boolean hasMissing = false;
    double gL = 0;
    double hL = 0;
    double gR = 0;
    double hR = 0;
    for (int i = 0; i < p.x.length; i++) {
      double v = p.x[i][s.feature()];
      boolean left;
      if (Double.isNaN(v)) {
        hasMissing = true;
        left = s.missingGoesLeft();
      } else {
        left = v < s.threshold();
        if (left) {
          below = Math.max(below, v);
        } else {
          above = Math.min(above, v);
        }
      }
      if (left) {
        gL += p.g[i];
        hL += p.h[i];
      } else {
        gR += p.g[i];
        hR += p.h[i];
      }
    }
    assertTrue(
        Double.isFinite(below) && Double.isFinite(above),
        what + ": threshold " + s.threshold() + " does not separate present values");
    Approx.assertClose(
        (below + above) / 2,
        s.threshold(),
        TOL,
        what + ": threshold (midpoint of " + below + " and " + above + ")");
    if (!hasMissing) {
      assertFalse(
          s.missingGoesLeft(), what + ": missingGoesLeft on a column without missing values");
    }
    XgbSplitFinder oracle = oracle();
    Approx.assertClose(
        oracle.splitGain(gL, hL, gR, hR, p.lambda),
        s.gain(),
        TOL,
        what + ": gain of the described partition");
    Approx.assertClose(
        oracle.leafWeight(gL, hL, p.lambda),
        s.leftWeight(),
        TOL,
        what + ": leftWeight of the described partition");
    Approx.assertClose(
        oracle.leafWeight(gR, hR, p.lambda),
        s.rightWeight(),
        TOL,
        what + ": rightWeight of the described partition");
    assertTrue(s.gain() > p.gamma, what + ": gain " + s.gain() + " is not above gamma " + p.gamma);
    assertTrue(
        hL >= p.minChildWeight && hR >= p.minChildWeight,
        what + ": child hessians " + hL + ", " + hR + " below minChildWeight " + p.minChildWeight);
  }

  private static Split present(Optional<Split> result, String what) {
    assertNotNull(result, what + ": bestSplit returned null instead of an Optional");
    assertTrue(result.isPresent(), what + ": expected a split but got none");
    return result.get();
  }

  private static void assertEmpty(Optional<Split> result, String what) {
    assertNotNull(result, what + ": bestSplit returned null instead of Optional.empty()");
    if (result.isPresent()) {
      fail(what + ": expected no split but got " + describe(result.get()));
    }
  }

  private static void assertSplit(
      int feature,
      double threshold,
      boolean missingLeft,
      double gain,
      double leftWeight,
      double rightWeight,
      Split actual,
      String what) {
    assertEquals(feature, actual.feature(), what + ": feature");
    assertEquals(missingLeft, actual.missingGoesLeft(), what + ": missingGoesLeft");
    Approx.assertClose(threshold, actual.threshold(), TOL, what + ": threshold");
    Approx.assertClose(gain, actual.gain(), TOL, what + ": gain");
    Approx.assertClose(leftWeight, actual.leftWeight(), TOL, what + ": leftWeight");
    Approx.assertClose(rightWeight, actual.rightWeight(), TOL, what + ": rightWeight");
  }

  /** Same split as {@code expected}, except that the feature index is {@code feature}. */
  private static void assertSplit(int feature, Split expected, Split actual, String what) {
    assertSplit(
        feature,
        expected.threshold(),
        expected.missingGoesLeft(),
        expected.gain(),
        expected.leftWeight(),
        expected.rightWeight(),
        actual,
        what);
  }

  private static void assertSameSplit(Split expected, Split actual, String what) {
    assertSplit(expected.feature(), expected, actual, what);
  }

  private static String describe(Split s) {
    return "Split(feature="
        + s.feature()
        + ", threshold="
        + s.threshold()
        + ", missingGoesLeft="
        + s.missingGoesLeft()
        + ", gain="
        + s.gain()
        + ", leftWeight="
        + s.leftWeight()
        + ", rightWeight="
        + s.rightWeight()
        + ")";
  }

  private static double[][] deep(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }

  /** A copy of {@code x} with column {@code source} duplicated and inserted at index {@code at}. */
  private static double[][] withColumn(double[][] x, int source, int at) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      int d = x[i].length;
      out[i] = new double[d + 1];
      for (int j = 0, k = 0; j <= d; j++) {
        out[i][j] = j == at ? x[i][source] : x[i][k++];
      }
    }
    return out;
  }

  /**
   * A random node: features on coarse dyadic grids (some with many repeated values) with missing
   * values, gradients in multiples of 1/8 within [−2, 2], hessians in multiples of 1/8 within [0,
   * 2] (zeros included), and hyper-parameters from small sets with λ > 0.
   */
  private record Problem(
      double[][] x, double[] g, double[] h, double lambda, double gamma, double minChildWeight) {

    private static final double[] LAMBDAS = {0.25, 0.5, 1.0, 2.0};
    private static final double[] GAMMAS = {0.0, 0.0, 0.0, 0.0371, 0.3};
    private static final double[] MIN_CHILD_WEIGHTS = {0.0, 0.0, 0.5, 1.25, 2.0};

    static Problem random(RandomInputs rnd, int minN, int maxN, int maxD, double missingRate) {
      int n = rnd.intBetween(minN, maxN);
      int d = rnd.intBetween(1, maxD);
      double[][] x = new double[n][d];
      for (int f = 0; f < d; f++) {
        int levels = rnd.intBetween(1, 3) == 1 ? rnd.intBetween(1, 5) : 64;
        double scale = rnd.intBetween(0, 1) == 0 ? 0.5 : 2.0;
        double rate = rnd.intBetween(0, 3) == 0 ? 0.0 : missingRate;
        for (int i = 0; i < n; i++) {
          x[i][f] =
              rnd.doubleBetween(0, 1) < rate
                  ? NAN
                  : (rnd.intBetween(0, levels) - levels / 2) * scale;
        }
      }
      double[] g = new double[n];
      double[] h = new double[n];
      boolean unitHessians = rnd.intBetween(0, 3) == 0;
      for (int i = 0; i < n; i++) {
        g[i] = rnd.intBetween(-16, 16) / 8.0;
        h[i] = unitHessians ? 1.0 : rnd.intBetween(0, 16) / 8.0;
      }
      return new Problem(
          x,
          g,
          h,
          LAMBDAS[rnd.intBetween(0, LAMBDAS.length - 1)],
          GAMMAS[rnd.intBetween(0, GAMMAS.length - 1)],
          MIN_CHILD_WEIGHTS[rnd.intBetween(0, MIN_CHILD_WEIGHTS.length - 1)]);
    }

    Problem withGamma(double newGamma) {
      return new Problem(x, g, h, lambda, newGamma, minChildWeight);
    }

    Problem permuted(int[] order) {
      double[][] nx = new double[order.length][];
      double[] ng = new double[order.length];
      double[] nh = new double[order.length];
      for (int i = 0; i < order.length; i++) {
        nx[i] = x[order[i]].clone();
        ng[i] = g[order[i]];
        nh[i] = h[order[i]];
      }
      return new Problem(nx, ng, nh, lambda, gamma, minChildWeight);
    }
  }
}
