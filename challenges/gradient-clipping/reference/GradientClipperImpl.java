package challenge.gradclip;

import java.util.Objects;

/**
 * Reference solution: the norm is computed from the entries scaled by a power of two near max|g|
 * (exact, so nothing overflows or underflows spuriously), with Neumaier-compensated summation of
 * the squares, which makes it accurate to a few ulps however many entries there are.
 */
public class GradientClipperImpl implements GradientClipper {

  public GradientClipperImpl() {}

  @Override
  public double globalNorm(double[][] grads) {
    requireFinite(grads);
    return norm(grads);
  }

  @Override
  public ClipResult clipByGlobalNorm(double[][] grads, double maxNorm) {
    requirePositiveFinite(maxNorm, "maxNorm");
    requireFinite(grads);
    double norm = norm(grads);
    double scale = maxNorm / Math.max(norm, maxNorm);
    double[][] out = new double[grads.length][];
    for (int i = 0; i < grads.length; i++) {
      double[] row = grads[i];
      double[] scaled = new double[row.length];
      for (int j = 0; j < row.length; j++) {
        scaled[j] = row[j] * scale;
      }
      out[i] = scaled;
    }
    return new ClipResult(out, norm, scale);
  }

  @Override
  public double[][] clipByValue(double[][] grads, double clipValue) {
    requirePositiveFinite(clipValue, "clipValue");
    requireFinite(grads);
    double[][] out = new double[grads.length][];
    for (int i = 0; i < grads.length; i++) {
      double[] row = grads[i];
      double[] clamped = new double[row.length];
      for (int j = 0; j < row.length; j++) {
        clamped[j] = Math.max(-clipValue, Math.min(clipValue, row[j]));
      }
      out[i] = clamped;
    }
    return out;
  }

  /** The global norm of already validated tensors. */
  private static double norm(double[][] grads) {
    double maxAbs = 0;
    for (double[] row : grads) {
      for (double v : row) {
        maxAbs = Math.max(maxAbs, Math.abs(v));
      }
    }
    if (maxAbs == 0) {
      return 0;
    }
    // Multiplying by a power of two is exact, even for subnormal entries; scaled entries are < 2.
    int exponent = Math.getExponent(maxAbs);
    double down = Math.scalb(1.0, -exponent);
    double sum = 0;
    double compensation = 0;
    for (double[] row : grads) {
      for (double v : row) {
        double scaled = v * down;
        double square = scaled * scaled;
        double t = sum + square;
        compensation += sum >= square ? (sum - t) + square : (square - t) + sum;
        sum = t;
      }
    }
    double norm = Math.scalb(Math.sqrt(sum + compensation), exponent);
    if (norm == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("the global norm exceeds Double.MAX_VALUE");
    }
    return norm;
  }

  private static void requireFinite(double[][] grads) {
    Objects.requireNonNull(grads, "grads");
    for (int i = 0; i < grads.length; i++) {
      double[] row = Objects.requireNonNull(grads[i], "grads row");
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("grads[" + i + "] has a non-finite entry");
        }
      }
    }
  }

  private static void requirePositiveFinite(double value, String name) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
    }
  }
}
