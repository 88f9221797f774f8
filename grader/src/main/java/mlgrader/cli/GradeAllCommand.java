package mlgrader.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import mlgrader.assessment.AssessmentLoader;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.SourceFile;
import mlgrader.cohort.CandidateInput;
import mlgrader.cohort.CohortFiles;
import mlgrader.cohort.CohortGrader;
import mlgrader.cohort.CohortLayout;
import mlgrader.cohort.ProgressSink;
import mlgrader.cohort.Shard;
import mlgrader.cohort.SourceSnapshot;
import mlgrader.grading.Engine;
import mlgrader.grading.PreparedChallenge;
import mlgrader.report.AssessmentInfo;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.reporting.ReportFormat;
import mlgrader.similarity.SimilarityFinder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader grade-all <dir>}: a whole cohort in one warm parent, in parallel, resumable and shardable. */
@Command(name = "grade-all", mixinStandardHelpOptions = true,
    description = {"Grade every submission (sub-folder or .zip) of a folder in one warm parent: per-candidate reports, "
        + "a cohort table (cohort.csv), a cohort page (cohort.html) and a similarity check (similarity.json).",
        "Interrupted runs resume with --resume; --shard i/n grades a deterministic share, and 'grader merge' combines shards."})
final class GradeAllCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(paramLabel = "DIR", description = "A folder with one sub-folder or .zip per candidate.")
  Path dir;

  @ArgGroup(multiplicity = "1")
  What what;

  /** Challenges, or one assessment. */
  static final class What {
    @Option(names = {"-c", "--challenge"}, paramLabel = "ID", required = true,
        description = "Challenge to grade (repeat for several; each is read from its own package in every submission).")
    List<String> challengeIds;

    @Option(names = {"-a", "--assessment"}, paramLabel = "NAME", required = true,
        description = "Grade every candidate's folder on an assessment (challenges/assessments/NAME.json), as 'grade --assessment' does.")
    String assessment;
  }

  @Option(names = "--out-dir", paramLabel = "DIR", required = true, description = "Where reports go: candidates/<id>/…, cohort.csv, cohort.html, similarity.json.")
  Path outDir;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "2", description = "Submissions graded at once (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "json",
      description = "Per-candidate formats besides the canonical report.json, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> formats = new ArrayList<>();

  @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "reviewer",
      description = "Audience of the extra formats (default: ${DEFAULT-VALUE}); report.json is always the reviewer's.")
  Audience audience;

  @Option(names = "--resume", description = "Keep every candidate already graded in --out-dir; grade only the rest.")
  boolean resume;

  @Option(names = "--shard", paramLabel = "I/N", description = "Grade only this deterministic share of the cohort, e.g. 2/4.")
  String shard;

  @Mixin
  SimilarityOptions similarity;

  @Mixin
  SigningOptions signing;

  @Override
  public Integer call() throws Exception {
    if (jobs < 1 || jobs > 64) {
      throw new BadInputException("--jobs must be 1..64");
    }
    Shard share;
    List<ReportFormat> chosen = new ArrayList<>();
    try {
      share = shard == null ? Shard.ALL : Shard.parse(shard);
      for (String f : formats) {
        chosen.add(ReportFormat.parse(f));
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    SimilarityFinder finder = similarity.finder();
    Engine engine = catalogOption.engine(parent.environment());
    AssessmentInfo assessment = what.assessment == null ? null : AssessmentLoader.load(engine.catalog(), what.assessment);
    List<String> ids = assessment == null ? what.challengeIds
        : assessment.challenges().stream().map(AssessmentInfo.WeightedChallenge::challengeId).toList();
    List<PreparedChallenge> challenges = new ArrayList<>();
    Map<String, List<SourceFile>> stubs = new TreeMap<>();
    for (String id : ids) {
      Challenge challenge = engine.catalog().require(id);
      challenges.add(engine.prepare(challenge));
      stubs.put(id, challenge.stubSources());
    }
    List<CandidateInput> all;
    try {
      all = CandidateInput.list(parent.environment().resolve(dir));
    } catch (java.io.IOException e) {
      throw new BadInputException(e.getMessage());
    }
    List<CandidateInput> mine = all.stream().filter(c -> share.includes(c.id())).toList();
    CohortLayout layout = new CohortLayout(parent.environment().resolve(outDir), chosen, audience, signing.signer(parent.environment()));
    PrintWriter out = parent.spec.commandLine().getOut();
    long start = System.nanoTime();
    layout.writeBaseCode(SourceSnapshot.of(stubs));
    CohortGrader grader = assessment == null ? new CohortGrader(engine, challenges, layout, progress())
        : CohortGrader.forAssessment(engine, assessment, challenges, layout, progress());
    List<Report> reports = grader.run(mine, jobs, resume);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (finder != null) {
      parent.spec.commandLine().getErr().println("checking the similarity of every pair of submissions …");
      parent.spec.commandLine().getErr().flush();
    }
    long similarityStart = System.nanoTime();
    CohortFiles.Written written = CohortFiles.write(layout, finder);
    double similaritySeconds = (System.nanoTime() - similarityStart) / 1e9;
    out.printf(Locale.ROOT, "graded %d submissions%s in %.1f s (%.2f/s); mean score %.1f %%; isolation %s%n", reports.size(),
        share == Shard.ALL ? "" : " (shard " + share + " of " + all.size() + ")", seconds, reports.size() / seconds,
        reports.stream().mapToDouble(Report::percent).average().orElse(0), engine.sandbox().level().label());
    out.println(CohortSummaryLines.similarity(written.similarity(), similaritySeconds));
    out.println("reports in " + layout.root().resolve("candidates") + ", table in " + layout.file(CohortLayout.CSV) + ", page "
        + layout.file(CohortLayout.HTML));
    out.flush();
    return ExitCode.OK;
  }

  private ProgressSink progress() {
    if (parent.environment().colorTerminal()) {
      return new ProgressBarSink(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
    return new ProgressLines(parent.spec.commandLine().getErr());
  }
}
