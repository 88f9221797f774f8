package mlgrader.report;

import java.util.Objects;

/**
 * A hidden-suite group's share of the score.
 *
 * @param name the group's id (its nested class name, e.g. "Golden")
 * @param title a human title ("Golden values")
 * @param weight the points the group is worth
 * @param score the points earned in it
 * @param passed tests passed in it
 * @param total tests in it
 */
public record GroupResult(String name, String title, double weight, double score, int passed, int total) {
  public GroupResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    if (passed < 0 || passed > total) {
      throw new IllegalArgumentException("passed " + passed + " of " + total);
    }
  }
}
