package mlgrader.scoring;

import java.util.Objects;
import mlgrader.report.Visibility;

/**
 * A test the parent expects a result for, read from the compiled suite before anything runs.
 *
 * @param key {@code Class#method(params)}, matching what the child reports
 * @param name display name, or the method name
 * @param group the hidden group (nested class simple name), or "public"
 * @param visibility public or hidden
 * @param weight relative weight inside its group (from {@code @Points}, default 1)
 * @param timeoutMillis its own {@code @Timeout}, or 0 for the challenge default
 */
public record ExpectedTest(String key, String name, String group, Visibility visibility, int weight, long timeoutMillis) {

  /** The group name of public tests. */
  public static final String PUBLIC_GROUP = "public";

  public ExpectedTest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(visibility, "visibility");
    if (weight < 1) {
      throw new IllegalArgumentException("@Points must be at least 1 on " + key);
    }
  }
}
