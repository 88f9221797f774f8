package mlgrader.submission;

/** The submission cannot be read at all (missing, not a folder or zip, broken, too large, hostile). */
public final class SubmissionException extends Exception {
  private static final long serialVersionUID = 1L;

  public SubmissionException(String message) {
    super(message);
  }

  public SubmissionException(String message, Throwable cause) {
    super(message, cause);
  }
}
