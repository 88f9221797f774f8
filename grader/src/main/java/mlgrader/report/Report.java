package mlgrader.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One grading run: a submission graded against one challenge or an assessment of several.
 *
 * @param schemaVersion version of this model's JSON form; bumped on any incompatible change
 * @param grader the grader and catalogue that produced it
 * @param generatedAt when the run finished (the only field allowed to differ between identical runs)
 * @param audience who the report is redacted for
 * @param submission what was graded
 * @param seed the seed for randomised hidden instances, derived from the submission and catalogue hashes
 *     ({@link Seed#derive}), so a re-grade of the same submission with the same catalogue reproduces it
 * @param assessment the assessment graded, or null for a single challenge
 * @param results one result per challenge, in the order graded
 * @param signature the Ed25519 signature over the report's sections, or null when unsigned
 */
@JsonPropertyOrder({"schemaVersion", "grader", "generatedAt", "audience", "submission", "seed", "assessment", "score",
    "maxScore", "percent", "results", "signature"})
public record Report(
    int schemaVersion,
    ToolInfo grader,
    Instant generatedAt,
    Audience audience,
    SubmissionInfo submission,
    long seed,
    AssessmentInfo assessment,
    List<ChallengeResult> results,
    ReportSignature signature) {

  /** The current {@link #schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    Objects.requireNonNull(grader, "grader");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(submission, "submission");
    results = List.copyOf(results);
    if (assessment != null) {
      for (ChallengeResult r : results) {
        if (!assessment.includes(r.challengeId())) {
          throw new IllegalArgumentException("result for " + r.challengeId() + " is not part of assessment " + assessment.name());
        }
      }
    }
  }

  /** A full (reviewer), unsigned report of one run, its seed derived from the submission and the catalogue. */
  public static Report of(ToolInfo grader, Instant generatedAt, SubmissionInfo submission, List<ChallengeResult> results) {
    return new Report(SCHEMA_VERSION, grader, generatedAt, Audience.REVIEWER, submission,
        Seed.derive(submission.sha256(), grader.catalogHash()), null, results, null);
  }

  /**
   * Points earned: the sum over challenges, or with an assessment the weighted percentage (see {@link #maxScore}).
   */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double score() {
    return results.stream().mapToDouble(r -> r.score() * pointScale(r)).sum();
  }

  /**
   * The factor that turns a challenge's points into points of this report's total: 1 without an assessment, else
   * the challenge's share of the weights times 100 over its maximum, so that the weighted points add up to
   * {@link #score()}. Writers that list per-test points of an assessment (Gradescope, PrairieLearn) use it.
   */
  public double pointScale(ChallengeResult result) {
    if (assessment == null) {
      return 1;
    }
    double total = assessment.totalWeight();
    return total == 0 || result.maxScore() == 0 ? 0 : 100 * assessment.weightOf(result.challengeId()) / total / result.maxScore();
  }

  /** Points available: the sum over challenges, or 100 with an assessment (its total is a weighted percentage). */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double maxScore() {
    return assessment == null ? results.stream().mapToDouble(ChallengeResult::maxScore).sum() : 100;
  }

  /** Score as a percentage of the maximum, 0 when nothing could be earned. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double percent() {
    return maxScore() == 0 ? 0 : 100 * score() / maxScore();
  }

  /** This report with a different audience and results (used by redaction); any signature is dropped. */
  public Report with(Audience newAudience, List<ChallengeResult> newResults) {
    return new Report(schemaVersion, grader, generatedAt, newAudience, submission, seed, assessment, newResults, null);
  }

  /** This report as part of an assessment; any signature is dropped. */
  public Report withAssessment(AssessmentInfo newAssessment) {
    return new Report(schemaVersion, grader, generatedAt, audience, submission, seed, newAssessment, results, null);
  }

  /** This report with a signature (or none). */
  public Report withSignature(ReportSignature newSignature) {
    return new Report(schemaVersion, grader, generatedAt, audience, submission, seed, assessment, results, newSignature);
  }
}
