package mlgrader.grading;

import mlgrader.catalog.TempTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.Challenge;
import mlgrader.execution.ChildArchive;
import mlgrader.execution.ChildClasspath;
import mlgrader.execution.ChildPool;
import mlgrader.execution.ChildSource;
import mlgrader.execution.TestRunner;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.report.SubmissionInfo;
import mlgrader.report.ToolInfo;
import mlgrader.sandbox.Sandbox;
import mlgrader.submission.Submission;
import mlgrader.submission.SubmissionException;
import mlgrader.submission.SubmissionLimits;
import mlgrader.submission.SubmissionReader;

/**
 * The grader wired together for one catalogue: prepares each challenge once (cached for the life of the engine)
 * and grades submissions into full, unredacted reports.
 */
public final class Engine {

  private final Catalog catalog;
  private final Clock clock;
  private final ChallengePreparer preparer;
  private final SubmissionGrader grader;
  private final TestRunner runner;
  private final Sandbox sandbox;
  private final Map<String, PreparedChallenge> prepared = new HashMap<>();

  /** An engine without a compile cache. */
  public Engine(Catalog catalog, Sandbox sandbox, Clock clock) {
    this(catalog, sandbox, clock, null);
  }

  /** An engine that keeps compiled challenges in {@code cacheDir} between runs (null: no cache). */
  public Engine(Catalog catalog, Sandbox sandbox, Clock clock, Path cacheDir) {
    this.catalog = catalog;
    this.preparer = new ChallengePreparer(cacheDir);
    this.clock = clock;
    this.sandbox = sandbox;
    this.runner = new TestRunner(sandbox, ChildClasspath.runner(), cacheDir == null ? null : new ChildArchive(cacheDir));
    this.grader = new SubmissionGrader(preparer.solutionCompiler(), runner, clock);
  }

  public Catalog catalog() {
    return catalog;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** The challenge compiled and checked, from the cache after the first call. */
  public synchronized PreparedChallenge prepare(Challenge challenge) throws CatalogException {
    PreparedChallenge p = prepared.get(challenge.id());
    if (p == null) {
      p = preparer.prepare(challenge);
      prepared.put(challenge.id(), p);
    }
    return p;
  }

  /** Reads a submission for a challenge, unpacking a zip in a temporary folder that is removed afterwards. */
  public Submission read(PreparedChallenge challenge, Path input) throws SubmissionException, IOException {
    Path scratch = Files.createTempDirectory("mlgrader-submission");
    try {
      return new SubmissionReader(SubmissionLimits.DEFAULT)
          .read(input, challenge.challenge().spec().packagePath(), challenge.givenFiles(), challenge.protectedFiles(), scratch);
    } finally {
      TempTree.delete(scratch);
    }
  }

  /** Grades one submission on one challenge. */
  public ChallengeResult grade(PreparedChallenge challenge, Submission submission, GradingMode mode)
      throws IOException, InterruptedException {
    return grader.grade(challenge, submission, mode);
  }

  /** Grades one submission with a first child taken from {@code children} (e.g. a pool of warm ones). */
  public ChallengeResult grade(PreparedChallenge challenge, Submission submission, GradingMode mode, ChildSource children)
      throws IOException, InterruptedException {
    return grader.grade(challenge, submission, mode, children);
  }

  /** A pool of warm children for grading many submissions with this engine. */
  public ChildPool childPool(int size) {
    return new ChildPool(runner, size);
  }

  /** The result for a submission that could not be read for this challenge (every test not run, 0 points). */
  public ChallengeResult unreadable(PreparedChallenge challenge, String reason) {
    return grader.unreadable(challenge, reason);
  }

  /** A full (reviewer) report of the given results. */
  public Report report(Submission submission, List<ChallengeResult> results) {
    return report(new SubmissionInfo(submission.label(), submission.sha256()), results);
  }

  /** A full (reviewer) report of the given results. */
  public Report report(SubmissionInfo submission, List<ChallengeResult> results) {
    return Report.of(new ToolInfo("ml-grader", GraderVersion.current(), catalog.hash()), clock.instant(), submission, results);
  }
}
