package mlgrader.report;

import java.util.Objects;

/**
 * Something the grader noticed about a submission besides test verdicts.
 *
 * @param kind what sort of finding
 * @param location where (a class and method, a file), or "" when not tied to a place
 * @param message what, and why it matters; safe to show anyone
 * @param detail evidence for reviewers only (a hidden test's error, the JVM's last words), or null
 */
public record Finding(Kind kind, String location, String message, String detail) {

  /** The sort of finding. */
  public enum Kind {
    /** A required class, constructor or method is missing or has the wrong shape. */
    API,
    /** The bytecode uses something the challenge does not allow. */
    POLICY,
    /** A given file (test, API, pom, workflow) was changed or removed; the trusted copy was used. */
    TAMPER,
    /** Something about the submission's files (ignored files, odd names, limits). */
    INPUT,
    /** The test run itself: time limits, crashes, restarts, isolation. */
    SANDBOX
  }

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** A finding with nothing reviewer-only to add. */
  public Finding(Kind kind, String location, String message) {
    this(kind, location, message, null);
  }

  /** This finding without its reviewer-only detail. */
  public Finding redacted() {
    return detail == null ? this : new Finding(kind, location, message, null);
  }
}
