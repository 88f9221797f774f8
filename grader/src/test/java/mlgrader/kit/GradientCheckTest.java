package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GradientCheckTest {

  /** f(x) = ½ xᵀAx + bᵀx with symmetric A, whose gradient is Ax + b. */
  private static final double[][] A = {{4, 1, 0}, {1, 3, -2}, {0, -2, 5}};

  private static final double[] B = {1, -2, 0.5};
  private static final double[] X = {0.3, -1.2, 2.0};

  private static final ToDoubleFunction<double[]> QUADRATIC =
      x -> {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
          f += B[i] * x[i];
          for (int j = 0; j < x.length; j++) {
            f += 0.5 * x[i] * A[i][j] * x[j];
          }
        }
        return f;
      };

  private static double[] analytic(double[] x) {
    double[] g = B.clone();
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        g[i] += A[i][j] * x[j];
      }
    }
    return g;
  }

  @Test
  void acceptsTheAnalyticGradientOfAQuadratic() {
    assertDoesNotThrow(() -> GradientCheck.assertGradient(analytic(X), QUADRATIC, X, "grad"));
  }

  @Test
  void rejectsAGradientThatIsOffByAFactorOfTwo() {
    double[] wrong = analytic(X);
    for (int i = 0; i < wrong.length; i++) {
      wrong[i] = 2 * wrong[i];
    }
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> GradientCheck.assertGradient(wrong, QUADRATIC, X, "grad"));
    assertTrue(
        e.getMessage().startsWith("grad: analytic gradient disagrees with finite differences"),
        e.getMessage());
  }

  @Test
  void rejectsAGradientWithOneWrongComponent() {
    double[] wrong = analytic(X);
    wrong[2] += 1e-3;
    assertThrows(
        AssertionFailedError.class,
        () -> GradientCheck.assertGradient(wrong, QUADRATIC, X, "grad"));
  }

  @Test
  void rejectsAGradientOfTheWrongLengthOrNull() {
    assertThrows(
        AssertionFailedError.class,
        () -> GradientCheck.assertGradient(new double[2], QUADRATIC, X, "grad"));
    assertThrows(
        AssertionFailedError.class, () -> GradientCheck.assertGradient(null, QUADRATIC, X, "grad"));
  }

  @Test
  void aNaNComponentMakesTheErrorInfiniteAndFailsTheCheck() {
    assertEquals(
        Double.POSITIVE_INFINITY,
        GradientCheck.relativeError(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertEquals(
        Double.POSITIVE_INFINITY,
        GradientCheck.relativeError(new double[] {1, 2}, new double[] {Double.NaN, 2}));
    double[] nan = analytic(X);
    nan[0] = Double.NaN;
    assertThrows(
        AssertionFailedError.class, () -> GradientCheck.assertGradient(nan, QUADRATIC, X, "grad"));
  }

  @Test
  void relativeErrorIsTheWorstComponentWithAFloorForTinyValues() {
    // |1.1 - 1| / (1.1 + 1) at index 0 beats 0 at index 1; near zero the 1e-8 floor keeps it
    // finite.
    assertEquals(
        0.1 / 2.1, GradientCheck.relativeError(new double[] {1.1, 5}, new double[] {1, 5}), 1e-15);
    assertEquals(
        0.5, GradientCheck.relativeError(new double[] {0, 0}, new double[] {0, 5e-9}), 1e-12);
    assertThrows(
        IllegalArgumentException.class,
        () -> GradientCheck.relativeError(new double[1], new double[2]));
  }

  @Test
  void numericGradientMatchesTheAnalyticOneAndLeavesThePointUnchanged() {
    double[] x = X.clone();
    double[] numeric = GradientCheck.numericGradient(QUADRATIC, x, GradientCheck.STEP);
    assertArrayEquals(analytic(X), numeric, 1e-6);
    assertArrayEquals(X, x, 0);
  }

  @Test
  void aFunctionThatWritesToItsArgumentCannotDisturbTheDifferences() {
    ToDoubleFunction<double[]> scribbling =
        x -> {
          double f = QUADRATIC.applyAsDouble(x);
          java.util.Arrays.fill(x, 100);
          return f;
        };
    assertArrayEquals(
        analytic(X),
        GradientCheck.numericGradient(scribbling, X.clone(), GradientCheck.STEP),
        1e-6);
  }
}
