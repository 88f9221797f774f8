package mlgrader.grading;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mlgrader.catalog.ChallengeSpec;
import mlgrader.catalog.SourceFile;
import mlgrader.compilation.ApiConformance;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.CompilationOutput;
import mlgrader.compilation.InMemoryCompiler;
import mlgrader.execution.ChildClasspath;
import mlgrader.execution.ChildSource;
import mlgrader.execution.PendingChild;
import mlgrader.execution.RunResult;
import mlgrader.execution.TestJob;
import mlgrader.execution.TestRunner;
import mlgrader.inspection.PolicyScanner;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Finding;
import mlgrader.report.Outcome;
import mlgrader.report.Visibility;
import mlgrader.scoring.ExpectedTest;
import mlgrader.sandbox.IsolationLevel;
import mlgrader.scoring.Scorer;
import mlgrader.submission.Submission;

/**
 * Takes one submission through compilation, API conformance, the bytecode policy, the test run and scoring.
 *
 * <p>The first stage that rejects the submission decides the outcome; the expected tests are still listed (as not
 * run, 0 points) so every report shows what there was to earn.
 */
public final class SubmissionGrader {

  /** The finding every report carries when the tests ran without bubblewrap. */
  public static final String PROCESS_ONLY_NOTICE = "bubblewrap is not available here, so the tests ran in a plain "
      + "child process: only the static policy stood between the submission and this machine";

  private final InMemoryCompiler compiler;
  private final TestRunner runner;
  private final Clock clock;

  public SubmissionGrader(InMemoryCompiler compiler, TestRunner runner, Clock clock) {
    this.compiler = compiler;
    this.runner = runner;
    this.clock = clock;
  }

  public ChallengeResult grade(PreparedChallenge prepared, Submission submission, GradingMode mode)
      throws IOException, InterruptedException {
    return grade(prepared, submission, mode, runner::prestart);
  }

  /** Grades with a first child taken from {@code children} (e.g. a pool of warm ones). */
  public ChallengeResult grade(PreparedChallenge prepared, Submission submission, GradingMode mode, ChildSource children)
      throws IOException, InterruptedException {
    long start = clock.millis();
    ChallengeSpec spec = prepared.challenge().spec();
    List<ExpectedTest> expected = mode == GradingMode.FULL ? prepared.expected()
        : prepared.expected().stream().filter(t -> t.visibility() == Visibility.PUBLIC).toList();
    List<Finding> findings = new ArrayList<>(submission.findings());
    List<String> libraries = ChildClasspath.libraries().stream().map(p -> p.toAbsolutePath().toString()).toList();
    // A child started on demand is started now, so that its start-up and warm-up overlap with compiling and checking
    // the submission; a warm one from a pool is taken only when the tests are about to run.
    PendingChild early = children.warmAhead() ? null : children.next(spec.limits().heapMegabytes(), libraries);
    try {
      return compileCheckAndRun(prepared, submission, mode, expected, findings, libraries, early == null ? children : (h, l) -> early, start);
    } finally {
      if (early != null) {
        early.close();
      }
    }
  }

  private ChallengeResult compileCheckAndRun(PreparedChallenge prepared, Submission submission, GradingMode mode,
      List<ExpectedTest> expected, List<Finding> findings, List<String> libraries, ChildSource children, long start)
      throws IOException, InterruptedException {
    ChallengeSpec spec = prepared.challenge().spec();
    List<SourceFile> sources = new ArrayList<>(prepared.givenSources());
    sources.addAll(submission.sources());
    CompilationOutput compiled = compiler.compile(sources, ClassFiles.EMPTY);
    if (!compiled.succeeded()) {
      return rejected(prepared, expected, Outcome.COMPILATION_FAILED, compiled, findings, start);
    }
    ClassFiles candidate = compiled.classes().filter(n -> !prepared.isGiven(n));
    List<Finding> api = ApiConformance.check(prepared.requiredClasses(), prepared.reference(), compiled.classes(), prepared.tests());
    if (!api.isEmpty()) {
      findings.addAll(api);
      return rejected(prepared, expected, Outcome.API_MISMATCH, compiled, findings, start);
    }
    List<Finding> policy = new PolicyScanner(prepared.policy())
        .scan(candidate.bytes(), spec.packageName(), compiled.classes().filter(prepared::isGiven).names());
    if (!policy.isEmpty()) {
      findings.addAll(policy);
      return rejected(prepared, expected, Outcome.POLICY_VIOLATION, compiled, findings, start);
    }

    List<String> testClasses = new ArrayList<>(prepared.publicTestClasses());
    if (mode == GradingMode.FULL) {
      testClasses.addAll(prepared.hiddenTestClasses());
    }
    TestJob job = new TestJob("", spec.limits().testTimeoutMillis(), libraries, compiled.classes(), prepared.tests(),
        testClasses, java.util.Set.of());
    Map<String, Long> timeouts = expected.stream().filter(t -> t.timeoutMillis() > 0)
        .collect(Collectors.toMap(ExpectedTest::key, ExpectedTest::timeoutMillis));
    PendingChild child = children.next(spec.limits().heapMegabytes(), libraries);
    RunResult run = runner.run(job, timeouts, spec.limits().heapMegabytes(), spec.limits().runTimeoutSeconds() * 1000, child);
    findings.addAll(run.findings());
    if (run.isolation() == IsolationLevel.PROCESS_ONLY) {
      findings.add(new Finding(Finding.Kind.SANDBOX, "", PROCESS_ONLY_NOTICE));
    }
    Scorer.Score score = Scorer.score(spec, expected, run.outcomes());
    return new ChallengeResult(spec.id(), spec.title(), spec.section(), Outcome.GRADED, score.total(), score.max(),
        score.groups(), score.tests(), compiled.diagnostics(), findings, run.isolation().label(), clock.millis() - start);
  }

  /** The result of a submission that could not even be read for this challenge: every test not run. */
  public ChallengeResult unreadable(PreparedChallenge prepared, String reason) {
    ChallengeSpec spec = prepared.challenge().spec();
    Scorer.Score none = Scorer.score(spec, prepared.expected(), List.of());
    return new ChallengeResult(spec.id(), spec.title(), spec.section(), Outcome.INVALID_SUBMISSION, 0, none.max(),
        none.groups(), none.tests(), List.of(), List.of(new Finding(Finding.Kind.INPUT, "", reason)), "none", 0);
  }

  private ChallengeResult rejected(PreparedChallenge prepared, List<ExpectedTest> expected, Outcome outcome,
      CompilationOutput compiled, List<Finding> findings, long start) {
    ChallengeSpec spec = prepared.challenge().spec();
    Scorer.Score none = Scorer.score(spec, expected, List.of());
    return new ChallengeResult(spec.id(), spec.title(), spec.section(), outcome, 0, none.max(), none.groups(),
        none.tests(), compiled.diagnostics(), findings, "none", clock.millis() - start);
  }
}
