package challenge.kmeans.hidden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.kmeans.KMeans;
import challenge.kmeans.KMeansImpl;
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
 * Hidden suite for {@code kmeans-lloyd} (catalog-spec §4 W1-10).
 *
 * <p>Goldens: scikit-learn 1.2.1 {@code KMeans(k, init=C0, n_init=1, algorithm="lloyd", max_iter=m,
 * tol=0.0).fit(X)} for centroids, labels and inertia (its {@code max_iter} caps the same number of
 * centroid updates, and it re-assigns the labels after the last one); iteration counts, empty and
 * duplicate clusters (which scikit-learn relocates) come from a NumPy transcription of the
 * statement's loop, {@code lloyd(X, C0, m)}, which agrees with scikit-learn wherever no cluster
 * empties. Generator: {@code challenges/kmeans-lloyd/golden/kmeans_goldens.py}.
 */
public class KMeansHiddenTest {

  /** Spec W1-10: 1e-9 (|a−e| ≤ 1e-9·max(1,|e|)). */
  private static final Tolerance TOL = Tolerance.mixed(1e-9);

  /** The worked example of the statement. */
  private static final double[][] X7 = {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 6}, {6, 5}, {9, 0}};

  private static final double[][] C7 = {{0, 0}, {9, 0}};

  /** Ten points whose run from the first three takes three updates. */
  private static final double[][] X10 = {
    {1.0, 2.0},
    {1.5, 1.8},
    {5.0, 8.0},
    {8.0, 8.0},
    {1.0, 0.6},
    {9.0, 11.0},
    {8.0, 2.0},
    {10.0, 2.0},
    {9.0, 3.0},
    {4.0, 5.0}
  };

  private static final double[][] C10 = {{1.0, 2.0}, {1.5, 1.8}, {5.0, 8.0}};

  private static final double[][] X1D = {{3.0}, {1.0}, {4.0}, {1.5}, {9.0}, {2.6}, {5.0}, {3.5}};

  private static final double[][] C1D = {{1.0}, {1.5}, {9.0}};

  private static KMeans kmeans() {
    return new KMeansImpl();
  }

  private static KMeans oracle() {
    return new challenge.kmeans.oracle.KMeansImpl();
  }

  private static double[][] deep(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  private static void assertResult(
      double[][] centroids,
      int[] labels,
      double inertia,
      int iterations,
      boolean converged,
      KMeans.Result actual) {
    assertNotNull(actual, "fit returned null");
    Approx.assertClose(centroids, actual.centroids(), TOL, "centroids");
    assertArrayEquals(labels, actual.labels(), "labels");
    Approx.assertClose(inertia, actual.inertia(), TOL, "inertia");
    assertEquals(iterations, actual.iterations(), "iterations");
    assertEquals(converged, actual.converged(), "converged");
  }

  private static void assertSameResult(KMeans.Result expected, KMeans.Result actual, String what) {
    assertNotNull(actual, what + ": fit returned null");
    Approx.assertClose(expected.centroids(), actual.centroids(), TOL, what + " centroids");
    assertArrayEquals(expected.labels(), actual.labels(), what + " labels");
    Approx.assertClose(expected.inertia(), actual.inertia(), TOL, what + " inertia");
    assertEquals(expected.iterations(), actual.iterations(), what + " iterations");
    assertEquals(expected.converged(), actual.converged(), what + " converged");
  }

  // ---------------------------------------------------------------------------------------------
  // Random inputs.

  /**
   * A random clustering problem: Gaussian blobs, and k initial centroids drawn from the data or
   * anywhere.
   */
  private record Problem(double[][] x, double[][] c0, int maxIter) {}

  private static Problem blobs(RandomInputs r, int maxN, int maxD, int maxK, int maxIter) {
    int n = r.intBetween(1, maxN);
    int d = r.intBetween(1, maxD);
    int k = r.intBetween(1, Math.min(n, maxK));
    int blobs = r.intBetween(1, maxK);
    double[][] centers = r.matrix(blobs, d, -10, 10);
    double spread = r.doubleBetween(0.2, 4);
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      double[] center = centers[r.intBetween(0, blobs - 1)];
      for (int c = 0; c < d; c++) {
        x[i][c] = center[c] + spread * r.gaussian();
      }
    }
    double[][] c0 = new double[k][];
    boolean fromData = r.intBetween(0, 2) > 0;
    int[] rows = r.permutation(n);
    for (int j = 0; j < k; j++) {
      c0[j] = fromData ? x[rows[j]].clone() : r.vector(d, -20, 20);
    }
    return new Problem(x, c0, r.intBetween(0, maxIter));
  }

  @Nested
  class Golden {

    @Test
    @Points(3)
    @DisplayName("worked example: centroids, labels and inertia")
    void specExample() {
      // KMeans(2, init=C7, n_init=1, algorithm="lloyd", tol=0.0).fit(X7) → [[1/3,1/3],[6.25,4]],
      // [0,0,0,1,1,1,1], 34.083333333333336 (n_iter_ 2; the statement counts 1)
      KMeans.Result res = kmeans().fit(deep(X7), deep(C7), 100);
      Approx.assertClose(
          new double[][] {{1.0 / 3, 1.0 / 3}, {6.25, 4}}, res.centroids(), TOL, "centroids");
      assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1}, res.labels(), "labels");
      Approx.assertClose(34.083333333333336, res.inertia(), TOL, "inertia");
    }

    @Test
    @Points(2)
    @DisplayName("worked example: iteration count and convergence flag")
    void specIterations() {
      // lloyd(X7, C7, 100) → iterations 1, converged (labels unchanged after the first update)
      KMeans.Result res = kmeans().fit(deep(X7), deep(C7), 100);
      assertEquals(1, res.iterations(), "iterations");
      assertTrue(res.converged(), "converged");
    }

    @Test
    @Points(2)
    @DisplayName("worked example when the budget equals the updates it needs")
    void specBudgetJustEnough() {
      // lloyd(X7, C7, 1) → same result, converged at iteration 1
      assertResult(
          new double[][] {{1.0 / 3, 1.0 / 3}, {6.25, 4}},
          new int[] {0, 0, 0, 1, 1, 1, 1},
          34.083333333333336,
          1,
          true,
          kmeans().fit(deep(X7), deep(C7), 1));
    }

    @Test
    @Points(2)
    @DisplayName("predict and inertia on the worked example's initial centroids")
    void specPredictAndInertia() {
      // argmin of squared distances to C7 → [0,0,0,1,1,1,1]; ((X7 - C7[l])**2).sum() → 129.0
      int[] labels = kmeans().predict(deep(C7), deep(X7));
      assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1}, labels, "labels");
      Approx.assertClose(
          129.0, kmeans().inertia(deep(X7), deep(C7), labels.clone()), TOL, "inertia");
    }

    @Test
    @DisplayName("inertia uses the given labels even when they are not the nearest centroids")
    void inertiaOfGivenLabels() {
      // ((X7 - C7[[1,1,1,0,0,0,0]])**2).sum() → 480.0
      Approx.assertClose(
          480.0,
          kmeans().inertia(deep(X7), deep(C7), new int[] {1, 1, 1, 0, 0, 0, 0}),
          TOL,
          "inertia");
    }

    @Test
    @Points(2)
    @DisplayName("a run stopped by its budget before converging")
    void stoppedEarly() {
      // lloyd(X10, C10, 1) → [[1,2],[3.5,1.4666666666666668],[7.5,6.166666666666667]],
      // [0,0,2,2,0,2,2,2,2,1],
      // 107.31777777777779, iterations 1, not converged; sklearn max_iter=1 agrees
      // (107.31777777777778)
      assertResult(
          new double[][] {{1.0, 2.0}, {3.5, 1.4666666666666668}, {7.5, 6.166666666666667}},
          new int[] {0, 0, 2, 2, 0, 2, 2, 2, 2, 1},
          107.31777777777778,
          1,
          false,
          kmeans().fit(deep(X10), deep(C10), 1));
    }

    @Test
    @Points(2)
    @DisplayName("a run stopped by a larger budget, still before converging")
    void stoppedLater() {
      // lloyd(X10, C10, 2) →
      // [[1.1666666666666667,1.4666666666666666],[4,5],[8.166666666666666,5.666666666666667]],
      // [0,0,1,2,0,2,2,2,2,1], 84.00777777777778, iterations 2, not converged; sklearn max_iter=2
      // agrees
      assertResult(
          new double[][] {
            {1.1666666666666667, 1.4666666666666666},
            {4.0, 5.0},
            {8.166666666666666, 5.666666666666667}
          },
          new int[] {0, 0, 1, 2, 0, 2, 2, 2, 2, 1},
          84.00777777777778,
          2,
          false,
          kmeans().fit(deep(X10), deep(C10), 2));
    }

    @Test
    @Points(2)
    @DisplayName("a run that converges on its last allowed update")
    void multiStepConvergesAtBudget() {
      // lloyd(X10, C10, 3) → [[1.1666666666666667,1.4666666666666666],[4.5,6.5],[8.8,5.2]],
      // [0,0,1,2,0,2,2,2,2,1],
      // 75.91333333333336, iterations 3, converged; sklearn max_iter=3 agrees (75.91333333333334)
      assertResult(
          new double[][] {{1.1666666666666667, 1.4666666666666666}, {4.5, 6.5}, {8.8, 5.2}},
          new int[] {0, 0, 1, 2, 0, 2, 2, 2, 2, 1},
          75.91333333333334,
          3,
          true,
          kmeans().fit(deep(X10), deep(C10), 3));
    }

    @Test
    @Points(2)
    @DisplayName("a multi-step run to convergence")
    void multiStepToConvergence() {
      // lloyd(X10, C10, 300) → as above, iterations 3, converged; sklearn max_iter=300 agrees (its
      // n_iter_ is 4)
      assertResult(
          new double[][] {{1.1666666666666667, 1.4666666666666666}, {4.5, 6.5}, {8.8, 5.2}},
          new int[] {0, 0, 1, 2, 0, 2, 2, 2, 2, 1},
          75.91333333333334,
          3,
          true,
          kmeans().fit(deep(X10), deep(C10), 300));
    }

    @Test
    @DisplayName("one-dimensional data")
    void oneDimensional() {
      // sklearn max_iter=1 → [[1],[3.2666666666666666],[9]], [1,0,1,0,2,1,1,1], 4.362222222222222;
      // max_iter=300 → [[1.25],[3.62],[9]], same labels, 3.613; lloyd(X1D, C1D, m) → iterations 1 /
      // 2 (converged)
      assertResult(
          new double[][] {{1.0}, {3.2666666666666666}, {9.0}},
          new int[] {1, 0, 1, 0, 2, 1, 1, 1},
          4.362222222222222,
          1,
          false,
          kmeans().fit(deep(X1D), deep(C1D), 1));
      assertResult(
          new double[][] {{1.25}, {3.62}, {9.0}},
          new int[] {1, 0, 1, 0, 2, 1, 1, 1},
          3.613,
          2,
          true,
          kmeans().fit(deep(X1D), deep(C1D), 300));
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(4)
    @DisplayName("fit agrees with the reference solution on random blobs")
    void differentialFit() {
      RandomInputs r = new RandomInputs(0x4B1DL);
      for (int c = 0; c < 250; c++) {
        Problem p = blobs(r, 80, 5, 7, 30);
        KMeans.Result expected = oracle().fit(p.x(), p.c0(), p.maxIter());
        assertSameResult(expected, kmeans().fit(p.x(), p.c0(), p.maxIter()), "case " + c);
      }
    }

    @Test
    @Points(2)
    @DisplayName("predict and inertia agree with the reference solution")
    void differentialPredictInertia() {
      RandomInputs r = new RandomInputs(0x9E3L);
      for (int c = 0; c < 200; c++) {
        Problem p = blobs(r, 60, 6, 9, 0);
        double[][] centroids = r.matrix(r.intBetween(1, 9), p.x()[0].length, -12, 12);
        int[] expected = oracle().predict(centroids, p.x());
        assertArrayEquals(expected, kmeans().predict(centroids, p.x()), "case " + c + " labels");
        int[] labels = r.labels(p.x().length, centroids.length);
        Approx.assertClose(
            oracle().inertia(p.x(), centroids, labels),
            kmeans().inertia(p.x(), centroids, labels),
            TOL,
            "case " + c + " inertia");
      }
    }

    @Test
    @Points(3)
    @DisplayName("returned labels are the nearest-centroid labels of the returned centroids")
    void labelsMatchCentroids() {
      RandomInputs r = new RandomInputs(0x1AB5L);
      for (int c = 0; c < 150; c++) {
        Problem p = blobs(r, 60, 4, 6, 4);
        KMeans.Result res = kmeans().fit(p.x(), p.c0(), p.maxIter());
        assertArrayEquals(kmeans().predict(res.centroids(), p.x()), res.labels(), "case " + c);
      }
    }

    @Test
    @Points(2)
    @DisplayName("reported inertia is the inertia of the returned centroids and labels")
    void inertiaConsistent() {
      RandomInputs r = new RandomInputs(0x5EL);
      for (int c = 0; c < 150; c++) {
        Problem p = blobs(r, 60, 4, 6, 10);
        KMeans.Result res = kmeans().fit(p.x(), p.c0(), p.maxIter());
        Approx.assertClose(
            kmeans().inertia(p.x(), res.centroids(), res.labels()),
            res.inertia(),
            TOL,
            "case " + c);
      }
    }

    @Test
    @Points(2)
    @DisplayName("inertia never increases with the iteration budget")
    void inertiaMonotone() {
      RandomInputs r = new RandomInputs(0x40L);
      for (int c = 0; c < 40; c++) {
        Problem p = blobs(r, 80, 3, 6, 0);
        double previous = Double.POSITIVE_INFINITY;
        for (int m = 0; m <= 12; m++) {
          double inertia = kmeans().fit(p.x(), p.c0(), m).inertia();
          assertTrue(
              inertia <= previous + 1e-9 * Math.max(1, previous),
              "case " + c + ": inertia rose at maxIter " + m);
          previous = inertia;
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("after convergence each centroid is the mean of its members")
    void centroidsAreMeans() {
      RandomInputs r = new RandomInputs(0x3EA7L);
      for (int c = 0; c < 100; c++) {
        Problem p = blobs(r, 60, 4, 6, 0);
        KMeans.Result res = kmeans().fit(p.x(), p.c0(), 500);
        assertTrue(res.converged(), "case " + c + ": did not converge");
        int d = p.x()[0].length;
        double[][] sums = new double[p.c0().length][d];
        int[] counts = new int[p.c0().length];
        for (int i = 0; i < p.x().length; i++) {
          counts[res.labels()[i]]++;
          for (int j = 0; j < d; j++) {
            sums[res.labels()[i]][j] += p.x()[i][j];
          }
        }
        for (int k = 0; k < counts.length; k++) {
          if (counts[k] > 0) {
            for (int j = 0; j < d; j++) {
              sums[k][j] /= counts[k];
            }
            Approx.assertClose(sums[k], res.centroids()[k], TOL, "case " + c + " centroid " + k);
          }
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("translating points and initial centroids translates the centroids")
    void translationEquivariance() {
      RandomInputs r = new RandomInputs(0x7AL);
      for (int c = 0; c < 100; c++) {
        Problem p = blobs(r, 50, 4, 5, 20);
        int d = p.x()[0].length;
        double[] shift = r.vector(d, -50, 50);
        double[][] xs = deep(p.x());
        double[][] cs = deep(p.c0());
        for (double[] row : xs) {
          for (int j = 0; j < d; j++) {
            row[j] += shift[j];
          }
        }
        for (double[] row : cs) {
          for (int j = 0; j < d; j++) {
            row[j] += shift[j];
          }
        }
        KMeans.Result base = kmeans().fit(p.x(), p.c0(), p.maxIter());
        KMeans.Result moved = kmeans().fit(xs, cs, p.maxIter());
        assertArrayEquals(base.labels(), moved.labels(), "case " + c + " labels");
        assertEquals(base.iterations(), moved.iterations(), "case " + c + " iterations");
        double[][] back = deep(moved.centroids());
        for (double[] row : back) {
          for (int j = 0; j < d; j++) {
            row[j] -= shift[j];
          }
        }
        Approx.assertClose(base.centroids(), back, TOL, "case " + c + " centroids");
        Approx.assertClose(base.inertia(), moved.inertia(), TOL, "case " + c + " inertia");
      }
    }

    @Test
    @DisplayName("restarting from returned centroids continues the same run")
    void resumable() {
      RandomInputs r = new RandomInputs(0x2E5L);
      for (int c = 0; c < 100; c++) {
        Problem p = blobs(r, 60, 3, 6, 0);
        int first = r.intBetween(0, 4);
        int second = r.intBetween(0, 4);
        KMeans.Result half = kmeans().fit(p.x(), p.c0(), first);
        KMeans.Result resumed = kmeans().fit(p.x(), half.centroids(), second);
        KMeans.Result whole = kmeans().fit(p.x(), p.c0(), first + second);
        Approx.assertClose(whole.centroids(), resumed.centroids(), TOL, "case " + c + " centroids");
        assertArrayEquals(whole.labels(), resumed.labels(), "case " + c + " labels");
      }
    }

    @Test
    @DisplayName("the order of the points does not matter")
    void pointOrder() {
      RandomInputs r = new RandomInputs(0x0D5L);
      for (int c = 0; c < 100; c++) {
        Problem p = blobs(r, 60, 3, 6, 20);
        int[] perm = r.permutation(p.x().length);
        double[][] permuted = new double[perm.length][];
        for (int i = 0; i < perm.length; i++) {
          permuted[i] = p.x()[perm[i]].clone();
        }
        KMeans.Result base = kmeans().fit(p.x(), p.c0(), p.maxIter());
        KMeans.Result other = kmeans().fit(permuted, p.c0(), p.maxIter());
        Approx.assertClose(base.centroids(), other.centroids(), TOL, "case " + c + " centroids");
        for (int i = 0; i < perm.length; i++) {
          assertEquals(
              base.labels()[perm[i]],
              other.labels()[i],
              "case " + c + " label of point " + perm[i]);
        }
        assertEquals(base.iterations(), other.iterations(), "case " + c + " iterations");
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("a budget of zero updates returns the initial centroids and their labels")
    void zeroIterations() {
      // lloyd(X7, C7, 0) → C7, [0,0,0,1,1,1,1], 129.0, iterations 0, not converged
      double[][] c0 = deep(C7);
      KMeans.Result res = kmeans().fit(deep(X7), c0, 0);
      assertResult(deep(C7), new int[] {0, 0, 0, 1, 1, 1, 1}, 129.0, 0, false, res);
      Purity.assertNoAliasing(res, c0);
    }

    @Test
    @Points(3)
    @DisplayName("a centroid that attracts no point keeps its position")
    void emptyClusterKeepsPosition() {
      // lloyd(X7, [[0,0],[9,0],[100,100]], 100) → [[1/3,1/3],[6.25,4],[100,100]], [0,0,0,1,1,1,1],
      // 34.083333333333336, 1
      assertResult(
          new double[][] {{1.0 / 3, 1.0 / 3}, {6.25, 4}, {100, 100}},
          new int[] {0, 0, 0, 1, 1, 1, 1},
          34.083333333333336,
          1,
          true,
          kmeans().fit(deep(X7), new double[][] {{0, 0}, {9, 0}, {100, 100}}, 100));
    }

    @Test
    @Points(2)
    @DisplayName("duplicate initial centroids: the later copy starts empty and keeps its position")
    void duplicateInitialCentroids() {
      // lloyd(X7, [[0,0],[0,0],[9,0]], 1) → [[1/3,1/3],[0,0],[6.25,4]], [1,0,0,2,2,2,2],
      // 33.861111111111114, 1, False
      // lloyd(X7, [[0,0],[0,0],[9,0]], 100) → [[0.5,0.5],[0,0],[6.25,4]], [1,0,0,2,2,2,2], 33.75,
      // 2, True
      double[][] c0 = {{0, 0}, {0, 0}, {9, 0}};
      assertResult(
          new double[][] {{1.0 / 3, 1.0 / 3}, {0, 0}, {6.25, 4}},
          new int[] {1, 0, 0, 2, 2, 2, 2},
          33.861111111111114,
          1,
          false,
          kmeans().fit(deep(X7), deep(c0), 1));
      assertResult(
          new double[][] {{0.5, 0.5}, {0, 0}, {6.25, 4}},
          new int[] {1, 0, 0, 2, 2, 2, 2},
          33.75,
          2,
          true,
          kmeans().fit(deep(X7), deep(c0), 100));
    }

    @Test
    @Points(3)
    @DisplayName("predict sends a point equidistant from several centroids to the lowest index")
    void predictTies() {
      // squared distances tie exactly: argmin → [0,0,2,1,0,0]
      double[][] centroids = {{2, 0}, {0, 2}, {-2, 0}, {0, -2}};
      double[][] x = {{0, 0}, {1, 1}, {-1, -1}, {-1, 1}, {1, -1}, {3, 0}};
      assertArrayEquals(new int[] {0, 0, 2, 1, 0, 0}, kmeans().predict(centroids, x), "labels");
    }

    @Test
    @Points(2)
    @DisplayName("fit breaks assignment ties towards the lowest index")
    void fitTies() {
      // lloyd([[0,0],[2,0],[1,0]], [[0,0],[2,0]], 10) → [[0.5,0],[2,0]], [0,1,0], 0.5, 1, True
      assertResult(
          new double[][] {{0.5, 0}, {2, 0}},
          new int[] {0, 1, 0},
          0.5,
          1,
          true,
          kmeans()
              .fit(new double[][] {{0, 0}, {2, 0}, {1, 0}}, new double[][] {{0, 0}, {2, 0}}, 10));
    }

    @Test
    @DisplayName("one cluster ends at the mean of all points")
    void singleCluster() {
      // KMeans(1, init=[[9,0]], ...).fit(X7) → [[3.7142857142857144, 2.4285714285714284]],
      // 117.14285714285714
      assertResult(
          new double[][] {{26.0 / 7, 17.0 / 7}},
          new int[7],
          117.14285714285714,
          1,
          true,
          kmeans().fit(deep(X7), new double[][] {{9, 0}}, 10));
    }

    @Test
    @DisplayName("as many clusters as points gives zero inertia")
    void oneClusterPerPoint() {
      // lloyd(X7, X7[::-1], 10) → centroids X7[::-1], labels [6,5,4,3,2,1,0], 0.0, 1, True
      double[][] reversed = new double[X7.length][];
      for (int i = 0; i < X7.length; i++) {
        reversed[i] = X7[X7.length - 1 - i].clone();
      }
      KMeans.Result res = kmeans().fit(deep(X7), deep(reversed), 10);
      assertResult(reversed, new int[] {6, 5, 4, 3, 2, 1, 0}, 0.0, 1, true, res);
    }

    @Test
    @DisplayName("a single point")
    void singlePoint() {
      assertResult(
          new double[][] {{2.5, -1}},
          new int[] {0},
          0.0,
          1,
          true,
          kmeans().fit(new double[][] {{2.5, -1}}, new double[][] {{7, 7}}, 5));
    }

    @Test
    @DisplayName("predict and inertia accept more centroids than points")
    void moreCentroidsThanPoints() {
      double[][] centroids = {{5, 5}, {1, 1}, {0, 0}, {-3, 2}};
      double[][] x = {{0.25, 0.5}};
      assertArrayEquals(new int[] {2}, kmeans().predict(centroids, x), "labels");
      // (0.25 + 3)² + (0.5 − 2)² = 12.8125
      Approx.assertClose(12.8125, kmeans().inertia(x, centroids, new int[] {3}), TOL, "inertia");
    }

    @Test
    @Points(2)
    @DisplayName("fit leaves its inputs unchanged and returns no input array")
    void purityFit() {
      RandomInputs r = new RandomInputs(0xF17L);
      for (int c = 0; c < 20; c++) {
        Problem p = blobs(r, 30, 3, 5, 5);
        double[][] c0 = c % 2 == 0 ? p.c0() : appendFarCentroid(p.c0(), p.x().length);
        Purity.Snapshot s = Purity.snapshot(p.x(), c0);
        KMeans.Result res = kmeans().fit(p.x(), c0, p.maxIter());
        s.assertUnchanged();
        Purity.assertNoAliasing(res, p.x(), c0);
      }
    }

    /**
     * Adds a far-away centroid (it stays empty, so it is returned as it was given) when k allows
     * it.
     */
    private double[][] appendFarCentroid(double[][] c0, int n) {
      if (c0.length >= n) {
        return c0;
      }
      double[][] out = new double[c0.length + 1][];
      for (int j = 0; j < c0.length; j++) {
        out[j] = c0[j].clone();
      }
      out[c0.length] = new double[c0[0].length];
      java.util.Arrays.fill(out[c0.length], 1e6);
      return out;
    }

    @Test
    @DisplayName("predict leaves its inputs unchanged and returns a new array")
    void purityPredict() {
      double[][] x = deep(X7);
      double[][] c = deep(C7);
      Purity.Snapshot s = Purity.snapshot(c, x);
      int[] labels = kmeans().predict(c, x);
      s.assertUnchanged();
      Purity.assertNoAliasing(labels, c, x);
    }

    @Test
    @DisplayName("inertia leaves its inputs unchanged")
    void purityInertia() {
      double[][] x = deep(X7);
      double[][] c = deep(C7);
      int[] labels = {1, 0, 0, 1, 1, 0, 1};
      Purity.Snapshot s = Purity.snapshot(x, c, labels);
      kmeans().inertia(x, c, labels);
      s.assertUnchanged();
    }
  }

  @Nested
  class Validation {

    @Test
    @Points(2)
    @DisplayName("more clusters than points, or none, is rejected")
    void clusterCount() {
      Rejects.illegalArgument(
          () ->
              kmeans()
                  .fit(new double[][] {{0, 0}, {1, 1}}, new double[][] {{0, 0}, {1, 1}, {2, 2}}, 5),
          "k > n");
      Rejects.illegalArgument(() -> kmeans().fit(deep(X7), new double[0][], 5), "k = 0");
      Rejects.illegalArgument(
          () -> kmeans().predict(new double[0][], deep(X7)), "predict with no centroids");
    }

    @Test
    @Points(2)
    @DisplayName("mismatched dimensions are rejected")
    void dimensionMismatch() {
      double[][] c3 = {{0, 0, 0}, {1, 1, 1}};
      Rejects.illegalArgument(() -> kmeans().fit(deep(X7), c3, 5), "fit");
      Rejects.illegalArgument(() -> kmeans().predict(c3, deep(X7)), "predict");
      Rejects.illegalArgument(() -> kmeans().inertia(deep(X7), c3, new int[7]), "inertia");
    }

    @Test
    @DisplayName("ragged matrices are rejected")
    void ragged() {
      double[][] raggedX = {{0, 0}, {1}, {2, 2}};
      double[][] raggedC = {{0, 0}, {1, 1, 1}};
      Rejects.illegalArgument(() -> kmeans().fit(raggedX, new double[][] {{0, 0}}, 5), "fit X");
      Rejects.illegalArgument(() -> kmeans().fit(deep(X7), raggedC, 5), "fit centroids");
      Rejects.illegalArgument(
          () -> kmeans().predict(new double[][] {{0, 0}}, raggedX), "predict X");
      Rejects.illegalArgument(
          () -> kmeans().inertia(raggedX, new double[][] {{0, 0}}, new int[3]), "inertia X");
    }

    @Test
    @Points(2)
    @DisplayName("NaN and infinite values are rejected")
    void nonFinite() {
      double[][] nanX = deep(X7);
      nanX[4][1] = Double.NaN;
      double[][] infC = {{0, 0}, {Double.POSITIVE_INFINITY, 0}};
      double[][] nanC = {{0, Double.NaN}, {9, 0}};
      Rejects.illegalArgument(() -> kmeans().fit(nanX, deep(C7), 5), "fit NaN X");
      Rejects.illegalArgument(() -> kmeans().fit(deep(X7), nanC, 5), "fit NaN centroid");
      Rejects.illegalArgument(() -> kmeans().fit(deep(X7), infC, 5), "fit infinite centroid");
      Rejects.illegalArgument(() -> kmeans().predict(deep(C7), nanX), "predict NaN X");
      Rejects.illegalArgument(() -> kmeans().predict(infC, deep(X7)), "predict infinite centroid");
      Rejects.illegalArgument(() -> kmeans().inertia(nanX, deep(C7), new int[7]), "inertia NaN X");
    }

    @Test
    @DisplayName("a negative iteration budget is rejected")
    void negativeMaxIter() {
      Rejects.illegalArgument(() -> kmeans().fit(deep(X7), deep(C7), -1), "maxIter -1");
    }

    @Test
    @DisplayName("empty data and zero-width points are rejected")
    void emptyData() {
      Rejects.illegalArgument(
          () -> kmeans().fit(new double[0][], new double[0][], 5), "fit no points");
      Rejects.illegalArgument(
          () -> kmeans().fit(new double[][] {{}, {}}, new double[][] {{}}, 5), "fit zero width");
      Rejects.illegalArgument(
          () -> kmeans().predict(deep(C7), new double[0][]), "predict no points");
      Rejects.illegalArgument(
          () -> kmeans().inertia(new double[0][], deep(C7), new int[0]), "inertia no points");
    }

    @Test
    @Points(2)
    @DisplayName("labels of the wrong length or out of range are rejected")
    void badLabels() {
      Rejects.illegalArgument(
          () -> kmeans().inertia(deep(X7), deep(C7), new int[6]), "too few labels");
      Rejects.illegalArgument(
          () -> kmeans().inertia(deep(X7), deep(C7), new int[8]), "too many labels");
      Rejects.illegalArgument(
          () -> kmeans().inertia(deep(X7), deep(C7), new int[] {0, 0, 0, 1, 1, 1, 2}), "label k");
      Rejects.illegalArgument(
          () -> kmeans().inertia(deep(X7), deep(C7), new int[] {0, -1, 0, 1, 1, 1, 1}),
          "negative label");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(() -> kmeans().fit(null, deep(C7), 5), "fit X");
      Rejects.nullArgument(() -> kmeans().fit(deep(X7), null, 5), "fit centroids");
      Rejects.nullArgument(
          () -> kmeans().fit(new double[][] {{0, 0}, null}, deep(C7), 5), "fit null row");
      Rejects.nullArgument(() -> kmeans().predict(null, deep(X7)), "predict centroids");
      Rejects.nullArgument(() -> kmeans().predict(deep(C7), null), "predict X");
      Rejects.nullArgument(() -> kmeans().inertia(deep(X7), deep(C7), null), "inertia labels");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(3)
    @Timeout(20)
    @DisplayName("n = 10^5 points, d = 10, k = 20, 50 iterations in under 20 s")
    void performance() {
      RandomInputs r = new RandomInputs(0xFA57L);
      double[][] x = r.matrix(100_000, 10, 0, 1);
      double[][] c0 = new double[20][];
      for (int j = 0; j < 20; j++) {
        c0[j] = x[j * 4999].clone();
      }
      KMeans.Result res = kmeans().fit(x, c0, 50);
      assertNotNull(res, "fit returned null");
      assertEquals(50, res.iterations(), "iterations");
      assertFalse(res.converged(), "converged");
      Approx.assertAllFinite(res.centroids(), "centroids");
      assertEquals(100_000, res.labels().length, "labels");
    }

    @Test
    @Points(2)
    @DisplayName("huge and tiny coordinates scale the result exactly")
    void extremeScales() {
      RandomInputs r = new RandomInputs(0x5CA1EL);
      for (double scale : new double[] {0x1p330, 0x1p-330}) {
        for (int c = 0; c < 20; c++) {
          Problem p = blobs(r, 40, 3, 5, 10);
          double[][] xs = scaled(p.x(), scale);
          double[][] cs = scaled(p.c0(), scale);
          KMeans.Result expected = oracle().fit(p.x(), p.c0(), p.maxIter());
          KMeans.Result res = kmeans().fit(xs, cs, p.maxIter());
          Approx.assertClose(
              expected.centroids(),
              scaled(res.centroids(), 1 / scale),
              TOL,
              "scale " + scale + " case " + c + " centroids");
          assertArrayEquals(
              expected.labels(), res.labels(), "scale " + scale + " case " + c + " labels");
          Approx.assertClose(
              expected.inertia(),
              res.inertia() / (scale * scale),
              TOL,
              "scale " + scale + " case " + c + " inertia");
        }
      }
    }

    private double[][] scaled(double[][] m, double s) {
      double[][] out = deep(m);
      for (double[] row : out) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= s;
        }
      }
      return out;
    }

    @Test
    @DisplayName("many clusters in many dimensions agree with the reference solution")
    void wideProblems() {
      RandomInputs r = new RandomInputs(0x3D1L);
      for (int c = 0; c < 10; c++) {
        Problem p = blobs(r, 600, 40, 30, 25);
        assertSameResult(
            oracle().fit(p.x(), p.c0(), p.maxIter()),
            kmeans().fit(p.x(), p.c0(), p.maxIter()),
            "case " + c);
      }
    }
  }
}
