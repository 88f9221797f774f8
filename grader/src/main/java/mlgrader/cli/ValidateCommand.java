package mlgrader.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mlgrader.catalog.Challenge;
import mlgrader.grading.Engine;
import mlgrader.validation.CatalogValidator;
import mlgrader.validation.ChallengeValidation;
import mlgrader.validation.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader validate [<id>…]}: proves challenges sound with the grader itself. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check challenges: the reference scores 100 %%, every mutant scores less and fails where expected, "
        + "alternatives score 100 %%, the starter compiles and scores 0, the candidate bundle holds nothing hidden, "
        + "grading is repeatable.")
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Challenge ids (default: all).")
  List<String> ids = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Engine engine = catalogOption.engine(parent.environment());
    List<Challenge> challenges = new ArrayList<>();
    if (ids.isEmpty()) {
      challenges.addAll(engine.catalog().challenges());
    } else {
      for (String id : ids) {
        challenges.add(engine.catalog().require(id));
      }
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    CatalogValidator validator = new CatalogValidator(engine);
    boolean allPassed = true;
    for (Challenge c : challenges) {
      ChallengeValidation v = validator.validate(c);
      allPassed &= v.passed();
      out.println((v.passed() ? "PASS " : "FAIL ") + c.id());
      for (Check check : v.checks()) {
        out.println("  " + (check.passed() ? "ok   " : "FAIL ") + check.name() + " — " + check.detail());
      }
      out.flush();
    }
    out.println(allPassed ? "all " + challenges.size() + " challenges valid" : "validation failed");
    out.flush();
    return allPassed ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
  }
}
