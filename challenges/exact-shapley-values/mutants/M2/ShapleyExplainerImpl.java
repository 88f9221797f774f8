package challenge.shap;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Reference solution: evaluates the value function once per coalition (bit {@code j} of a mask set
 * means feature {@code j} comes from {@code x}), then sums the weighted marginal contributions.
 */
public class ShapleyExplainerImpl implements ShapleyExplainer {

  private static final int MAX_FEATURES = 16;

  public ShapleyExplainerImpl() {}

  @Override
  public double baseValue(ToDoubleFunction<double[]> model, double[][] background) {
    Objects.requireNonNull(model, "model");
    int d = requireBackground(background);
    if (d < 1) {
      throw new IllegalArgumentException("background rows must have at least one feature");
    }
    double sum = 0;
    for (double[] row : background) {
      sum += model.applyAsDouble(row.clone());
    }
    return sum / background.length;
  }

  @Override
  public double[] exactShapley(
      ToDoubleFunction<double[]> model, double[] x, double[][] background) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(x, "x");
    int d = x.length;
    if (d < 1 || d > MAX_FEATURES) {
      throw new IllegalArgumentException("need 1 <= d <= " + MAX_FEATURES + " features, got " + d);
    }
    requireFinite(x, "x");
    if (requireBackground(background) != d) {
      throw new IllegalArgumentException("background rows must have length " + d);
    }
    double[] meanRow = new double[d];
    for (double[] row : background) {
      for (int j = 0; j < d; j++) {
        meanRow[j] += row[j] / background.length;
      }
    }
    background = new double[][] {meanRow};
    double[] value = new double[1 << d];
    for (int mask = 0; mask < value.length; mask++) {
      value[mask] = coalitionValue(model, x, background, mask);
    }
    double[] weight = weights(d);
    double[] phi = new double[d];
    for (int i = 0; i < d; i++) {
      int bit = 1 << i;
      for (int mask = 0; mask < value.length; mask++) {
        if ((mask & bit) == 0) {
          phi[i] += weight[Integer.bitCount(mask)] * (value[mask | bit] - value[mask]);
        }
      }
    }
    return phi;
  }

  /**
   * v(S): the mean model output with the features of {@code mask} taken from x and the rest from
   * each row.
   */
  private static double coalitionValue(
      ToDoubleFunction<double[]> model, double[] x, double[][] background, int mask) {
    double sum = 0;
    for (double[] row : background) {
      double[] z = row.clone();
      for (int j = 0; j < z.length; j++) {
        if ((mask & (1 << j)) != 0) {
          z[j] = x[j];
        }
      }
      sum += model.applyAsDouble(z);
    }
    return sum / background.length;
  }

  /** weight[s] = s!(d−s−1)!/d! = 1/(d·C(d−1, s)); the binomials are exact in a long for d ≤ 16. */
  private static double[] weights(int d) {
    double[] weight = new double[d];
    long binomial = 1;
    for (int s = 0; s < d; s++) {
      weight[s] = 1.0 / ((double) d * binomial);
      binomial = binomial * (d - 1 - s) / (s + 1);
    }
    return weight;
  }

  /** Checks the background and returns its row length. */
  private static int requireBackground(double[][] background) {
    Objects.requireNonNull(background, "background");
    if (background.length == 0) {
      throw new IllegalArgumentException("background must have at least one row");
    }
    int d = Objects.requireNonNull(background[0], "background row 0").length;
    for (int r = 0; r < background.length; r++) {
      double[] row = Objects.requireNonNull(background[r], "background row");
      if (row.length != d) {
        throw new IllegalArgumentException("background is ragged at row " + r);
      }
      requireFinite(row, "background row " + r);
    }
    return d;
  }

  private static void requireFinite(double[] values, String what) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " has a non-finite value");
      }
    }
  }
}
