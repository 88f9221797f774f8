package mlgrader.execution;

import java.util.Objects;
import mlgrader.report.TestStatus;

/**
 * What happened to one test invocation (a plain test has one; a parameterized test one per argument set).
 *
 * @param uniqueId JUnit's unique id of the invocation
 * @param key {@code Class#method(params)}, the expected-test key it counts towards
 * @param status its verdict
 * @param millis how long it ran
 * @param message failure message, or null
 * @param detail stack trace, or null
 * @param output what it printed (capped), or null
 */
public record InvocationOutcome(
    String uniqueId, String key, TestStatus status, long millis, String message, String detail, String output) {
  public InvocationOutcome {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
  }
}
