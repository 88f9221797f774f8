package challenge.gradclip;

import java.util.Objects;

/**
 * Mutant M3: naive sum of squares: overflows to infinity (scale 0) for huge entries, underflows to
 * 0 for tiny ones.
 *
 * <p>Otherwise identical to the reference.
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
    double sum = 0;
    for (double[] row : grads) {
      for (double v : row) {
        sum += v * v;
      }
    }
    return Math.sqrt(sum);
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
