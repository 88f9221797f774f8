package mlgrader.reporting;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number of points among shares by the largest-remainder method: every part is the floor or the
 * ceiling of its exact share, and the parts add up to the total exactly.
 */
final class Apportionment {

  private Apportionment() {}

  /** Integer parts of {@code total} in proportion to {@code shares} (ties go to the earlier share). */
  static int[] split(int total, double[] shares) {
    double sum = Arrays.stream(shares).sum();
    int[] parts = new int[shares.length];
    if (sum <= 0 || total <= 0) {
      return parts;
    }
    double[] exact = Arrays.stream(shares).map(s -> total * s / sum).toArray();
    int given = 0;
    for (int i = 0; i < parts.length; i++) {
      parts[i] = (int) Math.floor(exact[i] + 1e-9);
      given += parts[i];
    }
    Integer[] byRemainder = IntStream.range(0, parts.length).boxed().toArray(Integer[]::new);
    Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -(exact[i] - parts[i])).thenComparingInt(i -> i));
    for (int k = 0; given < total; k++, given++) {
      parts[byRemainder[k % parts.length]]++;
    }
    return parts;
  }
}
