package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomInputsTest {

  @Test
  void theSameSeedGivesTheSameData() {
    RandomInputs a = new RandomInputs(42);
    RandomInputs b = new RandomInputs(42);
    assertArrayEquals(a.matrix(5, 3, -1, 1), b.matrix(5, 3, -1, 1));
    assertArrayEquals(a.gaussianMatrix(4, 2), b.gaussianMatrix(4, 2));
    assertArrayEquals(a.ragged(6, 4, 0, 1), b.ragged(6, 4, 0, 1));
    assertArrayEquals(a.labels(20, 3), b.labels(20, 3));
    assertArrayEquals(a.binaryLabelsWithBothClasses(9), b.binaryLabelsWithBothClasses(9));
    assertArrayEquals(a.permutation(12), b.permutation(12));
    assertEquals(a.nextLong(), b.nextLong());
  }

  @Test
  void differentSeedsGiveDifferentData() {
    assertFalse(
        Arrays.equals(new RandomInputs(1).vector(8, 0, 1), new RandomInputs(2).vector(8, 0, 1)));
  }

  @Test
  void drawsFromASplitGeneratorDoNotShiftTheParentsLaterDraws() {
    RandomInputs busy = new RandomInputs(7);
    RandomInputs idle = new RandomInputs(7);
    RandomInputs busyChild = busy.split();
    idle.split();
    busyChild.vector(1000, 0, 1);
    assertArrayEquals(idle.vector(5, 0, 1), busy.vector(5, 0, 1));
  }

  @Test
  void aSplitGeneratorIsReproducibleAndDiffersFromItsParent() {
    RandomInputs parentA = new RandomInputs(7);
    RandomInputs parentB = new RandomInputs(7);
    double[] childA = parentA.split().vector(5, 0, 1);
    assertArrayEquals(childA, parentB.split().vector(5, 0, 1));
    assertFalse(Arrays.equals(childA, parentA.vector(5, 0, 1)));
  }

  @Test
  void binaryLabelsAlwaysHoldBothClassesAndNothingElse() {
    for (long seed = 0; seed < 500; seed++) {
      RandomInputs r = new RandomInputs(seed);
      for (int n = 2; n <= 6; n++) {
        int[] y = r.binaryLabelsWithBothClasses(n);
        assertEquals(n, y.length);
        assertTrue(IntStream.of(y).allMatch(v -> v == 0 || v == 1), Arrays.toString(y));
        assertTrue(
            IntStream.of(y).anyMatch(v -> v == 0), "seed " + seed + ": " + Arrays.toString(y));
        assertTrue(
            IntStream.of(y).anyMatch(v -> v == 1), "seed " + seed + ": " + Arrays.toString(y));
      }
    }
    assertThrows(
        IllegalArgumentException.class, () -> new RandomInputs(0).binaryLabelsWithBothClasses(1));
  }

  @Test
  void intBetweenIncludesBothEndsAndNothingOutside() {
    RandomInputs r = new RandomInputs(3);
    int[] draws = IntStream.range(0, 2000).map(i -> r.intBetween(-1, 1)).toArray();
    assertTrue(IntStream.of(draws).allMatch(v -> v >= -1 && v <= 1));
    assertTrue(IntStream.of(draws).anyMatch(v -> v == -1));
    assertTrue(IntStream.of(draws).anyMatch(v -> v == 1));
  }

  @Test
  void vectorsMatricesAndRaggedRowsRespectTheirBoundsAndShapes() {
    RandomInputs r = new RandomInputs(11);
    double[][] m = r.matrix(7, 3, 2, 5);
    assertEquals(7, m.length);
    for (double[] row : m) {
      assertEquals(3, row.length);
      assertTrue(Arrays.stream(row).allMatch(v -> v >= 2 && v < 5), Arrays.toString(row));
    }
    for (double[] row : r.ragged(50, 4, 0, 1)) {
      assertTrue(row.length <= 4);
    }
    assertTrue(IntStream.of(r.labels(200, 4)).allMatch(v -> v >= 0 && v < 4));
  }

  @Test
  void permutationHoldsEveryIndexOnce() {
    int[] p = new RandomInputs(5).permutation(50);
    int[] sorted = p.clone();
    Arrays.sort(sorted);
    assertArrayEquals(IntStream.range(0, 50).toArray(), sorted);
  }

  @Test
  void gaussianDrawsHaveMeanZeroAndUnitVariance() {
    double[] v = new RandomInputs(99).gaussianVector(20_000);
    double mean = Arrays.stream(v).average().orElseThrow();
    double variance = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
    assertEquals(0, mean, 0.05);
    assertEquals(1, variance, 0.05);
  }
}
