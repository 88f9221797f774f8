package mlgrader.cli;

import mlgrader.catalog.TempTree;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mlgrader.catalog.Challenge;
import mlgrader.grading.Engine;
import mlgrader.grading.PreparedChallenge;
import mlgrader.validation.MavenProject;
import mlgrader.validation.MutationRun;
import mlgrader.validation.MutationRun.Mutation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader mutation-score <id>}: how strong a hidden suite is, by mutation testing its reference with PIT. */
@Command(name = "mutation-score", mixinStandardHelpOptions = true,
    description = "Mutation-test a challenge's reference against its hidden suite with PIT and report the score; "
        + "survivors argued equivalent in mutants/EQUIVALENT.md (as 'File.java:LINE Mutator') do not count against it.")
final class MutationScoreCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(paramLabel = "ID", description = "The challenge id.")
  String id;

  @Option(names = "--threshold", defaultValue = "85", description = "Minimum score in percent (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--threads", defaultValue = "2", description = "PIT worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--keep", description = "Keep the generated project (and PIT's HTML report) and print where it is.")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    Engine engine = catalogOption.engine(parent.environment());
    Challenge challenge = engine.catalog().require(id);
    PreparedChallenge prepared = engine.prepare(challenge);
    Path project = Files.createTempDirectory("mlgrader-pit-" + id + "-");
    MavenProject.write(challenge, engine.read(prepared, challenge.hiddenDir().resolve("reference")), engine.catalog().repoSkeleton(),
        BenchCommand.ownJar(), project, MutationRun.plugin(challenge, threads));
    PrintWriter out = parent.spec.commandLine().getOut();
    out.println("running PIT " + MutationRun.PIT_VERSION + " on " + id + " (a few minutes) …");
    out.flush();
    Process mvn = new ProcessBuilder("mvn", "-q", "-B", "test-compile", "org.pitest:pitest-maven:mutationCoverage")
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(project.resolve("pit.log").toFile()).start();
    int status = mvn.waitFor();
    Path xml = project.resolve("target/pit-reports/mutations.xml");
    if (status != 0 || !Files.isRegularFile(xml)) {
      throw new BadInputException("PIT failed (exit " + status + "); see " + project.resolve("pit.log"));
    }
    List<Mutation> mutations = MutationRun.read(xml);
    List<Mutation> survivors = mutations.stream().filter(m -> !m.detected()).toList();
    List<Mutation> open = MutationRun.unjustified(survivors, challenge.hiddenDir().resolve("mutants/EQUIVALENT.md"));
    long detected = mutations.size() - survivors.size();
    double score = mutations.isEmpty() ? 0 : 100.0 * detected / mutations.size();
    double adjusted = mutations.isEmpty() ? 0 : 100.0 * (mutations.size() - open.size()) / mutations.size();
    out.printf(Locale.ROOT, "%s: mutation score %.1f %% (%d of %d detected); %d survivors, %d argued equivalent; "
        + "score counting equivalents as detected %.1f %%%n", id, score, detected, mutations.size(), survivors.size(),
        survivors.size() - open.size(), adjusted);
    for (Mutation m : open) {
      out.println("  survived: " + m.id() + " in " + m.method() + ": " + m.description());
    }
    if (keep) {
      out.println("project and PIT report: " + project);
    } else {
      TempTree.delete(project);
    }
    out.flush();
    return adjusted >= threshold ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
  }
}
