package mlgrader.report;

/** What became of one expected test. */
public enum TestStatus {
  PASSED,
  /** An assertion failed. */
  FAILED,
  /** The code under test threw something other than an assertion failure. */
  ERRORED,
  /** It ran past its time limit. */
  TIMED_OUT,
  /** The test JVM died while running it (out of memory, crash). */
  CRASHED,
  /** No result arrived: the run stopped before it, or it was never reached. Scores 0. */
  NOT_RUN
}
