package challenge.shap;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Alternative solution in a stream style: tabulates v over all masks, then regroups the sum per
 * coalition as {@code φ_i = Σ_{S∋i} w(|S|−1)·v(S) − Σ_{S∌i} w(|S|)·v(S)} with factorial weights.
 */
public class ShapleyExplainerImpl implements ShapleyExplainer {

  public ShapleyExplainerImpl() {}

  @Override
  public double baseValue(ToDoubleFunction<double[]> model, double[][] background) {
    if (model == null) {
      throw new NullPointerException("model");
    }
    int d = checkBackground(background);
    if (d == 0) {
      throw new IllegalArgumentException("empty rows");
    }
    return Arrays.stream(background)
        .mapToDouble(b -> model.applyAsDouble(Arrays.copyOf(b, d)))
        .average()
        .orElseThrow();
  }

  @Override
  public double[] exactShapley(
      ToDoubleFunction<double[]> model, double[] x, double[][] background) {
    if (model == null || x == null) {
      throw new NullPointerException();
    }
    final int d = x.length;
    if (d == 0 || d > 16) {
      throw new IllegalArgumentException("d out of range");
    }
    if (Arrays.stream(x).anyMatch(v -> Double.isNaN(v) || Double.isInfinite(v))) {
      throw new IllegalArgumentException("x not finite");
    }
    if (checkBackground(background) != d) {
      throw new IllegalArgumentException("row length differs from x");
    }
    double[] v =
        IntStream.range(0, 1 << d)
            .mapToDouble(
                mask ->
                    Arrays.stream(background)
                            .mapToDouble(
                                b ->
                                    model.applyAsDouble(
                                        IntStream.range(0, d)
                                            .mapToDouble(j -> ((mask >>> j) & 1) == 1 ? x[j] : b[j])
                                            .toArray()))
                            .sum()
                        / background.length)
            .toArray();
    double[] fact = new double[d + 1];
    fact[0] = 1;
    for (int k = 1; k <= d; k++) {
      fact[k] = fact[k - 1] * k;
    }
    double[] w =
        IntStream.range(0, d).mapToDouble(s -> fact[s] * fact[d - s - 1] / fact[d]).toArray();
    return IntStream.range(0, d)
        .mapToDouble(
            i ->
                IntStream.range(0, 1 << d)
                    .mapToDouble(
                        mask -> {
                          int size = Integer.bitCount(mask);
                          return ((mask >>> i) & 1) == 1
                              ? w[size - 1] * v[mask]
                              : -w[size] * v[mask];
                        })
                    .sum())
        .toArray();
  }

  private static int checkBackground(double[][] background) {
    if (background == null) {
      throw new NullPointerException("background");
    }
    if (background.length == 0) {
      throw new IllegalArgumentException("no background rows");
    }
    int d = background[0].length;
    for (double[] row : background) {
      if (row.length != d) {
        throw new IllegalArgumentException("ragged");
      }
      for (double value : row) {
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("not finite");
        }
      }
    }
    return d;
  }
}
