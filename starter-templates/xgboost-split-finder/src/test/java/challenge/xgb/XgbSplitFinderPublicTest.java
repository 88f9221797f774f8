package challenge.xgb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.xgb.XgbSplitFinder.GradPair;
import challenge.xgb.XgbSplitFinder.Split;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class XgbSplitFinderPublicTest {

  private static final double TOL = 1e-12;
  private static final double NAN = Double.NaN;

  /** The statement's example: five rows, two features, two missing values in feature 1. */
  private static final double[][] X = {{1, 0.5}, {2, NAN}, {3, 1.5}, {4, NAN}, {5, 2.5}};

  private static final double[] G = {-1.5, -1.0, 0.5, -1.0, 2.0};
  private static final double[] H = {1, 1, 1, 1, 1};

  private final XgbSplitFinder finder = new XgbSplitFinderImpl();

  @Test
  void statementExampleBestSplitSendsMissingLeft() {
    Optional<Split> result = finder.bestSplit(X, G, H, 1.0, 0.0, 0.0);
    assertTrue(result.isPresent());
    Split s = result.get();
    assertEquals(1, s.feature());
    assertEquals(1.0, s.threshold(), TOL);
    assertTrue(s.missingGoesLeft());
    assertEquals(239.0 / 48, s.gain(), TOL); // 4.979166…
    assertEquals(0.875, s.leftWeight(), TOL);
    assertEquals(-5.0 / 6, s.rightWeight(), TOL);
  }

  @Test
  void statementExampleCandidateGains() {
    // feature 0, threshold 4.5: left rows 0–3 (G = −3, H = 4), right row 4 (G = 2, H = 1)
    assertEquals(9.0 / 5 + 4.0 / 2 - 1.0 / 6, finder.splitGain(-3, 4, 2, 1, 1.0), TOL);
    assertEquals(0.6, finder.leafWeight(-3, 4, 1.0), TOL);
  }

  @Test
  void gammaAboveTheBestGainOrLargeMinChildWeightLeavesNoSplit() {
    assertFalse(finder.bestSplit(X, G, H, 1.0, 5.0, 0.0).isPresent());
    assertFalse(finder.bestSplit(X, G, H, 1.0, 0.0, 3.0).isPresent());
  }

  @Test
  void gradientsOfBothLosses() {
    GradPair se = finder.squaredErrorGradients(new double[] {3.0, -1.0}, new double[] {2.5, 0.5});
    assertArrayEquals(new double[] {-0.5, 1.5}, se.g(), TOL);
    assertArrayEquals(new double[] {1, 1}, se.h(), TOL);
    GradPair lg = finder.logisticGradients(new int[] {1, 0}, new double[] {0.0, 0.0});
    assertArrayEquals(new double[] {-0.5, 0.5}, lg.g(), TOL);
    assertArrayEquals(new double[] {0.25, 0.25}, lg.h(), TOL);
  }

  @Test
  void infiniteFeatureValueIsRejected() {
    double[][] x = {{1}, {Double.POSITIVE_INFINITY}};
    assertThrows(
        IllegalArgumentException.class,
        () -> finder.bestSplit(x, new double[] {1, -1}, new double[] {1, 1}, 1.0, 0.0, 0.0));
  }
}
