package challenge.shap;

import java.util.function.ToDoubleFunction;

/**
 * Alternative solution: enumerates coalitions recursively, caches v by bitmask, and averages the
 * marginal contributions per coalition size, {@code φ_i = (1/d) Σ_s mean_{|S|=s, i∉S} (v(S∪i) −
 * v(S))}. The full coalition is evaluated once at x, which stays within the call budget.
 */
public class ShapleyExplainerImpl implements ShapleyExplainer {

  public ShapleyExplainerImpl() {}

  @Override
  public double baseValue(ToDoubleFunction<double[]> model, double[][] background) {
    if (model == null) {
      throw new IllegalArgumentException("model is null");
    }
    int width = validateRows(background, -1);
    if (width < 1) {
      throw new IllegalArgumentException("rows need at least one feature");
    }
    double total = 0.0;
    for (int r = 0; r < background.length; r++) {
      double[] copy = new double[width];
      System.arraycopy(background[r], 0, copy, 0, width);
      total += model.applyAsDouble(copy);
    }
    return total / background.length;
  }

  @Override
  public double[] exactShapley(
      ToDoubleFunction<double[]> model, double[] x, double[][] background) {
    if (model == null || x == null) {
      throw new IllegalArgumentException("null argument");
    }
    int d = x.length;
    if (d < 1 || d > 16) {
      throw new IllegalArgumentException("d must be in [1, 16]");
    }
    for (double xi : x) {
      if (Double.isNaN(xi) || Double.isInfinite(xi)) {
        throw new IllegalArgumentException("x must be finite");
      }
    }
    validateRows(background, d);

    double[] v = new double[1 << d];
    fill(model, x, background, 0, 0, v);
    int full = (1 << d) - 1;
    v[full] = model.applyAsDouble(x.clone());

    double[] phi = new double[d];
    for (int i = 0; i < d; i++) {
      double[] sumBySize = new double[d];
      int others = full & ~(1 << i);
      // iterate over all subsets of "others" (standard submask enumeration, including the empty
      // set)
      int sub = others;
      while (true) {
        sumBySize[Integer.bitCount(sub)] += v[sub | (1 << i)] - v[sub];
        if (sub == 0) {
          break;
        }
        sub = (sub - 1) & others;
      }
      double acc = 0.0;
      double count = 1.0; // C(d-1, s)
      for (int s = 0; s < d; s++) {
        acc += sumBySize[s] / count;
        count = count * (d - 1 - s) / (s + 1);
      }
      phi[i] = acc / d;
    }
    return phi;
  }

  /** Depth-first over features: decide for feature {@code j} whether it joins the coalition. */
  private static void fill(
      ToDoubleFunction<double[]> model,
      double[] x,
      double[][] background,
      int j,
      int mask,
      double[] v) {
    int d = x.length;
    if (j == d) {
      if (mask == (1 << d) - 1) {
        return;
      }
      double total = 0.0;
      for (double[] b : background) {
        double[] z = new double[d];
        for (int k = 0; k < d; k++) {
          z[k] = ((mask >> k) & 1) != 0 ? x[k] : b[k];
        }
        total += model.applyAsDouble(z);
      }
      v[mask] = total / background.length;
      return;
    }
    fill(model, x, background, j + 1, mask, v);
    fill(model, x, background, j + 1, mask | (1 << j), v);
  }

  /** Validates shape and values; {@code expected < 0} means any common width. Returns the width. */
  private static int validateRows(double[][] background, int expected) {
    if (background == null) {
      throw new IllegalArgumentException("background is null");
    }
    if (background.length < 1) {
      throw new IllegalArgumentException("background is empty");
    }
    int width = expected;
    for (double[] row : background) {
      if (row == null) {
        throw new IllegalArgumentException("null row");
      }
      if (width < 0) {
        width = row.length;
      }
      if (row.length != width) {
        throw new IllegalArgumentException("bad row length");
      }
      for (double value : row) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          throw new IllegalArgumentException("background must be finite");
        }
      }
    }
    return width;
  }
}
