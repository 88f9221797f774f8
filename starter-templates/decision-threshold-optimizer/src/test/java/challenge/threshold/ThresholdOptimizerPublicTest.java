package challenge.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.threshold.ThresholdOptimizer.Choice;
import challenge.threshold.ThresholdOptimizer.Confusion;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class ThresholdOptimizerPublicTest {

  private static final double TOL = 1e-12;

  private static final int[] Y = {0, 0, 1, 0, 1, 1, 0, 1, 0, 0};

  private static final double[] S = {0.1, 0.4, 0.35, 0.8, 0.65, 0.9, 0.3, 0.6, 0.55, 0.2};

  private final ThresholdOptimizer optimizer = new ThresholdOptimizerImpl();

  @Test
  void confusionCountsIncludeScoresEqualToTheThreshold() {
    Confusion q = optimizer.confusionAt(Y, S, 0.6);
    assertEquals(3, q.tp());
    assertEquals(1, q.fp());
    assertEquals(5, q.tn());
    assertEquals(1, q.fn());
  }

  @Test
  void maxF1PicksPointSix() {
    Choice c = optimizer.maxFBeta(Y, S, 1.0);
    assertEquals(0.6, c.threshold());
    assertEquals(0.75, c.value(), TOL);
    assertEquals(3, c.confusion().tp());
    assertEquals(1, c.confusion().fp());
  }

  @Test
  void expensiveMissesLowerTheThresholdAndExpensiveAlarmsRaiseIt() {
    Choice lenient = optimizer.minExpectedCost(Y, S, 1, 5);
    assertEquals(0.35, lenient.threshold());
    assertEquals(3.0, lenient.value(), TOL);
    Choice strict = optimizer.minExpectedCost(Y, S, 10, 1);
    assertEquals(0.9, strict.threshold());
    assertEquals(3.0, strict.value(), TOL);
  }

  @Test
  void maxPrecisionAtRecallReturnsTheThreshold() {
    OptionalDouble t = optimizer.maxPrecisionAtRecall(Y, S, 0.75);
    assertTrue(t.isPresent());
    assertEquals(0.6, t.getAsDouble());
    assertEquals(0.35, optimizer.maxPrecisionAtRecall(Y, S, 1.0).getAsDouble());
  }

  @Test
  void predictingNothingIsACandidate() {
    Choice c = optimizer.minExpectedCost(new int[] {1, 0, 1}, new double[] {0.5, 0.9, 0.2}, 100, 1);
    assertEquals(Double.POSITIVE_INFINITY, c.threshold());
    assertEquals(2.0, c.value(), TOL);
    assertThrows(IllegalArgumentException.class, () -> optimizer.maxFBeta(Y, S, 0.0));
  }
}
