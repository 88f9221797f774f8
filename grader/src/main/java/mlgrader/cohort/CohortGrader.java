package mlgrader.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mlgrader.assessment.AssessmentGrader;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.SourceFile;
import mlgrader.execution.ChildPool;
import mlgrader.grading.Engine;
import mlgrader.grading.GradingMode;
import mlgrader.grading.PreparedChallenge;
import mlgrader.report.AssessmentInfo;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.report.SubmissionInfo;
import mlgrader.reporting.JsonReportWriter;
import mlgrader.submission.Submission;
import mlgrader.submission.SubmissionException;

/**
 * Grades every candidate of a cohort in one warm parent: {@code jobs} workers, each taking a warm single-use child
 * from a shared pool; each candidate's report is written atomically as soon as it is done, so an interrupted run
 * resumes without regrading anyone and without a half-written file.
 */
public final class CohortGrader {

  /** The canonical per-candidate report, whose presence marks a candidate as done. */
  public static final String REPORT = "report.json";

  private final Engine engine;
  private final List<PreparedChallenge> challenges;
  private final AssessmentInfo assessment;
  private final CohortLayout layout;
  private final ProgressSink progress;

  /** Grades every candidate on each of {@code challenges}. */
  public CohortGrader(Engine engine, List<PreparedChallenge> challenges, CohortLayout layout, ProgressSink progress) {
    this(engine, challenges, null, layout, progress);
  }

  private CohortGrader(Engine engine, List<PreparedChallenge> challenges, AssessmentInfo assessment, CohortLayout layout,
      ProgressSink progress) {
    this.engine = engine;
    this.challenges = List.copyOf(challenges);
    this.assessment = assessment;
    this.layout = layout;
    this.progress = progress;
  }

  /**
   * Grades every candidate's folder on an assessment, as {@code grader grade --assessment} does; {@code challenges}
   * are the assessment's, prepared.
   */
  public static CohortGrader forAssessment(Engine engine, AssessmentInfo assessment, List<PreparedChallenge> challenges,
      CohortLayout layout, ProgressSink progress) {
    return new CohortGrader(engine, challenges, assessment, layout, progress);
  }

  /** Grades the candidates (skipping those already done when {@code resume}) and returns every report, sorted by id. */
  public List<Report> run(List<CandidateInput> candidates, int jobs, boolean resume) throws IOException, InterruptedException {
    List<Report> reports = new ArrayList<>();
    List<CandidateInput> todo = new ArrayList<>();
    for (CandidateInput c : candidates) {
      Report done = resume ? readDone(c.id()) : null;
      if (done != null) {
        reports.add(done);
      } else {
        todo.add(c);
      }
    }
    progress.started(candidates.size(), candidates.size() - todo.size());
    ExecutorService workers = Executors.newFixedThreadPool(jobs);
    try (ChildPool pool = engine.childPool(Math.max(1, jobs))) {
      List<Future<Report>> futures = new ArrayList<>();
      for (CandidateInput c : todo) {
        futures.add(workers.submit(() -> gradeAndWrite(c, pool)));
      }
      for (Future<Report> f : futures) {
        try {
          reports.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("a grading worker failed unexpectedly", e.getCause());
        }
      }
    } finally {
      workers.shutdownNow();
    }
    progress.finished();
    reports.sort(java.util.Comparator.comparing(r -> r.submission().label()));
    return reports;
  }

  private Report gradeAndWrite(CandidateInput candidate, ChildPool pool) throws IOException, InterruptedException {
    Map<String, List<SourceFile>> sources = new TreeMap<>();
    Report report = grade(candidate, pool, sources);
    layout.writeCandidate(candidate.id(), report, SourceSnapshot.of(sources));
    progress.graded(candidate.id(), report.percent());
    return report;
  }

  /** Grades one candidate on every challenge, keeping the candidate's own sources of each in {@code sources}. */
  private Report grade(CandidateInput candidate, ChildPool pool, Map<String, List<SourceFile>> sources)
      throws IOException, InterruptedException {
    if (assessment != null) {
      return gradeAssessment(candidate, pool, sources);
    }
    List<ChallengeResult> results = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (PreparedChallenge prepared : challenges) {
      try {
        Submission s = engine.read(prepared, candidate.path());
        hashes.add(s.sha256());
        sources.put(prepared.challenge().id(), s.sources());
        results.add(engine.grade(prepared, s, GradingMode.FULL, pool));
      } catch (SubmissionException e) {
        results.add(engine.unreadable(prepared, e.getMessage()));
      } catch (RuntimeException e) {
        // One candidate must never stop the cohort: our own failure on it is recorded in its report.
        results.add(engine.unreadable(prepared, "the grader failed on this submission: " + e));
      }
    }
    return engine.report(new SubmissionInfo(candidate.id(), combined(hashes)), results);
  }

  private Report gradeAssessment(CandidateInput candidate, ChildPool pool, Map<String, List<SourceFile>> sources)
      throws IOException, InterruptedException {
    Report report;
    try {
      report = new AssessmentGrader(engine).grade(assessment, candidate.path(), pool, sources);
    } catch (SubmissionException | CatalogException | RuntimeException e) {
      // One candidate must never stop the cohort: a folder that cannot be read, or our own failure on it, is its result.
      sources.clear();
      String reason = e instanceof RuntimeException ? "the grader failed on this submission: " + e : e.getMessage();
      List<ChallengeResult> results = new ArrayList<>();
      challenges.forEach(p -> results.add(engine.unreadable(p, reason)));
      report = engine.report(new SubmissionInfo(candidate.id(), combined(List.of())), results).withAssessment(assessment);
    }
    // The candidate's id, not the folder's name (the id is the name made safe), labels every cohort file.
    return new Report(report.schemaVersion(), report.grader(), report.generatedAt(), report.audience(),
        new SubmissionInfo(candidate.id(), report.submission().sha256()), report.seed(), report.assessment(), report.results(),
        report.signature());
  }

  private Report readDone(String id) {
    Path file = layout.candidateDir(id).resolve(REPORT);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JsonReportWriter.read(new StringReader(Files.readString(file)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String combined(List<String> hashes) {
    if (hashes.size() == 1) {
      return hashes.get(0);
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      hashes.forEach(h -> digest.update(h.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
