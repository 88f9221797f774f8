package mlgrader.cli;

/** A command's input is wrong in a way the user can fix (exit code {@link ExitCode#BAD_INPUT}). */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
