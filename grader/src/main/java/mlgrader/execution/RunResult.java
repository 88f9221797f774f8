package mlgrader.execution;

import java.util.List;
import java.util.Objects;
import mlgrader.report.Finding;
import mlgrader.sandbox.IsolationLevel;

/**
 * Everything one test run produced.
 *
 * @param outcomes one per invocation that reported or was blamed, in the order they finished
 * @param findings what went wrong with the run itself (timeouts, crashes, restarts, container failures)
 * @param isolation the isolation the child ran under
 * @param childStarts how many child JVMs the run needed (1 unless a test hung or crashed)
 */
public record RunResult(List<InvocationOutcome> outcomes, List<Finding> findings, IsolationLevel isolation, int childStarts) {
  public RunResult {
    outcomes = List.copyOf(outcomes);
    findings = List.copyOf(findings);
    Objects.requireNonNull(isolation, "isolation");
  }
}
