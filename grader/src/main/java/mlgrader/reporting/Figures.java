package mlgrader.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import mlgrader.report.Outcome;
import mlgrader.report.TestStatus;

/** How numbers, outcomes, verdicts and long texts read in reports: locale-independent, two decimals at most. */
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

  /** Seconds with three decimals, as JUnit XML and Gradescope want them: {@code 0.012}. */
  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
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

  /** A short lower-case outcome. */
  static String outcome(Outcome outcome) {
    return switch (outcome) {
      case GRADED -> "graded";
      case COMPILATION_FAILED -> "does not compile";
      case API_MISMATCH -> "API mismatch";
      case POLICY_VIOLATION -> "policy violation";
      case INVALID_SUBMISSION -> "invalid submission";
      case NOT_ATTEMPTED -> "not attempted";
    };
  }

  /** The text cut to at most {@code limit} characters, with a marker when it was cut; null stays null. */
  static String cap(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, Math.max(0, limit - 14)) + "… [truncated]";
  }

  /** The first 12 hex digits of a hash, enough to tell reports apart by eye. */
  static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}
