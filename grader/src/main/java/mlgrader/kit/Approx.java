package mlgrader.kit;

import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/**
 * Tolerance assertions for doubles, vectors and matrices that reject NaN and infinities unless expected,
 * and report the worst element with its absolute and relative error.
 *
 * <p>The usual {@code !(|a−e| > tol)} check passes for NaN; these never do.
 */
public final class Approx {

  private Approx() {}

  /** Fails unless {@code actual} is within {@code tolerance} of {@code expected}. */
  public static void assertClose(double expected, double actual, Tolerance tolerance, String what) {
    if (!tolerance.accepts(expected, actual)) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT,
              "%s: expected %s but was %s (abs error %.3g, rel error %.3g, tolerance %s)",
              what,
              expected,
              actual,
              absError(expected, actual),
              relError(expected, actual),
              tolerance),
          expected,
          actual);
    }
  }

  /** Fails unless both vectors have the same length and every element is within tolerance. */
  public static void assertClose(double[] expected, double[] actual, Tolerance tolerance, String what) {
    requireNotNull(actual, what);
    if (expected.length != actual.length) {
      throw new AssertionFailedError(
          what + ": expected length " + expected.length + " but was " + actual.length);
    }
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < expected.length; i++) {
      double excess = excess(expected[i], actual[i], tolerance);
      if (excess > worstExcess) {
        worstExcess = excess;
        worst = i;
      }
    }
    if (worst >= 0) {
      fail(what + "[" + worst + "]", expected[worst], actual[worst], tolerance, countBad(expected, actual, tolerance), expected.length);
    }
  }

  /** Fails unless both matrices have the same shape (rows may be ragged) and every element is within tolerance. */
  public static void assertClose(double[][] expected, double[][] actual, Tolerance tolerance, String what) {
    requireNotNull(actual, what);
    if (expected.length != actual.length) {
      throw new AssertionFailedError(what + ": expected " + expected.length + " rows but was " + actual.length);
    }
    for (int i = 0; i < expected.length; i++) {
      assertClose(expected[i], actual[i], tolerance, what + "[" + i + "]");
    }
  }

  /** Fails if any element is NaN or infinite. */
  public static void assertAllFinite(double[] actual, String what) {
    requireNotNull(actual, what);
    for (int i = 0; i < actual.length; i++) {
      if (!Double.isFinite(actual[i])) {
        throw new AssertionFailedError(what + "[" + i + "] is not finite: " + actual[i]);
      }
    }
  }

  /** Fails if any element is NaN or infinite. */
  public static void assertAllFinite(double[][] actual, String what) {
    requireNotNull(actual, what);
    for (int i = 0; i < actual.length; i++) {
      assertAllFinite(actual[i], what + "[" + i + "]");
    }
  }

  /** Fails if {@code actual} is NaN or infinite. */
  public static void assertFinite(double actual, String what) {
    if (!Double.isFinite(actual)) {
      throw new AssertionFailedError(what + " is not finite: " + actual);
    }
  }

  private static void requireNotNull(Object actual, String what) {
    if (actual == null) {
      throw new AssertionFailedError(what + ": expected a value but was null");
    }
  }

  /** How far past the allowance an element is; positive means rejected. */
  private static double excess(double expected, double actual, Tolerance tolerance) {
    if (tolerance.accepts(expected, actual)) {
      return 0;
    }
    double diff = Math.abs(actual - expected);
    return Double.isNaN(diff) ? Double.POSITIVE_INFINITY : Math.max(Double.MIN_VALUE, diff - tolerance.allowance(expected));
  }

  private static int countBad(double[] expected, double[] actual, Tolerance tolerance) {
    int bad = 0;
    for (int i = 0; i < expected.length; i++) {
      if (!tolerance.accepts(expected[i], actual[i])) {
        bad++;
      }
    }
    return bad;
  }

  private static void fail(String what, double expected, double actual, Tolerance tolerance, int bad, int total) {
    throw new AssertionFailedError(
        String.format(
            Locale.ROOT,
            "%s: expected %s but was %s (abs error %.3g, rel error %.3g, tolerance %s; %d of %d elements out of tolerance)",
            what,
            expected,
            actual,
            absError(expected, actual),
            relError(expected, actual),
            tolerance,
            bad,
            total),
        expected,
        actual);
  }

  static double absError(double expected, double actual) {
    return Math.abs(actual - expected);
  }

  static double relError(double expected, double actual) {
    double abs = Math.abs(actual - expected);
    return abs == 0 ? 0 : abs / Math.max(Math.abs(expected), Double.MIN_NORMAL);
  }
}
