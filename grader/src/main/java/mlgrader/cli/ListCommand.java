package mlgrader.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mlgrader.assessment.AssessmentLoader;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.ChallengeSpec;
import mlgrader.report.AssessmentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code grader list}: the catalogue, one challenge a line, then its assessments. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the challenges of the catalogue, then its assessments (for 'grader grade --assessment').")
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
    listAssessments(catalog, out);
    out.flush();
    return ExitCode.OK;
  }

  private static void listAssessments(Catalog catalog, PrintWriter out) {
    List<String> names = AssessmentLoader.names(catalog);
    if (names.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "%n%-32s %-20s %s%n", "ASSESSMENT", "CHALLENGES", "TITLE");
    for (String name : names) {
      try {
        AssessmentInfo a = AssessmentLoader.load(catalog, name);
        out.printf(Locale.ROOT, "%-32s %-20s %s%n", name, a.challenges().size() + (a.timeLimitMinutes() == null ? "" : ", " + a.timeLimitMinutes() + " min"),
            a.title());
      } catch (CatalogException e) {
        out.printf(Locale.ROOT, "%-32s %-20s %s%n", name, "-", "invalid: " + e.getMessage());
      }
    }
  }
}
