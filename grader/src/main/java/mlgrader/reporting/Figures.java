package mlgrader.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import mlgrader.report.TestStatus;

/** How numbers and verdicts read in human-facing reports: locale-independent, two decimals at most. */
final class Figures {

  private Figures() {}

  /** {@code 8.75}, {@code 35}, {@code 0.5}: at most two decimals, no trailing zeros. */
  static String points(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** {@code 1.2 s} or {@code 340 ms}. */
  static String duration(long millis) {
    return millis >= 1000 ? points(millis / 1000.0) + " s" : millis + " ms";
  }

  /** A short lower-case verdict. */
  static String verdict(TestStatus status) {
    return switch (status) {
      case PASSED -> "passed";
      case FAILED -> "failed";
      case ERRORED -> "error";
      case TIMED_OUT -> "timed out";
      case CRASHED -> "crashed";
      case NOT_RUN -> "not run";
    };
  }

  /** The first 12 hex digits of a hash, enough to tell reports apart by eye. */
  static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}
