package mlgrader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mlgrader.cohort.CohortLayout;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader merge}: combines the output folders of sharded {@code grade-all} runs into one cohort. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge the --out-dir folders of sharded grade-all runs into one cohort (the same as an unsharded run).")
final class MergeCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "Output folders of the shards.")
  List<Path> shards = new ArrayList<>();

  @Option(names = "--out-dir", paramLabel = "DIR", required = true, description = "The merged cohort folder.")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    Path target = parent.environment().resolve(outDir);
    CohortLayout merged = new CohortLayout(target, List.of(), Audience.REVIEWER);
    for (Path shard : shards) {
      Path candidates = parent.environment().resolve(shard).resolve("candidates");
      if (!Files.isDirectory(candidates)) {
        throw new BadInputException(shard + " is not a grade-all output folder (no candidates/)");
      }
      try (var dirs = Files.list(candidates)) {
        for (Path candidate : dirs.sorted().toList()) {
          Path to = merged.candidateDir(candidate.getFileName().toString());
          if (Files.exists(to) && !sameFolder(candidate, to)) {
            throw new BadInputException("candidate " + candidate.getFileName() + " appears in two shards with different results");
          }
          copyFolder(candidate, to);
        }
      }
    }
    List<Report> reports = merged.readAll();
    merged.writeCohort(reports);
    PrintWriter out = parent.spec.commandLine().getOut();
    out.println("merged " + reports.size() + " candidates from " + shards.size() + " shards into " + target);
    out.flush();
    return ExitCode.OK;
  }

  private static boolean sameFolder(Path a, Path b) throws java.io.IOException {
    Path report = Path.of(mlgrader.cohort.CohortGrader.REPORT);
    return Files.mismatch(a.resolve(report), b.resolve(report)) == -1;
  }

  private static void copyFolder(Path from, Path to) throws java.io.IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
