package mlgrader.report;

import java.util.Objects;

/**
 * A compiler message on a candidate's file.
 *
 * @param severity "error" or "warning"
 * @param file the path relative to the submission root, e.g. {@code challenge/gradclip/GradientClipperImpl.java}
 * @param line 1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param message javac's message
 */
public record Diagnostic(String severity, String file, long line, long column, String message) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: severity: message}, the form editors and CI annotate. */
  public String render() {
    return file + ":" + line + ":" + column + ": " + severity + ": " + message;
  }
}
