package mlgrader.cli;

import mlgrader.grading.GraderVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root {@code grader} command: only a list of subcommands. */
@Command(
    name = "grader",
    mixinStandardHelpOptions = true,
    versionProvider = GraderCommand.Version.class,
    description = "Grades machine-learning coding challenges with hidden JUnit suites.",
    subcommands = {
      ListCommand.class,
      ShowCommand.class,
      InitCommand.class,
      TestCommand.class,
      GradeCommand.class,
      ValidateCommand.class,
      VerifyCommand.class,
      KeygenCommand.class,
      GradeAllCommand.class,
      MergeCommand.class,
      BenchCommand.class,
      MutationScoreCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done (graded, whatever the score)",
      "  1  score below --fail-under; public tests failing; validation or verify failed",
      "  2  wrong command line",
      "  3  bad input: missing file or challenge, unreadable submission, broken catalogue",
      "  4  internal error"
    })
final class GraderCommand implements Runnable {

  private final Environment environment;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  GraderCommand(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Reports the grader's version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ml-grader " + GraderVersion.current()};
    }
  }
}
