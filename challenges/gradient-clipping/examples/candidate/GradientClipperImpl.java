package challenge.gradclip;

import java.util.Arrays;

/**
 * A plausible candidate answer, bundled as the README's example: tidy and mostly right, but it sums the squares
 * naively (so huge or tiny gradients overflow or underflow) and forgets to validate clipValue.
 */
public class GradientClipperImpl implements GradientClipper {

  @Override
  public double globalNorm(double[][] grads) {
    check(grads);
    double sumOfSquares = 0;
    for (double[] tensor : grads) {
      for (double g : tensor) {
        sumOfSquares += g * g;
      }
    }
    return Math.sqrt(sumOfSquares);
  }

  @Override
  public ClipResult clipByGlobalNorm(double[][] grads, double maxNorm) {
    if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
      throw new IllegalArgumentException("maxNorm must be positive and finite");
    }
    double norm = globalNorm(grads);
    double scale = maxNorm / Math.max(norm, maxNorm);
    double[][] clipped = Arrays.stream(grads)
        .map(t -> Arrays.stream(t).map(g -> g * scale).toArray())
        .toArray(double[][]::new);
    return new ClipResult(clipped, norm, scale);
  }

  @Override
  public double[][] clipByValue(double[][] grads, double clipValue) {
    check(grads);
    return Arrays.stream(grads)
        .map(t -> Arrays.stream(t).map(g -> Math.max(-clipValue, Math.min(clipValue, g))).toArray())
        .toArray(double[][]::new);
  }

  private static void check(double[][] grads) {
    for (double[] tensor : grads) {
      for (double g : tensor) {
        if (!Double.isFinite(g)) {
          throw new IllegalArgumentException("gradients must be finite");
        }
      }
    }
  }
}
