package mlgrader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.CandidateRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader init <id> <dir>}: a ready candidate repository. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a candidate repository for a challenge: statement, API, stub, public tests, pom.xml and CI workflow. It holds nothing hidden.")
final class InitCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(index = "0", paramLabel = "ID", description = "The challenge id (see 'grader list').")
  String id;

  @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty folder.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Catalog catalog = catalogOption.load(parent.environment());
    Challenge challenge = catalog.require(id);
    Path target = parent.environment().resolve(dir);
    try {
      CandidateRepository.of(challenge).write(target);
    } catch (java.io.IOException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    out.println("Created " + target + " for " + challenge.id() + ": " + challenge.spec().title());
    out.println("Next: read README.md, edit src/main/java/" + challenge.spec().packagePath() + "/" + challenge.spec().editable().get(0)
        + ", then run 'mvn -q test' or 'grader test " + dir + "'.");
    out.flush();
    return ExitCode.OK;
  }
}
