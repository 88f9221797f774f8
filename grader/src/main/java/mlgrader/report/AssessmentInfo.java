package mlgrader.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The assessment a report grades: several challenges, each with a weight in the total.
 *
 * @param name the assessment's id (its file name under {@code challenges/assessments/})
 * @param title a human title
 * @param timeLimitMinutes the time candidates are given, or null when unlimited (shown, not enforced by grading)
 * @param challenges the challenges and their weights, in the assessment's order
 */
public record AssessmentInfo(String name, String title, Integer timeLimitMinutes, List<WeightedChallenge> challenges) {

  public AssessmentInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    if (timeLimitMinutes != null && timeLimitMinutes <= 0) {
      throw new IllegalArgumentException("timeLimitMinutes must be positive: " + timeLimitMinutes);
    }
    challenges = List.copyOf(challenges);
    Set<String> ids = new HashSet<>();
    for (WeightedChallenge c : challenges) {
      if (!ids.add(c.challengeId())) {
        throw new IllegalArgumentException("challenge " + c.challengeId() + " is listed twice");
      }
    }
  }

  /** Whether the assessment includes this challenge. */
  public boolean includes(String challengeId) {
    return challenges.stream().anyMatch(c -> c.challengeId().equals(challengeId));
  }

  /** The challenge's weight, 0 when it is not part of the assessment. */
  public double weightOf(String challengeId) {
    return challenges.stream().filter(c -> c.challengeId().equals(challengeId)).mapToDouble(WeightedChallenge::weight)
        .findFirst().orElse(0);
  }

  /** The sum of all weights. */
  public double totalWeight() {
    return challenges.stream().mapToDouble(WeightedChallenge::weight).sum();
  }

  /**
   * One challenge of an assessment.
   *
   * @param challengeId the challenge's id
   * @param weight its weight in the total (positive; weights need not sum to anything in particular)
   */
  public record WeightedChallenge(String challengeId, double weight) {
    public WeightedChallenge {
      Objects.requireNonNull(challengeId, "challengeId");
      if (!(weight > 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException("weight of " + challengeId + " must be positive: " + weight);
      }
    }
  }
}
