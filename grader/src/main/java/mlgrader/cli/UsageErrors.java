package mlgrader.cli;

import picocli.CommandLine;

/** Prints a wrong command line's problem and the command's usage, and exits with {@link ExitCode#USAGE}. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("grader: " + e.getMessage());
    cli.getErr().println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCode.USAGE;
  }
}
