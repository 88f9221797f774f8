package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Expected values are numpy.quantile(values, p) with the default method="linear", worked by hand.
 */
class QuantilesTest {

  @Test
  void matchesNumPyLinearOnFourValuesGivenInAnyOrder() {
    double[] values = {4, 1, 3, 2};
    assertEquals(1.0, Quantiles.type7(values, 0), 1e-12);
    assertEquals(1.75, Quantiles.type7(values, 0.25), 1e-12); // h = 3 * 0.25 = 0.75
    assertEquals(2.5, Quantiles.type7(values, 0.5), 1e-12);
    assertEquals(3.7, Quantiles.type7(values, 0.9), 1e-12); // h = 2.7: 3 + 0.7 * (4 - 3)
    assertEquals(4.0, Quantiles.type7(values, 1), 1e-12);
  }

  @Test
  void interpolatesBetweenUnevenlySpacedValues() {
    double[] values = {40, 10, 20};
    assertEquals(16.0, Quantiles.type7(values, 0.3), 1e-12); // h = 0.6: 10 + 0.6 * 10
    assertEquals(30.0, Quantiles.type7(values, 0.75), 1e-12); // h = 1.5: 20 + 0.5 * 20
  }

  @Test
  void handlesDuplicatesNegativesAndASingleValue() {
    assertEquals(-1.0, Quantiles.type7(new double[] {2, -1, -1}, 0.5), 1e-12);
    assertEquals(
        0.5, Quantiles.type7(new double[] {2, -1, -1}, 0.75), 1e-12); // h = 1.5: -1 + 0.5 * 3
    assertEquals(5.0, Quantiles.type7(new double[] {5}, 0.37), 0);
  }

  @Test
  void doesNotModifyItsInput() {
    double[] values = {3, 1, 2};
    Quantiles.type7(values, 0.5);
    assertArrayEquals(new double[] {3, 1, 2}, values);
  }

  @Test
  void rejectsNoValuesAndProbabilitiesOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[0], 0.5));
    assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[] {1}, -0.01));
    assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[] {1}, 1.01));
    assertThrows(
        IllegalArgumentException.class, () -> Quantiles.type7(new double[] {1}, Double.NaN));
  }
}
