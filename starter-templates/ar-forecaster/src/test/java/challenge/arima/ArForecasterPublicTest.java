package challenge.arima;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import challenge.arima.ArForecaster.Model;
import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class ArForecasterPublicTest {

  private static final double TOL = 1e-9;

  private static final double[] Z = {
    1.0, 1.8, 2.1, 2.9, 3.2, 3.0, 3.9, 4.5, 4.4, 5.2, 5.9, 6.1, 6.0, 7.2
  };

  private final ArForecaster ar = new ArForecasterImpl();

  @Test
  void ar2WithInterceptMatchesStatsmodels() {
    Model m = ar.fit(Z, 2, 0, true);
    assertEquals(0.7330865522256538, m.intercept(), TOL);
    assertArrayEquals(new double[] {0.5105212515294859, 0.4678959101897131}, m.phi(), TOL);
    assertArrayEquals(
        new double[] {7.216215024376231, 7.7859682311420215, 8.084426294912296},
        ar.forecast(m, 3),
        TOL);
  }

  @Test
  void arima110ForecastsOnTheLevelScale() {
    Model m = ar.fit(Z, 1, 1, true);
    assertEquals(0.6399624765478424, m.intercept(), TOL);
    assertArrayEquals(new double[] {-0.45590994371482174}, m.phi(), TOL);
    assertArrayEquals(
        new double[] {7.292870544090056, 7.890492416109036, 8.25799313862196},
        ar.forecast(m, 3),
        TOL);
  }

  @Test
  void differencingTwiceIsIterated() {
    assertArrayEquals(
        new double[] {3, -1, 2}, ar.difference(new double[] {1, 2, 6, 9, 14}, 2), TOL);
  }

  @Test
  void handBuiltModelContinuesItsSeries() {
    Model m = new Model(0.5, new double[] {0.5}, 1, new double[] {1, 2, 4});
    assertArrayEquals(new double[] {5.5, 6.75}, ar.forecast(m, 2), TOL);
    assertEquals(0, ar.forecast(m, 0).length);
  }

  @Test
  void rankDeficientDesignIsRejected() {
    double[] constant = {4, 4, 4, 4, 4, 4, 4, 4};
    assertThrows(IllegalArgumentException.class, () -> ar.fit(constant, 1, 0, true));
  }
}
