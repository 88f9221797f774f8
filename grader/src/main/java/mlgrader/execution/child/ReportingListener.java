package mlgrader.execution.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mlgrader.execution.Protocol;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports each test invocation's start and end to the parent; after a timeout it asks for a fresh JVM and halts,
 * because JUnit abandons a timed-out thread that may still be spinning.
 */
final class ReportingListener implements TestExecutionListener {

  private final EventChannel channel;
  private final CappedOutput captured;
  private final ThrowableSummary summary;
  private final Map<String, Long> started = new HashMap<>();

  ReportingListener(EventChannel channel, CappedOutput captured, ThrowableSummary summary) {
    this.channel = channel;
    this.captured = captured;
    this.summary = summary;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    List<String> fields = new ArrayList<>();
    for (TestIdentifier root : plan.getRoots()) {
      addInOrder(plan, root, fields);
    }
    channel.send(Protocol.PLAN, fields.toArray(String[]::new));
  }

  /** Tests and test templates, depth first, which is the order Jupiter runs them in. */
  private static void addInOrder(TestPlan plan, TestIdentifier id, List<String> fields) {
    boolean template = id.isContainer() && id.getSource().filter(MethodSource.class::isInstance).isPresent();
    if (id.isTest() || template) {
      fields.add(id.getUniqueId());
      fields.add(key(id));
      return;
    }
    for (TestIdentifier child : plan.getChildren(id)) {
      addInOrder(plan, child, fields);
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      captured.drain();
      started.put(id.getUniqueId(), System.nanoTime());
      channel.send(Protocol.STARTED, id.getUniqueId(), key(id));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      channel.send(Protocol.FINISHED, id.getUniqueId(), key(id), "NOT_RUN", "0", "skipped: " + reason, null, null);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Throwable thrown = result.getThrowable().orElse(null);
    if (!id.isTest()) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        channel.send(Protocol.CONTAINER_FAILED, id.getUniqueId(), thrown == null ? "aborted" : summary.message(thrown));
      }
      return;
    }
    Long start = started.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    String status = status(result, thrown);
    channel.send(Protocol.FINISHED, id.getUniqueId(), key(id), status, Long.toString(millis),
        thrown == null ? null : summary.message(thrown), thrown == null ? null : summary.detail(thrown), captured.drain());
    if (status.equals("TIMED_OUT")) {
      channel.send(Protocol.RESTART, "a test timed out; its thread may still be running");
      Runtime.getRuntime().halt(Protocol.RESTART_EXIT);
    }
  }

  private String status(TestExecutionResult result, Throwable thrown) {
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return "PASSED";
    }
    if (thrown != null && summary.isTimeout(thrown)) {
      return "TIMED_OUT";
    }
    if (thrown == null || summary.isAssertion(thrown) || result.getStatus() == TestExecutionResult.Status.ABORTED) {
      return "FAILED";
    }
    return "ERRORED";
  }

  /** {@code Class#method(paramTypes)}, the key the parent's expected-test table uses. */
  static String key(TestIdentifier id) {
    return id.getSource()
        .filter(MethodSource.class::isInstance)
        .map(MethodSource.class::cast)
        .map(m -> m.getClassName() + "#" + m.getMethodName() + "(" + m.getMethodParameterTypes() + ")")
        .orElse(id.getUniqueId());
  }
}
