package challenge.gradclip;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Alternative in stream style: divide by max|g| (not a power of two), square, and let {@code
 * DoubleStream.sum()} accumulate; tensors are mapped with {@code Arrays.stream(...).map(...)}.
 */
public class GradientClipperImpl implements GradientClipper {

  public GradientClipperImpl() {}

  @Override
  public double globalNorm(double[][] grads) {
    validate(grads);
    double largest =
        Arrays.stream(grads).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0.0);
    if (largest == 0.0) {
      return 0.0;
    }
    double sumOfSquares =
        Arrays.stream(grads)
            .flatMapToDouble(Arrays::stream)
            .map(g -> g / largest)
            .map(r -> r * r)
            .sum();
    double norm = largest * Math.sqrt(sumOfSquares);
    if (!Double.isFinite(norm)) {
      throw new IllegalArgumentException("global norm overflows");
    }
    return norm;
  }

  @Override
  public ClipResult clipByGlobalNorm(double[][] grads, double maxNorm) {
    requirePositive(maxNorm);
    double norm = globalNorm(grads);
    double scale = maxNorm / Math.max(norm, maxNorm);
    return new ClipResult(map(grads, g -> g * scale), norm, scale);
  }

  @Override
  public double[][] clipByValue(double[][] grads, double clipValue) {
    requirePositive(clipValue);
    validate(grads);
    return map(grads, g -> Math.min(clipValue, Math.max(-clipValue, g)));
  }

  private static double[][] map(double[][] grads, DoubleUnaryOperator op) {
    return Arrays.stream(grads)
        .map(row -> Arrays.stream(row).map(op).toArray())
        .toArray(double[][]::new);
  }

  private static void validate(double[][] grads) {
    Objects.requireNonNull(grads);
    Arrays.stream(grads).forEach(Objects::requireNonNull);
    if (!Arrays.stream(grads).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite)) {
      throw new IllegalArgumentException("gradients must be finite");
    }
  }

  private static void requirePositive(double bound) {
    if (!(bound > 0 && bound < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("bound must be finite and positive");
    }
  }
}
