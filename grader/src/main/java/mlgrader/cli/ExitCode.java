package mlgrader.cli;

/** The documented exit codes of every {@code grader} command (also listed in the README). */
public final class ExitCode {

  /** The command did its job (a submission was graded, whatever its score). */
  public static final int OK = 0;
  /** Graded, but the score is below {@code --fail-under}; or validation found a problem. */
  public static final int BELOW_THRESHOLD = 1;
  /** The command line is wrong (unknown command or option, missing argument). */
  public static final int USAGE = 2;
  /** The input is wrong: no such file or challenge, unreadable or hostile submission, broken catalogue. */
  public static final int BAD_INPUT = 3;
  /** The grader itself failed; please report it. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
