package mlgrader.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mlgrader.validation.MavenProject;
import mlgrader.benchmark.CommandTimer;
import mlgrader.benchmark.Timings;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.TempTree;
import mlgrader.grading.Engine;
import mlgrader.grading.PreparedChallenge;
import mlgrader.submission.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code grader bench}: times a cold {@code grader grade} against {@code mvn -o -q test} running the same public
 * and hidden tests on the same submission, runs interleaved, and prints medians and their ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark 'grader grade' against 'mvn -o -q test' on the same tests and submission (median of --runs).")
final class BenchCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(paramLabel = "SUBMISSION", description = "Folder, .zip or candidate repository.")
  Path submission;

  @Option(names = {"-c", "--challenge"}, paramLabel = "ID", required = true, description = "The challenge id.")
  String challengeId;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each command (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws Exception {
    if (runs < 1 || runs > 100) {
      throw new BadInputException("--runs must be 1..100");
    }
    Path jar = ownJar();
    Engine engine = catalogOption.engine(parent.environment());
    Challenge challenge = engine.catalog().require(challengeId);
    PreparedChallenge prepared = engine.prepare(challenge);
    Path input = parent.environment().resolve(submission);
    Submission s = engine.read(prepared, input);
    PrintWriter out = parent.spec.commandLine().getOut();
    Path work = Files.createTempDirectory("mlgrader-bench");
    try {
      Path template = work.resolve("template");
      MavenProject.write(challenge, s, engine.catalog().repoSkeleton(), jar, template);

      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> grade = List.of(java, "-jar", jar.toString(), "grade", input.toString(), "-c", challengeId,
          "--catalog", engine.catalog().root().toString(), "--format", "json", "--out", work.resolve("report.json").toString());
      List<Integer> anyVerdict = List.of(0, 1);
      out.println("warming up (the first Maven run may download plugins) …");
      out.flush();
      Path warm = copy(template, work.resolve("warm"));
      CommandTimer.time(List.of("mvn", "-q", "test"), warm, anyVerdict);
      CommandTimer.time(grade, work, List.of(0));

      Timings graderRuns = new Timings("grader grade (cold CLI)");
      Timings mvnFresh = new Timings("mvn -o -q test (fresh checkout)");
      Timings mvnIncremental = new Timings("mvn -o -q test (nothing changed)");
      for (int i = 0; i < runs; i++) {
        Path copy = copy(template, work.resolve("run" + i));
        mvnFresh.add(CommandTimer.time(List.of("mvn", "-o", "-q", "test"), copy, anyVerdict));
        mvnIncremental.add(CommandTimer.time(List.of("mvn", "-o", "-q", "test"), copy, anyVerdict));
        graderRuns.add(CommandTimer.time(grade, work, List.of(0)));
        out.printf(Locale.ROOT, "run %d/%d done%n", i + 1, runs);
        out.flush();
      }
      out.printf(Locale.ROOT, "%nchallenge %s, submission %s, %d runs each, %d cores, isolation %s%n", challengeId,
          s.label(), runs, Runtime.getRuntime().availableProcessors(), engine.sandbox().level().label());
      for (Timings t : List.of(graderRuns, mvnFresh, mvnIncremental)) {
        out.printf(Locale.ROOT, "  %-36s median %6.0f ms  (min %d, max %d)%n", t.name(), t.median(), t.min(), t.max());
      }
      out.printf(Locale.ROOT, "ratio grader / mvn fresh: %.2f   grader / mvn incremental: %.2f%n",
          graderRuns.median() / mvnFresh.median(), graderRuns.median() / mvnIncremental.median());
      out.flush();
    } finally {
      TempTree.delete(work);
    }
    return ExitCode.OK;
  }

  private static Path copy(Path from, Path to) throws java.io.IOException {
    List<Path> files;
    try (var walk = Files.walk(from)) {
      files = walk.toList();
    }
    for (Path p : files) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
    return to;
  }

  static Path ownJar() throws BadInputException {
    try {
      Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(p)) {
        throw new BadInputException("bench times the packaged grader: run it as 'java -jar grader/target/grader.jar bench …'");
      }
      return p;
    } catch (URISyntaxException e) {
      throw new BadInputException("cannot locate the grader jar: " + e.getMessage());
    }
  }
}
