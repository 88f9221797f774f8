package mlgrader.cli;

import java.io.IOException;
import mlgrader.catalog.CatalogException;
import mlgrader.submission.SubmissionException;
import picocli.CommandLine;

/**
 * Turns an exception that escaped a command into one clear line and the matching exit code; a stack trace is
 * printed only when {@code MLGRADER_DEBUG} is set.
 */
final class FailureMessages implements CommandLine.IExecutionExceptionHandler {

  private final Environment environment;

  FailureMessages(Environment environment) {
    this.environment = environment;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    int code;
    String message;
    if (e instanceof CatalogException || e instanceof SubmissionException || e instanceof BadInputException) {
      code = ExitCode.BAD_INPUT;
      message = e.getMessage();
    } else if (e instanceof IOException) {
      code = ExitCode.BAD_INPUT;
      message = e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage();
    } else {
      code = ExitCode.INTERNAL;
      message = "internal error: " + e + " (please report it; set MLGRADER_DEBUG=1 for the stack trace)";
    }
    cli.getErr().println("grader: " + message);
    if (environment.variables().containsKey("MLGRADER_DEBUG")) {
      e.printStackTrace(cli.getErr());
    }
    return code;
  }
}
