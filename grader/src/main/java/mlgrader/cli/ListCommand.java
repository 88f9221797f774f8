package mlgrader.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.ChallengeSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code grader list}: the catalogue, one challenge a line. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the challenges of the catalogue.")
final class ListCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() throws Exception {
    Catalog catalog = catalogOption.load(parent.environment());
    PrintWriter out = parent.spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-32s %-9s %-10s %s%n", "ID", "SECTION", "DIFFICULTY", "TITLE");
    for (Challenge c : catalog.challenges()) {
      ChallengeSpec s = c.spec();
      out.printf(Locale.ROOT, "%-32s %-9s %-10s %s%n", s.id(), "S" + s.section() + " " + String.join(",", s.questions()).replace("S", ""),
          "*".repeat(s.difficulty()), s.title());
    }
    out.flush();
    return ExitCode.OK;
  }
}
