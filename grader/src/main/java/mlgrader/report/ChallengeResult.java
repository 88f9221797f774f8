package mlgrader.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The result of one submission on one challenge.
 *
 * @param challengeId the challenge's id
 * @param title the challenge's title
 * @param section the interview-question section (1–12) the challenge drills
 * @param outcome how far grading got
 * @param score points earned (0–{@code maxScore})
 * @param maxScore points available (the sum of group weights, normally 100)
 * @param groups per-group scores, in the challenge's group order
 * @param tests every expected test, sorted by group then id
 * @param diagnostics compiler messages (errors and warnings) on the candidate's files
 * @param findings conformance, policy, tamper and sandbox findings
 * @param isolation the isolation in force while the candidate's code ran ("none" when it never ran)
 * @param durationMillis wall time spent grading this challenge
 */
public record ChallengeResult(
    String challengeId,
    String title,
    int section,
    Outcome outcome,
    double score,
    double maxScore,
    List<GroupResult> groups,
    List<TestResult> tests,
    List<Diagnostic> diagnostics,
    List<Finding> findings,
    String isolation,
    long durationMillis) {

  public ChallengeResult {
    Objects.requireNonNull(challengeId, "challengeId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(isolation, "isolation");
    if (!(score >= 0 && score <= maxScore + 1e-9)) {
      throw new IllegalArgumentException("score " + score + " outside [0, " + maxScore + "]");
    }
    groups = List.copyOf(groups);
    tests = List.copyOf(tests);
    diagnostics = List.copyOf(diagnostics);
    findings = List.copyOf(findings);
  }

  /** Score as a percentage of the maximum. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double percent() {
    return maxScore == 0 ? 0 : 100 * score / maxScore;
  }

  /** This result with other tests (used by redaction). */
  public ChallengeResult withTests(List<TestResult> newTests) {
    return new ChallengeResult(
        challengeId, title, section, outcome, score, maxScore, groups, newTests, diagnostics, findings, isolation, durationMillis);
  }
}
