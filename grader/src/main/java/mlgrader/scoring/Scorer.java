package mlgrader.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.catalog.ChallengeSpec;
import mlgrader.execution.InvocationOutcome;
import mlgrader.report.GroupResult;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;

/**
 * Turns outcomes into points, as a pure function.
 *
 * <p>A group's weight is shared among its tests in proportion to their {@code @Points}; a test earns its share
 * only if it reported at least one invocation and every invocation passed. Public tests carry no points: the
 * hidden suite covers everything they check.
 */
public final class Scorer {

  private static final int OUTPUT_CAP = 16 * 1024;

  private Scorer() {}

  /**
   * The scored tests and groups.
   *
   * @param spec the challenge (groups and weights)
   * @param expected every expected test, public and hidden
   * @param outcomes what the run reported
   */
  public static Score score(ChallengeSpec spec, List<ExpectedTest> expected, List<InvocationOutcome> outcomes) {
    Map<String, List<InvocationOutcome>> byKey = new LinkedHashMap<>();
    outcomes.forEach(o -> byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o));
    Map<String, Integer> groupWeights = new LinkedHashMap<>();
    expected.stream().filter(t -> t.visibility() == Visibility.HIDDEN)
        .forEach(t -> groupWeights.merge(t.group(), t.weight(), Integer::sum));

    List<String> order = spec.groups().stream().map(ChallengeSpec.GroupSpec::name).toList();
    List<ExpectedTest> sorted = new ArrayList<>(expected);
    sorted.sort(java.util.Comparator.comparingInt((ExpectedTest t) -> t.visibility() == Visibility.PUBLIC ? -1 : order.indexOf(t.group()))
        .thenComparing(ExpectedTest::key));
    List<TestResult> tests = new ArrayList<>();
    for (ExpectedTest t : sorted) {
      ChallengeSpec.GroupSpec group = spec.group(t.group());
      double max = t.visibility() == Visibility.PUBLIC || group == null ? 0 : group.weight() * t.weight() / groupWeights.get(t.group());
      tests.add(result(t, byKey.getOrDefault(t.key(), List.of()), max));
    }
    List<GroupResult> groups = new ArrayList<>();
    for (ChallengeSpec.GroupSpec g : spec.groups()) {
      List<TestResult> in = tests.stream().filter(r -> r.group().equals(g.name()) && r.visibility() == Visibility.HIDDEN).toList();
      double earned = in.stream().mapToDouble(TestResult::points).sum();
      groups.add(new GroupResult(g.name(), g.title(), in.isEmpty() ? 0 : g.weight(), earned,
          (int) in.stream().filter(TestResult::passed).count(), in.size()));
    }
    return new Score(groups, tests);
  }

  private static TestResult result(ExpectedTest t, List<InvocationOutcome> runs, double maxPoints) {
    if (runs.isEmpty()) {
      return new TestResult(t.key(), t.name(), t.group(), t.visibility(), TestStatus.NOT_RUN, 0, maxPoints, 0,
          "no result was reported for this test", null, null);
    }
    InvocationOutcome worst = runs.stream().filter(r -> r.status() != TestStatus.PASSED).findFirst().orElse(runs.get(0));
    long millis = runs.stream().mapToLong(InvocationOutcome::millis).sum();
    boolean passed = worst.status() == TestStatus.PASSED;
    String message = worst.message();
    if (!passed && runs.size() > 1) {
      long failed = runs.stream().filter(r -> r.status() != TestStatus.PASSED).count();
      message = failed + " of " + runs.size() + " invocations failed; first: " + message;
    }
    String output = runs.stream().map(InvocationOutcome::output).filter(o -> o != null && !o.isEmpty())
        .reduce((a, b) -> a + b).map(Scorer::capOutput).orElse(null);
    return new TestResult(t.key(), t.name(), t.group(), t.visibility(), worst.status(), passed ? maxPoints : 0, maxPoints,
        millis, message, worst.detail(), output);
  }

  /** Output of all invocations together stays within one test's cap. */
  static String capOutput(String output) {
    return output.length() <= OUTPUT_CAP ? output : output.substring(0, OUTPUT_CAP) + "\n[output truncated]";
  }

  /**
   * The scored groups and tests of one challenge.
   *
   * @param groups per-group totals, in the challenge's order
   * @param tests every expected test with its points
   */
  public record Score(List<GroupResult> groups, List<TestResult> tests) {
    public Score {
      groups = List.copyOf(groups);
      tests = List.copyOf(tests);
    }

    /** Points earned. */
    public double total() {
      return groups.stream().mapToDouble(GroupResult::score).sum();
    }

    /** Points available. */
    public double max() {
      return groups.stream().mapToDouble(GroupResult::weight).sum();
    }
  }
}
