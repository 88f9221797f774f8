package challenge.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests: the worked example of the statement. */
class DriftMetricsPublicTest {

  private static final double[] REF = {
    1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 12
  };
  private static final double[] CUR = {
    2, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 15
  };

  private final DriftMetrics metrics = new DriftMetricsImpl();

  @Test
  @DisplayName("quantile edges and right-closed counts of the example")
  void edgesAndCounts() {
    double[] edges = metrics.quantileBinEdges(REF, 4);
    assertArrayEquals(new double[] {3, 4.5, 6.25}, edges, 1e-12);
    assertArrayEquals(new long[] {6, 4, 5, 5}, metrics.binCounts(REF, edges));
    assertArrayEquals(new long[] {2, 2, 5, 11}, metrics.binCounts(CUR, edges));
  }

  @Test
  @DisplayName("PSI of the example")
  void psi() {
    assertEquals(0.5255743838988975, metrics.psi(REF, CUR, 4, 1e-4), 1e-12);
  }

  @Test
  @DisplayName("KS statistic and asymptotic p-value of the example")
  void ks() {
    DriftMetrics.KsResult result = metrics.ks(REF, CUR);
    assertEquals(0.35, result.statistic(), 1e-12);
    assertEquals(0.17247627033056145, result.pValue(), 1e-10);
  }

  @Test
  @DisplayName("KS waits for the end of a tie group")
  void ksTies() {
    assertEquals(
        0.25, metrics.ks(new double[] {1, 2, 2, 3}, new double[] {2, 2, 3, 4}).statistic(), 1e-12);
  }

  @Test
  @DisplayName("fewer than two bins is rejected")
  void rejectsOneBin() {
    assertThrows(IllegalArgumentException.class, () -> metrics.quantileBinEdges(REF, 1));
  }
}
