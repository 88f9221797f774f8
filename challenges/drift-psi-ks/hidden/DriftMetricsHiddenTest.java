package challenge.drift.hidden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.drift.DriftMetrics;
import challenge.drift.DriftMetricsImpl;
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
 * Hidden suite for {@code drift-psi-ks} (catalog-spec §4 W1-9).
 *
 * <p>Goldens come from NumPy 1.24.2 / SciPy 1.10.1 with {@code edges(r, B) =
 * np.unique(np.quantile(r, [i/B for i in range(1, B)]))}, {@code counts(x, e) =
 * np.bincount(np.searchsorted(e, x, side="left"), minlength=len(e)+1)}, {@code psi =
 * sum((pc-pr)*log(pc/pr))} over {@code max(count/n, eps)}, and {@code ks(a, b) = (ks_2samp(a,
 * b).statistic, kstwobign.sf(D*sqrt(n*m/(n+m))))}; the generator is {@code
 * challenges/drift-psi-ks/golden/drift_goldens.py}.
 *
 * <p>Random cases avoid the two spots where a last-ulp difference between legitimate type-7
 * formulas ({@code (n−1)·(i/B)} versus {@code (n−1)·i/B}, {@code a + t(b−a)} versus NumPy's {@code
 * b − (1−t)(b−a)}) could move a value across an edge: an integral {@code (n−1)·i/B} with {@code B}
 * not a power of two, and tied (integer) data with {@code B} not a power of two.
 */
public class DriftMetricsHiddenTest {

  /** Spec W1-9: 1e-12 for edges, PSI and D (|a−e| ≤ 1e-12·max(1,|e|)). */
  private static final Tolerance TOL = Tolerance.mixed(1e-12);

  /** Spec W1-9: 1e-10 for the p-value. */
  private static final Tolerance P_TOL = Tolerance.mixed(1e-10);

  private static final double[] SPEC_REF = {
    1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 12
  };
  private static final double[] SPEC_CUR = {
    2, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 15
  };

