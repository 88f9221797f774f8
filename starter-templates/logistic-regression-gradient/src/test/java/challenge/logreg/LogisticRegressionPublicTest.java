package challenge.logreg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class LogisticRegressionPublicTest {

  private static final double TOL = 1e-12;

  private static final double[][] X = {{0.5, -1.2}, {1.5, 0.3}, {-0.7, 2.0}, {2.2, 1.1}};
  private static final int[] Y = {1, 0, 1, 0};
  private static final double[] W = {0.4, -0.25};
  private static final double B = 0.1;

  private final LogisticRegression model = new LogisticRegressionImpl();

  @Test
  void statementExampleLossAndGradient() {
    assertEquals(0.9552712803319132, model.loss(X, Y, W, B, 0.3), TOL);
    LogisticRegression.Gradient g = model.gradient(X, Y, W, B, 0.3);
    assertArrayEquals(new double[] {0.8042318561013518, -0.0676583899561632}, g.dw(), TOL);
    assertEquals(0.07564196906623574, g.db(), TOL);
  }

  @Test
  void statementExampleWithoutRegularization() {
    assertEquals(0.9218962803319132, model.loss(X, Y, W, B, 0.0), TOL);
    assertArrayEquals(
        new double[] {0.6842318561013518, 0.007341610043836794},
        model.gradient(X, Y, W, B, 0.0).dw(),
        TOL);
  }

  @Test
  void statementExampleTraining() {
    LogisticRegression.Fit fit = model.train(X, Y, 0.3, 0.5, 3);
    assertArrayEquals(new double[] {-0.48690651117391287, -0.06625363334731298}, fit.w(), TOL);
    assertEquals(0.06948928473424931, fit.b(), TOL);
    assertArrayEquals(
        new double[] {0.595792832095043, 0.5574100604795322, 0.538396852434908},
        fit.lossHistory(),
        TOL);
  }

  @Test
  void hugeLogitsGiveAFiniteLoss() {
    double[][] x = {{1000}, {-1000}};
    assertEquals(1000.0, model.loss(x, new int[] {0, 1}, new double[] {1}, 0, 0), TOL);
    assertArrayEquals(
        new double[] {1000}, model.gradient(x, new int[] {0, 1}, new double[] {1}, 0, 0).dw(), TOL);
  }

  @Test
  void labelsOtherThanZeroAndOneAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> model.loss(X, new int[] {1, 0, 2, 0}, W, B, 0.3));
  }
}
