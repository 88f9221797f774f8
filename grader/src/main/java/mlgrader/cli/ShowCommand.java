package mlgrader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mlgrader.catalog.Challenge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader show <id>}: the candidate-facing statement. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a challenge's statement.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(paramLabel = "ID", description = "The challenge id (see 'grader list').")
  String id;

  @Override
  public Integer call() throws Exception {
    Challenge challenge = catalogOption.load(parent.environment()).require(id);
    PrintWriter out = parent.spec.commandLine().getOut();
    out.print(challenge.statement());
    out.flush();
    return ExitCode.OK;
  }
}
