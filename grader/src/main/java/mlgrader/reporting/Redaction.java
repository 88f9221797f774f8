package mlgrader.reporting;

import java.util.List;
import mlgrader.report.Audience;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/**
 * The one place that decides what a candidate may see: hidden tests keep their name, group, points and verdict
 * and lose their message, stack trace and output; findings lose their reviewer-only detail.
 *
 * <p>Writers render whatever report they are given, so every candidate-facing output goes through here.
 */
public final class Redaction {

  private Redaction() {}

  /** The report as {@code audience} may see it. */
  public static Report forAudience(Report full, Audience audience) {
    if (audience == Audience.REVIEWER) {
      return full.with(Audience.REVIEWER, full.results());
    }
    List<ChallengeResult> results = full.results().stream().map(Redaction::forCandidate).toList();
    return full.with(Audience.CANDIDATE, results);
  }

  private static ChallengeResult forCandidate(ChallengeResult r) {
    List<TestResult> tests = r.tests().stream()
        .map(t -> t.visibility() == Visibility.HIDDEN ? t.redacted() : t)
        .toList();
    return new ChallengeResult(r.challengeId(), r.title(), r.section(), r.outcome(), r.score(), r.maxScore(), r.groups(),
        tests, r.diagnostics(), r.findings().stream().map(f -> f.redacted()).toList(), r.isolation(), r.durationMillis());
  }
}
