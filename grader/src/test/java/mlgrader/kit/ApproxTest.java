package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ApproxTest {

  private static final Tolerance TIGHT = Tolerance.absolute(0.01);

  @Test
  void acceptsAScalarWithinTolerance() {
    assertDoesNotThrow(() -> Approx.assertClose(2.0, 2.005, TIGHT, "x"));
  }

  @Test
  void scalarFailureStatesBothValuesAndTheAbsoluteAndRelativeError() {
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> Approx.assertClose(2.0, 2.5, TIGHT, "mean"));
    assertTrue(e.getMessage().startsWith("mean: expected 2.0 but was 2.5"), e.getMessage());
    assertTrue(e.getMessage().contains("abs error 0.500"), e.getMessage());
    assertTrue(e.getMessage().contains("rel error 0.250"), e.getMessage());
    assertTrue(e.getMessage().contains("tolerance absolute 0.01"), e.getMessage());
    assertEquals(2.0, e.getExpected().getValue());
    assertEquals(2.5, e.getActual().getValue());
  }

  @Test
  void rejectsNaNAndInfiniteActualsEvenWithAHugeTolerance() {
    Tolerance huge = Tolerance.mixed(1e300);
    assertThrows(AssertionFailedError.class, () -> Approx.assertClose(1.0, Double.NaN, huge, "x"));
    assertThrows(
        AssertionFailedError.class,
        () -> Approx.assertClose(1.0, Double.POSITIVE_INFINITY, huge, "x"));
    assertThrows(
        AssertionFailedError.class,
        () -> Approx.assertClose(new double[] {1, 2}, new double[] {1, Double.NaN}, huge, "v"));
    assertThrows(
        AssertionFailedError.class,
        () ->
            Approx.assertClose(
                new double[] {1, 2}, new double[] {Double.NEGATIVE_INFINITY, 2}, huge, "v"));
  }

  @Test
  void acceptsANonFiniteActualOnlyWhenTheSameValueIsExpected() {
    assertDoesNotThrow(() -> Approx.assertClose(Double.NaN, Double.NaN, TIGHT, "x"));
    assertDoesNotThrow(
        () ->
            Approx.assertClose(
                new double[] {Double.NEGATIVE_INFINITY},
                new double[] {Double.NEGATIVE_INFINITY},
                TIGHT,
                "v"));
  }

  @Test
  void acceptsAVectorWithinTolerance() {
    assertDoesNotThrow(
        () ->
            Approx.assertClose(new double[] {1, 2, 3}, new double[] {1.001, 1.995, 3}, TIGHT, "v"));
  }

  @Test
  void vectorFailureReportsTheWorstElementNotTheFirst() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Approx.assertClose(
                    new double[] {1, 2, 3, 4}, new double[] {1.1, 2, 3.5, 4}, TIGHT, "v"));
    assertTrue(e.getMessage().startsWith("v[2]: expected 3.0 but was 3.5"), e.getMessage());
    assertTrue(e.getMessage().contains("2 of 4 elements out of tolerance"), e.getMessage());
    assertEquals(3.0, e.getExpected().getValue());
  }

  @Test
  void worstElementIsMeasuredAgainstItsOwnAllowance() {
    // |error| is 5 at index 0 but within 1 % of 1000; 0.5 at index 1 is 50 % of 1.
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Approx.assertClose(
                    new double[] {1000, 1},
                    new double[] {1005, 1.5},
                    Tolerance.relative(0.01),
                    "v"));
    assertTrue(e.getMessage().startsWith("v[1]: expected 1.0 but was 1.5"), e.getMessage());
    assertTrue(e.getMessage().contains("1 of 2 elements"), e.getMessage());
  }

  @Test
  void aNaNElementIsWorseThanAnyFiniteError() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Approx.assertClose(
                    new double[] {1, 2, 3}, new double[] {1, 500, Double.NaN}, TIGHT, "v"));
    assertTrue(e.getMessage().startsWith("v[2]: expected 3.0 but was NaN"), e.getMessage());
  }

  @Test
  void vectorOfTheWrongLengthFailsWithBothLengths() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> Approx.assertClose(new double[] {1, 2, 3}, new double[] {1, 2}, TIGHT, "v"));
    assertEquals("v: expected length 3 but was 2", e.getMessage());
  }

  @Test
  void nullActualFailsWithAnAssertionNotANullPointerException() {
    AssertionFailedError vector =
        assertThrows(
            AssertionFailedError.class,
            () -> Approx.assertClose(new double[] {1}, (double[]) null, TIGHT, "v"));
    assertEquals("v: expected a value but was null", vector.getMessage());
    AssertionFailedError matrix =
        assertThrows(
            AssertionFailedError.class,
            () -> Approx.assertClose(new double[][] {{1}}, (double[][]) null, TIGHT, "m"));
    assertEquals("m: expected a value but was null", matrix.getMessage());
    assertThrows(AssertionFailedError.class, () -> Approx.assertAllFinite((double[]) null, "v"));
  }

  @Test
  void matrixWithTheWrongNumberOfRowsFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> Approx.assertClose(new double[][] {{1}, {2}}, new double[][] {{1}}, TIGHT, "m"));
    assertEquals("m: expected 2 rows but was 1", e.getMessage());
  }

  @Test
  void matrixWithARowOfTheWrongLengthOrANullRowFailsNamingTheRow() {
    AssertionFailedError length =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Approx.assertClose(
                    new double[][] {{1}, {2, 3}}, new double[][] {{1}, {2, 3, 4}}, TIGHT, "m"));
    assertEquals("m[1]: expected length 2 but was 3", length.getMessage());
    AssertionFailedError nullRow =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Approx.assertClose(
                    new double[][] {{1}, {2}}, new double[][] {{1}, null}, TIGHT, "m"));
    assertEquals("m[1]: expected a value but was null", nullRow.getMessage());
  }

  @Test
  void matrixElementFailureNamesRowAndColumn() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Approx.assertClose(
                    new double[][] {{1, 2}, {3, 4}},
                    new double[][] {{1, 2}, {3, 4.5}},
                    TIGHT,
                    "m"));
    assertTrue(e.getMessage().startsWith("m[1][1]: expected 4.0 but was 4.5"), e.getMessage());
  }

  @Test
  void allFiniteNamesTheFirstNonFiniteElement() {
    assertDoesNotThrow(
        () -> Approx.assertAllFinite(new double[][] {{1, -2}, {Double.MAX_VALUE}}, "m"));
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> Approx.assertAllFinite(new double[][] {{1, 2}, {3, Double.NaN}}, "m"));
    assertEquals("m[1][1] is not finite: NaN", e.getMessage());
    assertThrows(
        AssertionFailedError.class, () -> Approx.assertFinite(Double.NEGATIVE_INFINITY, "x"));
  }
}
