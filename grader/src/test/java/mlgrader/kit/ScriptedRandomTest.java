package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

class ScriptedRandomTest {

  @Test
  void returnsTheScriptInOrderAndCountsTheCalls() {
    ScriptedRandom r = ScriptedRandom.ofDoubles(0.25, 0.0, 0.999);
    assertEquals(0, r.calls());
    double[] drawn = {r.nextDouble(), r.nextDouble(), r.nextDouble()};
    assertArrayEquals(new double[] {0.25, 0.0, 0.999}, drawn);
    assertEquals(3, r.calls());
    assertDoesNotThrow(() -> r.assertCalls(3));
  }

  @Test
  void keepsItsOwnCopyOfTheScript() {
    double[] script = {0.5, 0.5};
    ScriptedRandom r = ScriptedRandom.ofDoubles(script);
    script[0] = 0.9;
    assertEquals(0.5, r.nextDouble());
  }

  @Test
  void failsOnADrawPastTheEndOfTheScript() {
    ScriptedRandom r = ScriptedRandom.ofDoubles(0.1, 0.2);
    r.nextDouble();
    r.nextDouble();
    AssertionFailedError e = assertThrows(AssertionFailedError.class, r::nextDouble);
    assertTrue(e.getMessage().contains("(2)"), e.getMessage());
    assertEquals(2, r.calls());
  }

  @Test
  void assertCallsFailsOnTooFewOrTooManyDraws() {
    ScriptedRandom r = ScriptedRandom.ofDoubles(0.1, 0.2, 0.3);
    r.nextDouble();
    assertThrows(AssertionFailedError.class, () -> r.assertCalls(2));
    assertThrows(AssertionFailedError.class, () -> r.assertCalls(0));
  }

  @Test
  void failsOnEveryOtherKindOfDrawWithoutConsumingTheScript() {
    ScriptedRandom r = ScriptedRandom.ofDoubles(0.5);
    RandomGenerator g = r;
    List<Executable> others =
        List.of(
            g::nextInt,
            () -> g.nextInt(10),
            () -> g.nextInt(1, 10),
            g::nextLong,
            () -> g.nextLong(10),
            g::nextBoolean,
            g::nextFloat,
            g::nextGaussian,
            () -> g.nextGaussian(0, 1),
            g::nextExponential,
            () -> g.nextDouble(1.0),
            () -> g.nextDouble(0.0, 1.0),
            () -> g.nextBytes(new byte[4]));
    for (Executable draw : others) {
      assertThrows(AssertionFailedError.class, draw);
    }
    assertEquals(0, r.calls());
    assertEquals(0.5, r.nextDouble());
  }

  @Test
  void rejectsScriptedValuesOutsideTheUnitInterval() {
    for (double bad : new double[] {-0.1, 1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ScriptedRandom.ofDoubles(0.5, bad));
      assertTrue(e.getMessage().contains("[0, 1)"), e.getMessage());
    }
  }
}
