package mlgrader.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One grading run: a submission graded against one or more challenges.
 *
 * @param schemaVersion version of this model's JSON form; bumped on any incompatible change
 * @param grader the grader and catalogue that produced it
 * @param generatedAt when the run finished (the only field allowed to differ between identical runs)
 * @param audience who the report is redacted for
 * @param submission what was graded
 * @param results one result per challenge, in the order graded
 */
public record Report(
    int schemaVersion,
    ToolInfo grader,
    Instant generatedAt,
    Audience audience,
    SubmissionInfo submission,
    List<ChallengeResult> results) {

  /** The current {@link #schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    Objects.requireNonNull(grader, "grader");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(submission, "submission");
    results = List.copyOf(results);
  }

  /** Points earned over all challenges. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double score() {
    return results.stream().mapToDouble(ChallengeResult::score).sum();
  }

  /** Points available over all challenges. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double maxScore() {
    return results.stream().mapToDouble(ChallengeResult::maxScore).sum();
  }

  /** Score as a percentage of the maximum, 0 when nothing could be earned. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public double percent() {
    return maxScore() == 0 ? 0 : 100 * score() / maxScore();
  }

  /** This report with a different audience and results (used by redaction). */
  public Report with(Audience newAudience, List<ChallengeResult> newResults) {
    return new Report(schemaVersion, grader, generatedAt, newAudience, submission, newResults);
  }
}
