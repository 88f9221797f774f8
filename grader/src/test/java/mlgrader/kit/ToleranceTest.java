package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToleranceTest {

  /** One of each kind, each with a tolerance so large that only the non-finite rule can reject. */
  private static final List<Tolerance> HUGE =
      List.of(Tolerance.mixed(1e300), Tolerance.relative(1e300), Tolerance.absolute(1e300));

  @Test
  void mixedIsAbsoluteBelowOneAndRelativeAbove() {
    Tolerance t = Tolerance.mixed(1e-6);
    assertTrue(t.accepts(0.5, 0.5 + 0.5e-6));
    assertFalse(t.accepts(0.5, 0.5 + 2e-6));
    assertTrue(t.accepts(1000, 1000 + 0.5e-3));
    assertFalse(t.accepts(1000, 1000 + 2e-3));
    assertTrue(t.accepts(-1000, -1000 - 0.5e-3), "the scale is |e|, also for negative values");
  }

  @Test
  void relativeScalesWithTheExpectedValueAndIsExactAtZero() {
    Tolerance t = Tolerance.relative(1e-3);
    assertTrue(t.accepts(1e6, 1e6 + 500));
    assertFalse(t.accepts(1e6, 1e6 + 2000));
    assertTrue(t.accepts(1e-9, 1e-9 * (1 + 5e-4)));
    assertFalse(t.accepts(1e-9, 1e-9 * (1 + 2e-3)));
    assertTrue(t.accepts(0, 0));
    assertFalse(t.accepts(0, 1e-300));
  }

  @Test
  void absoluteIgnoresTheScale() {
    Tolerance t = Tolerance.absolute(0.1);
    assertTrue(t.accepts(1e9, 1e9 + 0.05));
    assertFalse(t.accepts(1e9, 1e9 + 1));
    assertTrue(t.accepts(0, -0.09));
    assertFalse(t.accepts(0, 0.2));
  }

  @Test
  void exactAcceptsOnlyTheSameValueButTreatsSignedZerosAsEqual() {
    Tolerance t = Tolerance.exact();
    assertTrue(t.accepts(1.0, 1.0));
    assertFalse(t.accepts(1.0, Math.nextUp(1.0)));
    assertFalse(t.accepts(0.3, 0.1 + 0.2));
    assertTrue(t.accepts(0.0, -0.0));
  }

  @Test
  void allowanceFollowsTheDocumentedFormulaOfEachKind() {
    assertEquals(2.0, Tolerance.mixed(0.01).allowance(-200), 1e-15);
    assertEquals(0.01, Tolerance.mixed(0.01).allowance(0.5), 1e-15);
    assertEquals(2.0, Tolerance.relative(0.01).allowance(-200), 1e-15);
    assertEquals(0.005, Tolerance.relative(0.01).allowance(0.5), 1e-15);
    assertEquals(0.01, Tolerance.absolute(0.01).allowance(-200), 0);
  }

  @Test
  void nanMatchesOnlyNaNWhateverTheTolerance() {
    for (Tolerance t : HUGE) {
      assertTrue(t.accepts(Double.NaN, Double.NaN), t.toString());
      assertFalse(t.accepts(1.0, Double.NaN), t.toString());
      assertFalse(t.accepts(Double.NaN, 1.0), t.toString());
      assertFalse(t.accepts(Double.NaN, Double.POSITIVE_INFINITY), t.toString());
    }
  }

  @Test
  void infinityMatchesOnlyTheSameInfinityWhateverTheTolerance() {
    for (Tolerance t : HUGE) {
      assertTrue(t.accepts(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY), t.toString());
      assertTrue(t.accepts(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY), t.toString());
      assertFalse(t.accepts(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), t.toString());
      assertFalse(t.accepts(Double.MAX_VALUE, Double.POSITIVE_INFINITY), t.toString());
      assertFalse(t.accepts(Double.POSITIVE_INFINITY, Double.MAX_VALUE), t.toString());
    }
  }

  @Test
  void rejectsNegativeNaNAndInfiniteTolerancesAndAMissingKind() {
    assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(-1e-9));
    assertThrows(IllegalArgumentException.class, () -> Tolerance.mixed(Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> Tolerance.relative(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new Tolerance(null, 1e-9));
  }

  @Test
  void describesItselfByKindAndValue() {
    assertEquals("relative 0.001", Tolerance.relative(1e-3).toString());
  }
}
