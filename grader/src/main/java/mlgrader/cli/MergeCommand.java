package mlgrader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mlgrader.cohort.CohortFiles;
import mlgrader.cohort.CohortGrader;
import mlgrader.cohort.CohortLayout;
import mlgrader.cohort.SourceSnapshot;
import mlgrader.report.Audience;
import mlgrader.similarity.SimilarityFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code grader merge}: combines the output folders of sharded {@code grade-all} runs into one cohort, and computes
 * the cohort-level files (table, page, similarity over everyone) as a single run would.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge the --out-dir folders of sharded grade-all runs into one cohort: the same cohort.csv, cohort.html "
        + "and similarity.json as an unsharded run (similarity is checked over the merged cohort).",
        "Needs neither the submissions nor the catalogue: each shard keeps its candidates' sources and the base code."})
final class MergeCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "Output folders of the shards.")
  List<Path> shards = new ArrayList<>();

  @Option(names = "--out-dir", paramLabel = "DIR", required = true, description = "The merged cohort folder.")
  Path outDir;

  @Mixin
  SimilarityOptions similarity;

  @Override
  public Integer call() throws Exception {
    SimilarityFinder finder = similarity.finder();
    Path target = parent.environment().resolve(outDir);
    CohortLayout merged = new CohortLayout(target, List.of(), Audience.REVIEWER);
    SourceSnapshot baseCode = null;
    for (Path shard : shards) {
      Path shardDir = parent.environment().resolve(shard);
      Path candidates = shardDir.resolve("candidates");
      if (!Files.isDirectory(candidates) && !Files.isRegularFile(shardDir.resolve(CohortLayout.BASE_CODE))) {
        throw new BadInputException(shard + " is not a grade-all output folder (no candidates/ and no " + CohortLayout.BASE_CODE + ")");
      }
      baseCode = sameBaseCode(baseCode, new CohortLayout(shardDir, List.of(), Audience.REVIEWER).readBaseCode(), shard);
      if (!Files.isDirectory(candidates)) {
        continue; // a shard that drew no candidate (an artifact upload drops its empty candidates/ folder)
      }
      try (var dirs = Files.list(candidates)) {
        for (Path candidate : dirs.filter(Files::isDirectory).sorted().toList()) {
          Path to = merged.candidateDir(candidate.getFileName().toString());
          if (Files.exists(to) && !sameFolder(candidate, to)) {
            throw new BadInputException("candidate " + candidate.getFileName() + " appears in two shards with different results");
          }
          copyFolder(candidate, to);
        }
      }
    }
    merged.writeBaseCode(baseCode);
    long start = System.nanoTime();
    CohortFiles.Written written = CohortFiles.write(merged, finder);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = parent.spec.commandLine().getOut();
    out.println("merged " + written.reports().size() + " candidates from " + shards.size() + " shards into " + target);
    out.println(CohortSummaryLines.similarity(written.similarity(), seconds));
    out.flush();
    return ExitCode.OK;
  }

  /** The shards' common base code: every shard graded the same challenges from the same starters, or merging is wrong. */
  private static SourceSnapshot sameBaseCode(SourceSnapshot sofar, SourceSnapshot shard, Path where) throws BadInputException {
    if (sofar == null || sofar.challenges().isEmpty()) {
      return shard;
    }
    if (!shard.challenges().isEmpty() && !shard.equals(sofar)) {
      throw new BadInputException(where + " was graded from other starters (base-code.json differs): merge only shards of one run");
    }
    return sofar;
  }

  private static boolean sameFolder(Path a, Path b) throws java.io.IOException {
    Path report = Path.of(CohortGrader.REPORT);
    return Files.mismatch(a.resolve(report), b.resolve(report)) == -1;
  }

  private static void copyFolder(Path from, Path to) throws java.io.IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tmp")).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
