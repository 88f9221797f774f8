package challenge.shap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class ShapleyExplainerPublicTest {

  private static final double TOL = 1e-10;

  /** f(z) = 2·z0 + z1·z2 + 3·[z0 > 0.5 and z3 > 0.5]. */
  private static final ToDoubleFunction<double[]> MODEL =
      z -> 2 * z[0] + z[1] * z[2] + (z[0] > 0.5 && z[3] > 0.5 ? 3 : 0);

  private final ShapleyExplainer explainer = new ShapleyExplainerImpl();

  @Test
  void statementExampleWithOneBackgroundRow() {
    double[] phi =
        explainer.exactShapley(MODEL, new double[] {1, 2, 3, 1}, new double[][] {{0, 1, 0, 0}});
    assertArrayEquals(new double[] {3.5, 1.5, 4.5, 1.5}, phi, TOL);
    assertEquals(0.0, explainer.baseValue(MODEL, new double[][] {{0, 1, 0, 0}}), TOL);
  }

  @Test
  void statementExampleWithTwoBackgroundRows() {
    double[][] background = {{0, 1, 0, 0}, {1, 0, 2, 0}};
    double[] phi = explainer.exactShapley(MODEL, new double[] {1, 2, 3, 1}, background);
    assertArrayEquals(new double[] {1.75, 3.25, 2.75, 2.25}, phi, TOL);
    assertEquals(1.0, explainer.baseValue(MODEL, background), TOL);
  }

  @Test
  void valuesSumToPredictionMinusBaseValue() {
    double[][] background = {{0, 1, 0, 0}, {1, 0, 2, 0}};
    double[] phi = explainer.exactShapley(MODEL, new double[] {1, 2, 3, 1}, background);
    double base = explainer.baseValue(MODEL, background);
    assertEquals(
        MODEL.applyAsDouble(new double[] {1, 2, 3, 1}) - base, Arrays.stream(phi).sum(), TOL);
  }

  @Test
  void linearModelGetsWeightTimesDistanceFromBackgroundMean() {
    ToDoubleFunction<double[]> linear = z -> 3 * z[0] - 2 * z[1] + 1;
    double[] phi =
        explainer.exactShapley(linear, new double[] {2, 1}, new double[][] {{0, 0}, {2, 4}});
    assertArrayEquals(new double[] {3 * (2 - 1), -2 * (1 - 2)}, phi, TOL);
  }

  @Test
  void moreThanSixteenFeaturesIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> explainer.exactShapley(MODEL, new double[17], new double[][] {new double[17]}));
  }
}
