package mlgrader.report;

/** Whether the candidate has a test. */
public enum Visibility {
  /** Shipped in the starter; the candidate can run it. */
  PUBLIC,
  /** Kept with the grader; the candidate sees only its name and verdict. */
  HIDDEN
}