  /** A reference whose lower quantiles coincide, so duplicate edges must be removed. */
  private static final double[] TIED_REF = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4};

  private static final double[] TIED_CUR = {0.5, 0.5, 3, 3.5, 7, 9, -1, 0, 2.25, 2.1, 2.3};

  /** With four bins of this reference, the current sample leaves the second bin empty. */
  private static final double[] GAP_REF = {1, 2, 3, 4, 5, 6, 7, 8};

  private static final double[] GAP_CUR = {1, 1.5, 2, 6, 7, 7.5, 8, 8};

  private static DriftMetrics metrics() {
    return new DriftMetricsImpl();
  }

  private static DriftMetrics oracle() {
    return new challenge.drift.oracle.DriftMetricsImpl();
  }

  // ---------------------------------------------------------------------------------------------
  // Random inputs.

  /** A sample of {@code n} continuous values (no ties with probability 1), shifted and scaled. */
  private static double[] continuous(RandomInputs r, int n) {
    double shift = r.doubleBetween(-5, 5);
    double scale = r.doubleBetween(0.1, 10);
    double[] x = r.gaussianVector(n);
    for (int i = 0; i < n; i++) {
      x[i] = shift + scale * x[i];
    }
    return x;
  }

  /**
   * A sample of {@code n} small integers, so that ties are frequent (never −0.0, which sorts apart
   * from 0.0).
   */
  private static double[] tied(RandomInputs r, int n) {
    double shift = r.intBetween(-3, 3);
    double spread = r.doubleBetween(0.5, 4);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.rint(shift + spread * r.gaussian()) + 0.0;
    }
    return x;
  }

  /**
   * A bin count for continuous data of size n whose type-7 positions are unambiguous (see the class
   * doc).
   */
  private static int binsForContinuous(RandomInputs r, int n) {
    while (true) {
      int bins = r.intBetween(2, 12);
      if (isPowerOfTwo(bins) || noIntegralPosition(n, bins)) {
        return bins;
      }
    }
  }

  /** A bin count for tied data: powers of two keep every type-7 position and weight exact. */
  private static int binsForTied(RandomInputs r) {
    return new int[] {2, 4, 8}[r.intBetween(0, 2)];
  }

  private static boolean isPowerOfTwo(int b) {
    return Integer.bitCount(b) == 1;
  }

  private static boolean noIntegralPosition(int n, int bins) {
    for (int i = 1; i < bins; i++) {
      if ((long) (n - 1) * i % bins == 0) {
        return false;
      }
    }
    return true;
  }

  private static double[] shuffled(double[] x, RandomInputs r) {
    int[] perm = r.permutation(x.length);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[perm[i]];
    }
    return y;
  }

  private static double epsilon(RandomInputs r) {
    return Math.pow(10, r.doubleBetween(-6, -2));
  }

  /** One differential case: edges, both count vectors and PSI against the oracle. */
  private static void assertPsiMatchesOracle(
      double[] ref, double[] cur, int bins, double eps, String what) {
    DriftMetrics impl = metrics();
    DriftMetrics oracle = oracle();
    double[] expectedEdges = oracle.quantileBinEdges(ref, bins);
    Approx.assertClose(expectedEdges, impl.quantileBinEdges(ref, bins), TOL, what + " edges");
    assertArrayEquals(
        oracle.binCounts(ref, expectedEdges),
        impl.binCounts(ref, expectedEdges),
        what + " reference counts");
    assertArrayEquals(
        oracle.binCounts(cur, expectedEdges),
        impl.binCounts(cur, expectedEdges),
        what + " current counts");
    Approx.assertClose(
        oracle.psi(ref, cur, bins, eps), impl.psi(ref, cur, bins, eps), TOL, what + " psi");
  }

  private static void assertKsMatchesOracle(double[] ref, double[] cur, String what) {
    DriftMetrics.KsResult expected = oracle().ks(ref, cur);
    DriftMetrics.KsResult actual = metrics().ks(ref, cur);
    assertNotNull(actual, what + ": ks returned null");
    Approx.assertClose(expected.statistic(), actual.statistic(), TOL, what + " D");
    Approx.assertClose(expected.pValue(), actual.pValue(), P_TOL, what + " p-value");
  }

  private static double[] range(int from, int toExclusive, double offset) {
    double[] x = new double[toExclusive - from];
    for (int i = 0; i < x.length; i++) {
      x[i] = from + i + offset;
    }
    return x;
  }

  @Nested
  class Golden {

    @Test
    @Points(2)
    @DisplayName("quantile bin edges of the worked example")
    void specEdges() {
      // np.quantile(ref, [0.25, 0.5, 0.75]) → [3.0, 4.5, 6.25]
      Approx.assertClose(
          new double[] {3, 4.5, 6.25},
          metrics().quantileBinEdges(SPEC_REF.clone(), 4),
          TOL,
          "edges");
    }

    @Test
    @Points(2)
    @DisplayName("right-closed bin counts of both samples of the worked example")
    void specCounts() {
      // np.bincount(np.searchsorted([3, 4.5, 6.25], x, side="left"), minlength=4) → [6,4,5,5] and
      // [2,2,5,11]
      double[] edges = {3, 4.5, 6.25};
      assertArrayEquals(
          new long[] {6, 4, 5, 5},
          metrics().binCounts(SPEC_REF.clone(), edges.clone()),
          "reference counts");
      assertArrayEquals(
          new long[] {2, 2, 5, 11},
          metrics().binCounts(SPEC_CUR.clone(), edges.clone()),
          "current counts");
    }

    @Test
    @Points(3)
    @DisplayName("PSI of the worked example")
    void specPsi() {
      // psi(ref, cur, 4, 1e-4) → 0.5255743838988975
      Approx.assertClose(
          0.5255743838988975,
          metrics().psi(SPEC_REF.clone(), SPEC_CUR.clone(), 4, 1e-4),
          TOL,
          "psi");
    }

    @Test
    @Points(2)
    @DisplayName("PSI with the roles swapped takes its edges from the new reference")
    void specPsiSwapped() {
      // psi(cur, ref, 4, 1e-4) → 0.5284573510954356 (edges from cur)
      Approx.assertClose(
          0.5284573510954356,
          metrics().psi(SPEC_CUR.clone(), SPEC_REF.clone(), 4, 1e-4),
          TOL,
          "psi");
    }

    @Test
    @Points(3)
    @DisplayName("KS statistic and asymptotic p-value of the worked example")
    void specKs() {
      // ks_2samp(ref, cur).statistic → 0.35; kstwobign.sf(0.35*sqrt(10)) → 0.17247627033056145
      DriftMetrics.KsResult result = metrics().ks(SPEC_REF.clone(), SPEC_CUR.clone());
      Approx.assertClose(0.35, result.statistic(), TOL, "D");
      Approx.assertClose(0.17247627033056145, result.pValue(), P_TOL, "p-value");
    }

    @Test
    @Points(3)
    @DisplayName("KS statistic is evaluated after complete tie groups")
    void ksTies() {
      // ks_2samp([1,2,2,3],[2,2,3,4]).statistic → 0.25; kstwobign.sf(0.25*sqrt(2)) →
      // 0.9996332921577278
      DriftMetrics.KsResult result =
          metrics().ks(new double[] {1, 2, 2, 3}, new double[] {2, 2, 3, 4});
      Approx.assertClose(0.25, result.statistic(), TOL, "D");
      Approx.assertClose(0.9996332921577278, result.pValue(), P_TOL, "p-value");
    }

    @Test
    @Points(2)
    @DisplayName("KS with samples of different sizes")
    void ksUnequalSizes() {
      // ks(a, b) with n=7, m=12 → (0.32142857142857145, 0.7509773855334397)
      double[] a = {0.1, 0.4, 0.35, 0.8, 0.65, 0.9, 0.3};
      double[] b = {0.2, 0.25, 0.6, 0.7, 0.75, 0.95, 1.1, 1.3, 0.05, 0.5, 0.55, 0.85};
      DriftMetrics.KsResult result = metrics().ks(a, b);
      Approx.assertClose(0.32142857142857145, result.statistic(), TOL, "D");
      Approx.assertClose(0.7509773855334397, result.pValue(), P_TOL, "p-value");
    }

    @Test
    @Points(2)
    @DisplayName("duplicate quantiles of a tied reference are removed")
    void tiedEdges() {
      // np.unique(np.quantile(TIED_REF, [0.2, 0.4, 0.6, 0.8])) → [0.0, 0.39999999999999947, 2.2]
      Approx.assertClose(
          new double[] {0.0, 0.39999999999999947, 2.2},
          metrics().quantileBinEdges(TIED_REF.clone(), 5),
          TOL,
          "edges");
    }

    @Test
    @Points(2)
    @DisplayName("PSI over the de-duplicated bins of a tied reference")
    void tiedPsi() {
      // counts [6,0,2,2] and [2,0,3,6]; psi(TIED_REF, TIED_CUR, 5, 1e-3) → 0.8684286646635138
      Approx.assertClose(
          0.8684286646635138,
          metrics().psi(TIED_REF.clone(), TIED_CUR.clone(), 5, 1e-3),
          TOL,
          "psi");
    }

    @Test
    @DisplayName("KS p-value far in the tail")
    void ksTail() {
      // ks(range(50), range(50)+30) → (0.6, 3.045995948942526e-08)
      DriftMetrics.KsResult result = metrics().ks(range(0, 50, 0), range(0, 50, 30));
      Approx.assertClose(0.6, result.statistic(), TOL, "D");
      Approx.assertClose(3.045995948942526e-08, result.pValue(), P_TOL, "p-value");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(3)
    @DisplayName("edges, counts and PSI agree with the reference solution on continuous samples")
    void differentialContinuous() {
      RandomInputs r = new RandomInputs(0x9D1F7L);
      for (int c = 0; c < 200; c++) {
        int n = r.intBetween(1, 120);
        int m = r.intBetween(1, 120);
        double[] ref = continuous(r, n);
        double[] cur = r.intBetween(0, 3) == 0 ? ref.clone() : continuous(r, m);
        if (r.intBetween(0, 3) == 0) {
          cur[0] = ref[r.intBetween(0, n - 1)]; // a current value on a reference point
        }
        assertPsiMatchesOracle(ref, cur, binsForContinuous(r, n), epsilon(r), "case " + c);
      }
    }

    @Test
    @Points(3)
    @DisplayName(
        "edges, counts and PSI agree with the reference solution on samples with many ties")
    void differentialTied() {
      RandomInputs r = new RandomInputs(0x71ED5L);
      for (int c = 0; c < 200; c++) {
        double[] ref = tied(r, r.intBetween(1, 150));
        double[] cur = tied(r, r.intBetween(1, 150));
        assertPsiMatchesOracle(ref, cur, binsForTied(r), epsilon(r), "case " + c);
      }
    }

    @Test
    @Points(3)
    @DisplayName("KS statistic and p-value agree with the reference solution")
    void differentialKs() {
      RandomInputs r = new RandomInputs(0x4B5L);
      for (int c = 0; c < 300; c++) {
        int n = r.intBetween(1, 200);
        int m = r.intBetween(1, 200);
        boolean ties = r.intBetween(0, 1) == 0;
        double[] ref = ties ? tied(r, n) : continuous(r, n);
        double[] cur = ties ? tied(r, m) : continuous(r, m);
        assertKsMatchesOracle(ref, cur, "case " + c);
      }
    }

    @Test
    @DisplayName("PSI is never negative")
    void psiNonNegative() {
      RandomInputs r = new RandomInputs(0xA0L);
      for (int c = 0; c < 200; c++) {
        double[] ref = continuous(r, r.intBetween(1, 80));
        double[] cur = continuous(r, r.intBetween(1, 80));
        double psi = metrics().psi(ref, cur, r.intBetween(2, 12), epsilon(r));
        Approx.assertFinite(psi, "psi");
        assertTrue(psi >= 0, "case " + c + ": psi " + psi + " is negative");
      }
    }

    @Test
    @Points(2)
    @DisplayName("KS is symmetric in its two samples")
    void ksSymmetric() {
      RandomInputs r = new RandomInputs(0x5E3L);
      for (int c = 0; c < 100; c++) {
        double[] a =
            r.intBetween(0, 1) == 0
                ? tied(r, r.intBetween(1, 60))
                : continuous(r, r.intBetween(1, 60));
        double[] b =
            r.intBetween(0, 1) == 0
                ? tied(r, r.intBetween(1, 60))
                : continuous(r, r.intBetween(1, 60));
        DriftMetrics.KsResult ab = metrics().ks(a, b);
        DriftMetrics.KsResult ba = metrics().ks(b, a);
        Approx.assertClose(ab.statistic(), ba.statistic(), TOL, "case " + c + " D");
        Approx.assertClose(ab.pValue(), ba.pValue(), P_TOL, "case " + c + " p-value");
      }
    }

    @Test
    @DisplayName("KS statistic and p-value lie in the unit interval")
    void ksRanges() {
      RandomInputs r = new RandomInputs(0x01L);
      for (int c = 0; c < 200; c++) {
        DriftMetrics.KsResult res =
            metrics().ks(continuous(r, r.intBetween(1, 50)), tied(r, r.intBetween(1, 50)));
        assertTrue(
            res.statistic() >= 0 && res.statistic() <= 1, "case " + c + ": D " + res.statistic());
        assertTrue(res.pValue() >= 0 && res.pValue() <= 1, "case " + c + ": p " + res.pValue());
      }
    }

    @Test
    @Points(2)
    @DisplayName("results do not depend on the order of the values")
    void orderInvariance() {
      RandomInputs r = new RandomInputs(0x0DDL);
      for (int c = 0; c < 100; c++) {
        double[] ref = tied(r, r.intBetween(2, 80));
        double[] cur = tied(r, r.intBetween(2, 80));
        double[] ref2 = shuffled(ref, r);
        double[] cur2 = shuffled(cur, r);
        int bins = binsForTied(r);
        DriftMetrics impl = metrics();
        double[] edges = impl.quantileBinEdges(ref, bins);
        Approx.assertClose(
            edges, impl.quantileBinEdges(ref2, bins), Tolerance.exact(), "case " + c + " edges");
        assertArrayEquals(
            impl.binCounts(cur, edges), impl.binCounts(cur2, edges), "case " + c + " counts");
        Approx.assertClose(
            impl.psi(ref, cur, bins, 1e-4),
            impl.psi(ref2, cur2, bins, 1e-4),
            TOL,
            "case " + c + " psi");
        Approx.assertClose(
            impl.ks(ref, cur).statistic(),
            impl.ks(ref2, cur2).statistic(),
            TOL,
            "case " + c + " D");
      }
    }

    @Test
    @DisplayName(
        "edges are strictly increasing, within the reference's range and at most bins minus one")
    void edgeShape() {
      RandomInputs r = new RandomInputs(0xED6EL);
      for (int c = 0; c < 200; c++) {
        double[] ref =
            r.intBetween(0, 1) == 0
                ? tied(r, r.intBetween(1, 60))
                : continuous(r, r.intBetween(1, 60));
        int bins = r.intBetween(2, 20);
        double[] edges = metrics().quantileBinEdges(ref, bins);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : ref) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        assertTrue(
            edges.length >= 1 && edges.length <= bins - 1,
            "case " + c + ": " + edges.length + " edges");
        for (int j = 0; j < edges.length; j++) {
          assertTrue(
              edges[j] >= min && edges[j] <= max,
              "case " + c + ": edge outside the reference range");
          assertTrue(
              j == 0 || edges[j - 1] < edges[j], "case " + c + ": edges not strictly increasing");
        }
      }
    }

    @Test
    @DisplayName("bin counts add up to the number of values")
    void countsSum() {
      RandomInputs r = new RandomInputs(0xC0L);
      for (int c = 0; c < 200; c++) {
        double[] data = tied(r, r.intBetween(0, 100));
        double[] edges =
            metrics().quantileBinEdges(tied(r, r.intBetween(1, 50)), r.intBetween(2, 10));
        long[] counts = metrics().binCounts(data, edges);
        assertEquals(edges.length + 1, counts.length, "case " + c + ": number of bins");
        long total = 0;
        for (long k : counts) {
          assertTrue(k >= 0, "case " + c + ": negative count");
          total += k;
        }
        assertEquals(data.length, total, "case " + c + ": total count");
      }
    }

    @Test
    @DisplayName("KS statistic depends only on the ordering of the pooled values")
    void ksMonotoneTransform() {
      RandomInputs r = new RandomInputs(0xE4L);
      for (int c = 0; c < 100; c++) {
        double[] a = tied(r, r.intBetween(1, 60));
        double[] b = tied(r, r.intBetween(1, 60));
        double[] ea = a.clone();
        double[] eb = b.clone();
        for (int i = 0; i < ea.length; i++) {
          ea[i] = Math.exp(ea[i] / 4);
        }
        for (int i = 0; i < eb.length; i++) {
          eb[i] = Math.exp(eb[i] / 4);
        }
        Approx.assertClose(
            metrics().ks(a, b).statistic(),
            metrics().ks(ea, eb).statistic(),
            TOL,
            "case " + c + " D");
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("identical samples give zero PSI, zero D and p-value one")
    void identicalSamples() {
      RandomInputs r = new RandomInputs(0x1D3L);
      for (int c = 0; c < 20; c++) {
        double[] x = c % 2 == 0 ? tied(r, r.intBetween(1, 50)) : continuous(r, r.intBetween(1, 50));
        Approx.assertClose(
            0.0, metrics().psi(x, x.clone(), r.intBetween(2, 10), 1e-4), TOL, "case " + c + " psi");
        DriftMetrics.KsResult res = metrics().ks(x, x);
        Approx.assertClose(0.0, res.statistic(), TOL, "case " + c + " D");
        Approx.assertClose(1.0, res.pValue(), P_TOL, "case " + c + " p-value");
      }
    }

    @Test
    @Points(2)
    @DisplayName("an empty current bin is floored at epsilon")
    void emptyCurrentBin() {
      // edges [2.75, 4.5, 6.25]; counts [2,2,2,2] and [3,0,1,4];
      // psi(GAP_REF, GAP_CUR, 4, 1e-4) → 2.2658424293364874; with eps 0.01 → 1.083143529191868
      assertArrayEquals(
          new long[] {3, 0, 1, 4},
          metrics().binCounts(GAP_CUR.clone(), new double[] {2.75, 4.5, 6.25}),
          "counts");
      Approx.assertClose(
          2.2658424293364874,
          metrics().psi(GAP_REF.clone(), GAP_CUR.clone(), 4, 1e-4),
          TOL,
          "psi eps small");
      Approx.assertClose(
          1.083143529191868,
          metrics().psi(GAP_REF.clone(), GAP_CUR.clone(), 4, 0.01),
          TOL,
          "psi eps large");
    }

    @Test
    @DisplayName("a constant reference gives a single edge and two bins")
    void constantReference() {
      // np.unique(np.quantile([5,5,5,5], [.25,.5,.75])) → [5.0]; counts [4,0] and [2,2];
      // psi([5,5,5,5], [5,6,7,4], 4, 1e-4) → 4.604318466668949
      double[] ref = {5, 5, 5, 5};
      double[] cur = {5, 6, 7, 4};
      Approx.assertClose(
          new double[] {5}, metrics().quantileBinEdges(ref.clone(), 4), TOL, "edges");
      Approx.assertClose(
          4.604318466668949, metrics().psi(ref.clone(), cur.clone(), 4, 1e-4), TOL, "psi");
    }

    @Test
    @DisplayName("more bins than reference values")
    void moreBinsThanValues() {
      // np.quantile([3,1,2], [i/10 for i in 1..9]) → [1.2, 1.4, ..., 2.8];
      // psi([3,1,2], [0,1.5,2.5,2.5,4], 10, 1e-3) → 5.5117515303577695
      double[] ref = {3, 1, 2};
      Approx.assertClose(
          new double[] {1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4, 2.6, 2.8},
          metrics().quantileBinEdges(ref.clone(), 10),
          TOL,
          "edges");
      Approx.assertClose(
          5.5117515303577695,
          metrics().psi(ref.clone(), new double[] {0, 1.5, 2.5, 2.5, 4}, 10, 1e-3),
          TOL,
          "psi");
    }

    @Test
    @DisplayName("single-value samples")
    void singleValues() {
      // psi([1], [2], 2, 1e-4) → 18.418838675877968; ks([1], [2]) → (1.0, kstwobign.sf(sqrt(0.5)) =
      // 0.6993741991310154)
      Approx.assertClose(
          new double[] {1}, metrics().quantileBinEdges(new double[] {1}, 2), TOL, "edges");
      Approx.assertClose(
          18.418838675877968,
          metrics().psi(new double[] {1}, new double[] {2}, 2, 1e-4),
          TOL,
          "psi");
      DriftMetrics.KsResult res = metrics().ks(new double[] {1}, new double[] {2});
      Approx.assertClose(1.0, res.statistic(), TOL, "D");
      Approx.assertClose(0.6993741991310154, res.pValue(), P_TOL, "p-value");
    }

    @Test
    @Points(2)
    @DisplayName("a value equal to an edge falls in the bin that edge closes")
    void valuesOnEdges() {
      double[] edges = {-1, 0, 2.5};
      assertArrayEquals(
          new long[] {1, 0, 0, 0},
          metrics().binCounts(new double[] {-1}, edges.clone()),
          "first edge");
      assertArrayEquals(
          new long[] {0, 1, 0, 0},
          metrics().binCounts(new double[] {0}, edges.clone()),
          "middle edge");
      assertArrayEquals(
          new long[] {0, 0, 1, 0},
          metrics().binCounts(new double[] {2.5}, edges.clone()),
          "last edge");
      assertArrayEquals(
          new long[] {2, 1, 2, 2},
          metrics().binCounts(new double[] {-7, -0.5, 1, 2.4, 2.6, 1e9, -1}, edges.clone()),
          "mixed");
    }

    @Test
    @DisplayName("no edges means one bin, and no data means zero counts")
    void degenerateCounts() {
      assertArrayEquals(
          new long[] {3}, metrics().binCounts(new double[] {4, -2, 9}, new double[0]), "no edges");
      assertArrayEquals(
          new long[] {0, 0, 0}, metrics().binCounts(new double[0], new double[] {1, 2}), "no data");
    }

    @Test
    @DisplayName("p-value is one below the series cutoff")
    void pValueSmallLambda() {
      // ks(range(20), range(20)+0.5) → D 0.05, lambda = 0.05*sqrt(10) < 0.18 → p 1.0
      DriftMetrics.KsResult res = metrics().ks(range(0, 20, 0), range(0, 20, 0.5));
      Approx.assertClose(0.05, res.statistic(), TOL, "D");
      Approx.assertClose(1.0, res.pValue(), P_TOL, "p-value");
    }

    @Test
    @DisplayName("a sample passed as both arguments")
    void sameArrayTwice() {
      double[] x = {3, 1, 2, 2, 5};
      double[] copy = x.clone();
      DriftMetrics.KsResult res = metrics().ks(x, x);
      Approx.assertClose(0.0, res.statistic(), TOL, "D");
      Approx.assertClose(0.0, metrics().psi(x, x, 2, 1e-4), TOL, "psi");
      assertArrayEquals(copy, x, "input modified");
    }

    @Test
    @Points(2)
    @DisplayName("quantileBinEdges leaves its input unchanged and returns a new array")
    void purityEdges() {
      double[] ref = SPEC_CUR.clone();
      double[] before = ref.clone();
      Purity.Snapshot s = Purity.snapshot(ref);
      double[] edges = metrics().quantileBinEdges(ref, 4);
      s.assertUnchanged();
      Purity.assertNoAliasing(edges, ref);
      edges[0] = 99;
      assertArrayEquals(before, ref, "input changed through the result");
    }

    @Test
    @DisplayName("binCounts leaves its inputs unchanged")
    void purityCounts() {
      double[] data = SPEC_CUR.clone();
      double[] edges = {3, 4.5, 6.25};
      Purity.Snapshot s = Purity.snapshot(data, edges);
      long[] counts = metrics().binCounts(data, edges);
      s.assertUnchanged();
      Purity.assertNoAliasing(counts, data, edges);
    }

    @Test
    @Points(2)
    @DisplayName("psi leaves its inputs unchanged")
    void purityPsi() {
      double[] ref = SPEC_CUR.clone();
      double[] cur = SPEC_REF.clone();
      Purity.Snapshot s = Purity.snapshot(ref, cur);
      metrics().psi(ref, cur, 4, 1e-4);
      s.assertUnchanged();
    }

    @Test
    @Points(2)
    @DisplayName("ks leaves its inputs unchanged and returns no input array")
    void purityKs() {
      double[] ref = SPEC_CUR.clone();
      double[] cur = SPEC_REF.clone();
      Purity.Snapshot s = Purity.snapshot(ref, cur);
      DriftMetrics.KsResult res = metrics().ks(ref, cur);
      s.assertUnchanged();
      Purity.assertNoAliasing(res, ref, cur);
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("fewer than two bins is rejected")
    void tooFewBins() {
      Rejects.illegalArgument(
          () -> metrics().quantileBinEdges(new double[] {1, 2, 3}, 1), "edges, one bin");
      Rejects.illegalArgument(
          () -> metrics().quantileBinEdges(new double[] {1, 2, 3}, 0), "edges, zero bins");
      Rejects.illegalArgument(
          () -> metrics().quantileBinEdges(new double[] {1, 2, 3}, -3), "edges, negative bins");
      Rejects.illegalArgument(
          () -> metrics().psi(new double[] {1, 2}, new double[] {1, 2}, 1, 1e-4), "psi, one bin");
    }

    @Test
    @DisplayName("epsilon outside (0, 0.01] is rejected and its upper end accepted")
    void epsilonRange() {
      double[] a = {1, 2, 3};
      double[] b = {2, 3, 4};
      Rejects.illegalArgument(() -> metrics().psi(a, b, 2, 0), "zero epsilon");
      Rejects.illegalArgument(() -> metrics().psi(a, b, 2, -1e-4), "negative epsilon");
      Rejects.illegalArgument(() -> metrics().psi(a, b, 2, 0.0101), "epsilon above 0.01");
      Rejects.illegalArgument(() -> metrics().psi(a, b, 2, Double.NaN), "NaN epsilon");
      Rejects.illegalArgument(
          () -> metrics().psi(a, b, 2, Double.POSITIVE_INFINITY), "infinite epsilon");
      Approx.assertFinite(metrics().psi(a, b, 2, 0.01), "psi with epsilon 0.01");
    }

    @Test
    @DisplayName("empty samples are rejected")
    void emptySamples() {
      double[] x = {1, 2, 3};
      Rejects.illegalArgument(() -> metrics().quantileBinEdges(new double[0], 4), "edges");
      Rejects.illegalArgument(() -> metrics().psi(new double[0], x, 4, 1e-4), "psi reference");
      Rejects.illegalArgument(() -> metrics().psi(x, new double[0], 4, 1e-4), "psi current");
      Rejects.illegalArgument(() -> metrics().ks(new double[0], x), "ks reference");
      Rejects.illegalArgument(() -> metrics().ks(x, new double[0]), "ks current");
    }

    @Test
    @Points(2)
    @DisplayName("NaN values are rejected by every method")
    void nanValues() {
      double[] ok = {1, 2, 3};
      double[] nan = {1, Double.NaN, 3};
      Rejects.illegalArgument(() -> metrics().quantileBinEdges(nan.clone(), 2), "edges");
      Rejects.illegalArgument(
          () -> metrics().binCounts(nan.clone(), new double[] {2}), "counts data");
      Rejects.illegalArgument(
          () -> metrics().binCounts(ok.clone(), new double[] {1, Double.NaN}), "counts edges");
      Rejects.illegalArgument(
          () -> metrics().psi(nan.clone(), ok.clone(), 2, 1e-4), "psi reference");
      Rejects.illegalArgument(() -> metrics().psi(ok.clone(), nan.clone(), 2, 1e-4), "psi current");
      Rejects.illegalArgument(() -> metrics().ks(nan.clone(), ok.clone()), "ks reference");
      Rejects.illegalArgument(() -> metrics().ks(ok.clone(), nan.clone()), "ks current");
    }

    @Test
    @DisplayName("infinite values are rejected")
    void infiniteValues() {
      double[] ok = {1, 2, 3};
      double[] inf = {1, Double.POSITIVE_INFINITY, 3};
      double[] negInf = {Double.NEGATIVE_INFINITY, 2, 3};
      Rejects.illegalArgument(() -> metrics().quantileBinEdges(inf.clone(), 2), "edges");
      Rejects.illegalArgument(
          () -> metrics().binCounts(negInf.clone(), new double[] {2}), "counts data");
      Rejects.illegalArgument(
          () -> metrics().binCounts(ok.clone(), new double[] {1, Double.POSITIVE_INFINITY}),
          "counts edges");
      Rejects.illegalArgument(() -> metrics().psi(ok.clone(), inf.clone(), 2, 1e-4), "psi current");
      Rejects.illegalArgument(() -> metrics().ks(negInf.clone(), ok.clone()), "ks reference");
    }

    @Test
    @DisplayName("edges that are not strictly increasing are rejected")
    void badEdges() {
      double[] data = {1, 2, 3};
      Rejects.illegalArgument(
          () -> metrics().binCounts(data.clone(), new double[] {2, 1}), "decreasing");
      Rejects.illegalArgument(
          () -> metrics().binCounts(data.clone(), new double[] {1, 2, 2, 3}), "repeated");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      double[] x = {1, 2, 3};
      Rejects.nullArgument(() -> metrics().quantileBinEdges(null, 2), "edges");
      Rejects.nullArgument(() -> metrics().binCounts(null, new double[] {1}), "counts data");
      Rejects.nullArgument(() -> metrics().binCounts(x, null), "counts edges");
      Rejects.nullArgument(() -> metrics().psi(null, x, 2, 1e-4), "psi reference");
      Rejects.nullArgument(() -> metrics().psi(x, null, 2, 1e-4), "psi current");
      Rejects.nullArgument(() -> metrics().ks(null, x), "ks reference");
      Rejects.nullArgument(() -> metrics().ks(x, null), "ks current");
    }
  }

  @Nested
  class Stability {

    private static final int MILLION = 1_000_000;

    /**
     * 0, 1, …, n−1 plus an offset, scrambled by {@code i ↦ (i·stride) mod n} (a permutation when
     * the stride is coprime to n), which is cheap enough to leave the time limit to the code under
     * test.
     */
    private double[] scrambledRange(int n, double offset, long stride) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = (i * stride) % n + offset;
      }
      return x;
    }

    @Test
    @Points(3)
    @Timeout(8)
    @DisplayName("PSI of two samples of n = 10^6 with 10 bins in under 8 s")
    void psiMillion() {
      // r = np.arange(1e6); psi(r, r + 1000, 10, 1e-4) → 2.000066670666956e-05
      double[] ref = scrambledRange(MILLION, 0, 7919);
      double[] cur = scrambledRange(MILLION, 1000, 104729);
      Approx.assertClose(2.000066670666956e-05, metrics().psi(ref, cur, 10, 1e-4), TOL, "psi");
    }

    @Test
    @Points(3)
    @Timeout(8)
    @DisplayName("KS of two samples of n = 10^6 in under 8 s")
    void ksMillion() {
      // r = np.arange(1e6); D = 1000/1e6; kstwobign.sf(0.001*sqrt(5e5)) = kstwobign.sf(sqrt(0.5)) →
      // 0.6993741991310154
      double[] ref = scrambledRange(MILLION, 0, 104729);
      double[] cur = scrambledRange(MILLION, 1000, 7919);
      DriftMetrics.KsResult res = metrics().ks(ref, cur);
      Approx.assertClose(0.001, res.statistic(), TOL, "D");
      Approx.assertClose(0.6993741991310154, res.pValue(), P_TOL, "p-value");
    }

    @Test
    @DisplayName("p-value just above the series cutoff")
    void pValueNearCutoff() {
      // ks(range(50), range(50)+1.5) → D 0.04, lambda 0.2 → kstwobign.sf(0.2) = 0.999999999999495
      DriftMetrics.KsResult res = metrics().ks(range(0, 50, 0), range(0, 50, 1.5));
      Approx.assertClose(0.04, res.statistic(), TOL, "D");
      Approx.assertClose(0.999999999999495, res.pValue(), P_TOL, "p-value");
    }

    @Test
    @DisplayName("p-value of completely separated samples underflows to zero, not NaN")
    void pValueSeparated() {
      // ks(range(1000), range(1000, 2000)) → (1.0, 0.0)
      DriftMetrics.KsResult res = metrics().ks(range(0, 1000, 0), range(1000, 2000, 0));
      Approx.assertClose(1.0, res.statistic(), TOL, "D");
      Approx.assertClose(0.0, res.pValue(), P_TOL, "p-value");
    }

    @Test
    @DisplayName("a tiny epsilon still gives a finite PSI")
    void tinyEpsilon() {
      double[] ref = {1, 2, 3, 4};
      double[] cur = {10, 11, 12, 13};
      double psi = metrics().psi(ref, cur, 4, 1e-300);
      Approx.assertClose(oracle().psi(ref, cur, 4, 1e-300), psi, TOL, "psi");
    }

    @Test
    @DisplayName("KS with very unequal sample sizes")
    void ksUnequalLarge() {
      RandomInputs r = new RandomInputs(0xB16L);
      double[] big = continuous(r, 50_000);
      double[] small = continuous(r, 3);
      assertKsMatchesOracle(big, small, "big vs small");
      assertKsMatchesOracle(small, big, "small vs big");
    }

    @Test
    @DisplayName("values of very large magnitude")
    void largeMagnitude() {
      double[] ref = {-1e300, -3e299, 0, 2e299, 1e300};
      double[] cur = {-2e300, 5e299, 7e299, 1e300};
      assertPsiMatchesOracle(ref, cur, 4, 1e-4, "large values");
      assertKsMatchesOracle(ref, cur, "large values");
      assertNotEquals(0.0, metrics().psi(ref, cur, 4, 1e-4), "psi");
    }
  }
}
