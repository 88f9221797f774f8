package mlgrader.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mlgrader.report.ChallengeResult;
import mlgrader.report.GroupResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.SubmissionInfo;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.ToolInfo;
import mlgrader.report.Visibility;

/**
 * Reports of a made-up challenge "toy" with three hidden tests (broken: nobody can pass; easy: everybody passes;
 * real: some pass) and one public test, for cohort-level tests that need no grading.
 */
final class CohortFixtures {

  static final ToolInfo TOOL = new ToolInfo("ml-grader", "test", "c0ffee0123456789");
  static final Instant WHEN = Instant.parse("2026-01-02T03:04:05Z");

  private CohortFixtures() {}

  /** A graded candidate: passes "easy" always, "real" when {@code passesReal}, "broken" never. */
  static Report graded(String candidate, boolean passesReal) {
    List<TestResult> tests = new ArrayList<>();
    tests.add(test("broken", false, 30));
    tests.add(test("easy", true, 30));
    tests.add(test("real", passesReal, 40));
    tests.add(new TestResult("ToyPublicTest#sample()", "sample", "public", Visibility.PUBLIC, TestStatus.PASSED, 0, 0, 3, null, null, null));
    double score = 30 + (passesReal ? 40 : 0);
    ChallengeResult r = new ChallengeResult("toy", "Toy challenge", 2, Outcome.GRADED, score, 100,
        List.of(new GroupResult("Golden", "Golden values", 100, score, passesReal ? 2 : 1, 3)), tests, List.of(), List.of(), "bwrap", 120);
    return Report.of(TOOL, WHEN, new SubmissionInfo(candidate, "a".repeat(64)), List.of(r));
  }

  /** A candidate whose code did not compile: no test ran. */
  static Report notCompiling(String candidate) {
    List<TestResult> tests = List.of(notRun(test("broken", false, 30)), notRun(test("easy", false, 30)), notRun(test("real", false, 40)));
    ChallengeResult r = new ChallengeResult("toy", "Toy challenge", 2, Outcome.COMPILATION_FAILED, 0, 100,
        List.of(new GroupResult("Golden", "Golden values", 100, 0, 0, 3)), tests, List.of(), List.of(), "none", 40);
    return Report.of(TOOL, WHEN, new SubmissionInfo(candidate, "b".repeat(64)), List.of(r));
  }

  private static TestResult test(String name, boolean passed, double points) {
    return new TestResult("ToyHiddenTest$Golden#" + name + "()", name, "Golden", Visibility.HIDDEN,
        passed ? TestStatus.PASSED : TestStatus.FAILED, passed ? points : 0, points, 5, passed ? null : "expected 1 but was 2", null, null);
  }

  private static TestResult notRun(TestResult t) {
    return new TestResult(t.id(), t.name(), t.group(), t.visibility(), TestStatus.NOT_RUN, 0, t.maxPoints(), 0, null, null, null);
  }
}
