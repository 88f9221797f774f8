package mlgrader.report;

/** How far a submission got through the pipeline for one challenge. */
public enum Outcome {
  /** Tests ran; the score reflects them. */
  GRADED,
  /** The candidate's sources did not compile; diagnostics say where. */
  COMPILATION_FAILED,
  /** It compiled but lacks a class, constructor or method the challenge requires. */
  API_MISMATCH,
  /** It uses an API the challenge does not allow; findings say where. */
  POLICY_VIOLATION,
  /** The submission itself could not be read (no sources, unreadable or hostile input). */
  INVALID_SUBMISSION,
  /** Part of an assessment, but the submission holds no answer to it (no sources, or the untouched stub): 0 points. */
  NOT_ATTEMPTED;

  /** Whether the submission was turned away before its tests could run (it did not compile, conform, obey or read). */
  public boolean rejected() {
    return this != GRADED && this != NOT_ATTEMPTED;
  }
}
