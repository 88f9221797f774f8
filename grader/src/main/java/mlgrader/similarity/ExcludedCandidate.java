package mlgrader.similarity;

import java.util.Objects;

/**
 * A candidate left out of a challenge's comparison, and why.
 *
 * @param candidate the candidate's id
 * @param reason why, in words
 */
public record ExcludedCandidate(String candidate, String reason) {
  public ExcludedCandidate {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reason, "reason");
  }
}
