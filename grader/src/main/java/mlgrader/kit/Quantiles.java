package mlgrader.kit;

import java.util.Arrays;

/** Type-7 quantiles (NumPy's default "linear"), the quantile definition used across the catalogue (§2.4). */
public final class Quantiles {

  private Quantiles() {}

  /** The type-7 quantile of {@code values} (any order, not modified) at {@code p ∈ [0,1]}. */
  public static double type7(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must lie in [0, 1]: " + p);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return type7Sorted(sorted, p);
  }

  /** The type-7 quantile of already ascending {@code sorted} values at {@code p ∈ [0,1]}. */
  public static double type7Sorted(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = (int) Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
