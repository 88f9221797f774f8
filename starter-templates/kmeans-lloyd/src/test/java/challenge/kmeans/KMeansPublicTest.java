package challenge.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests: the worked example of the statement. */
class KMeansPublicTest {

  private static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 6}, {6, 5}, {9, 0}};
  private static final double[][] C0 = {{0, 0}, {9, 0}};

  private final KMeans kmeans = new KMeansImpl();

  @Test
  @DisplayName("the example converges after one update")
  void example() {
    KMeans.Result result = kmeans.fit(X, C0, 100);
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3}, result.centroids()[0], 1e-9);
    assertArrayEquals(new double[] {6.25, 4.0}, result.centroids()[1], 1e-9);
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1}, result.labels());
    assertEquals(34.083333333333336, result.inertia(), 1e-9);
    assertEquals(1, result.iterations());
    assertTrue(result.converged());
  }

  @Test
  @DisplayName("predict and inertia of the initial centroids")
  void predictAndInertia() {
    int[] labels = kmeans.predict(C0, X);
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1}, labels);
    assertEquals(129.0, kmeans.inertia(X, C0, labels), 1e-9);
  }

  @Test
  @DisplayName("zero iterations return the initial centroids")
  void zeroIterations() {
    KMeans.Result result = kmeans.fit(X, C0, 0);
    assertArrayEquals(C0[1], result.centroids()[1], 0.0);
    assertEquals(0, result.iterations());
    assertFalse(result.converged());
  }

  @Test
  @DisplayName("more clusters than points is rejected")
  void rejectsTooManyClusters() {
    assertThrows(IllegalArgumentException.class, () -> kmeans.fit(new double[][] {{0, 0}}, C0, 10));
  }
}
