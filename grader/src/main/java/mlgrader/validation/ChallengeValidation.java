package mlgrader.validation;

import java.util.List;
import java.util.Objects;

/**
 * Every check run on one challenge.
 *
 * @param challengeId the challenge
 * @param checks the checks in the order they ran
 */
public record ChallengeValidation(String challengeId, List<Check> checks) {
  public ChallengeValidation {
    Objects.requireNonNull(challengeId, "challengeId");
    checks = List.copyOf(checks);
  }

  public boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }
}
