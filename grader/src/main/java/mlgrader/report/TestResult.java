package mlgrader.report;

import java.util.Objects;

/**
 * One expected test and what became of it.
 *
 * @param id stable id: {@code Class#method(params)}
 * @param name a readable name (display name or method name)
 * @param group the group it belongs to ("public" for public tests)
 * @param visibility whether the candidate has this test
 * @param status what happened
 * @param points points earned
 * @param maxPoints points available
 * @param durationMillis time the test took (0 if it never ran)
 * @param message failure message, or null (redacted for hidden tests in candidate reports)
 * @param detail stack trace or other detail, or null (likewise redacted)
 * @param output what the test printed, capped, or null (likewise redacted)
 */
public record TestResult(
    String id,
    String name,
    String group,
    Visibility visibility,
    TestStatus status,
    double points,
    double maxPoints,
    long durationMillis,
    String message,
    String detail,
    String output) {

  public TestResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(status, "status");
  }

  /** Whether it passed. */
  public boolean passed() {
    return status == TestStatus.PASSED;
  }

  /** This result without message, detail or output. */
  public TestResult redacted() {
    return new TestResult(id, name, group, visibility, status, points, maxPoints, durationMillis, null, null, null);
  }
}
