package mlgrader.grading;

/** Which tests a grading run executes. */
public enum GradingMode {
  /** Public and hidden tests: the real grade. */
  FULL,
  /** Public tests only: what a candidate runs locally ({@code grader test}). */
  PUBLIC_ONLY
}
