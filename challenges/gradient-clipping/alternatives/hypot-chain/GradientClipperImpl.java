package challenge.gradclip;

/**
 * Alternative: the norm as a running {@link Math#hypot} chain (each step is overflow- and
 * underflow-free), with explicit null and finiteness checks in one pass per method.
 */
public class GradientClipperImpl implements GradientClipper {

  public GradientClipperImpl() {}

  @Override
  public double globalNorm(double[][] grads) {
    check(grads);
    return hypotNorm(grads);
  }

  @Override
  public ClipResult clipByGlobalNorm(double[][] grads, double maxNorm) {
    if (Double.isNaN(maxNorm) || Double.isInfinite(maxNorm) || maxNorm <= 0) {
      throw new IllegalArgumentException("bad maxNorm");
    }
    check(grads);
    double total = hypotNorm(grads);
    double factor = total > maxNorm ? maxNorm / total : 1.0;
    double[][] result = new double[grads.length][];
    for (int t = 0; t < grads.length; t++) {
      result[t] = new double[grads[t].length];
      for (int k = 0; k < grads[t].length; k++) {
        result[t][k] = factor * grads[t][k];
      }
    }
    return new ClipResult(result, total, factor);
  }

  @Override
  public double[][] clipByValue(double[][] grads, double clipValue) {
    if (Double.isNaN(clipValue) || Double.isInfinite(clipValue) || clipValue <= 0) {
      throw new IllegalArgumentException("bad clipValue");
    }
    check(grads);
    double[][] result = new double[grads.length][];
    for (int t = 0; t < grads.length; t++) {
      result[t] = grads[t].clone();
      for (int k = 0; k < result[t].length; k++) {
        if (result[t][k] > clipValue) {
          result[t][k] = clipValue;
        } else if (result[t][k] < -clipValue) {
          result[t][k] = -clipValue;
        }
      }
    }
    return result;
  }

  private static double hypotNorm(double[][] grads) {
    double acc = 0.0;
    for (double[] tensor : grads) {
      for (double g : tensor) {
        acc = Math.hypot(acc, g);
      }
    }
    if (Double.isInfinite(acc)) {
      throw new IllegalArgumentException("norm overflows");
    }
    return acc;
  }

  private static void check(double[][] grads) {
    if (grads == null) {
      throw new IllegalArgumentException("grads is null");
    }
    for (double[] tensor : grads) {
      if (tensor == null) {
        throw new IllegalArgumentException("null tensor");
      }
      for (double g : tensor) {
        if (Double.isNaN(g) || Double.isInfinite(g)) {
          throw new IllegalArgumentException("non-finite gradient");
        }
      }
    }
  }
}
