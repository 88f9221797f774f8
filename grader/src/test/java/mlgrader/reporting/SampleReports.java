package mlgrader.reporting;

import java.time.Instant;
import java.util.List;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Diagnostic;
import mlgrader.report.Finding;
import mlgrader.report.GroupResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.SubmissionInfo;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.ToolInfo;
import mlgrader.report.Visibility;

/**
 * Hand-built reports for the writer and redaction tests: every status, visibility and finding kind.
 */
final class SampleReports {

  /** Text only a reviewer may see: what a hidden test expected and what the submission printed. */
  static final String HIDDEN_MESSAGE = "mean: expected 2.5 but was 3.3333333333333335";

  static final String HIDDEN_DETAIL =
      "at challenge.toymean.hidden.MeanCalculatorHiddenTest$Golden.smallVector(Hidden.java:9)";
  static final String HIDDEN_OUTPUT = "debug: sum=10.0 n=3";
  static final String FINDING_DETAIL =
      "java.lang.OutOfMemoryError: Java heap space (in EdgeCases.emptyIsRejected)";

  private static final ToolInfo TOOL = new ToolInfo("ml-grader", "0.1.0", "c".repeat(64));
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private SampleReports() {}

  /** A full report of one submission on the given results. */
  static Report report(ChallengeResult... results) {
    return Report.of(TOOL, AT, new SubmissionInfo("answer.zip", "a".repeat(64)), List.of(results));
  }

  /** A graded challenge with a public test, three hidden tests and findings of several kinds. */
  static ChallengeResult toyMean() {
    return challenge(
        "toy-mean",
        "Toy mean",
        List.of(
            test(
                "challenge.toymean.MeanCalculatorPublicTest#meanOfThree()",
                "meanOfThree",
                "public",
                Visibility.PUBLIC,
                TestStatus.FAILED,
                0,
                0,
                "expected 2.0 but was 3.0",
                "at MeanCalculatorPublicTest.java:12",
                "public output"),
            test(
                "challenge.toymean.hidden.MeanCalculatorHiddenTest$Golden#smallVector()",
                "mean of a small vector",
                "Golden",
                Visibility.HIDDEN,
                TestStatus.FAILED,
                0,
                60,
                HIDDEN_MESSAGE,
                HIDDEN_DETAIL,
                HIDDEN_OUTPUT),
            test(
                "challenge.toymean.hidden.MeanCalculatorHiddenTest$EdgeCases#emptyIsRejected()",
                "emptyIsRejected",
                "EdgeCases",
                Visibility.HIDDEN,
                TestStatus.CRASHED,
                0,
                20,
                "the test JVM ran out of memory",
                FINDING_DETAIL,
                null),
            test(
                "challenge.toymean.hidden.MeanCalculatorHiddenTest$EdgeCases#nullIsRejected()",
                "nullIsRejected",
                "EdgeCases",
                Visibility.HIDDEN,
                TestStatus.PASSED,
                20,
                20,
                null,
                null,
                "printed while passing")),
        List.of(
            new Finding(
                Finding.Kind.SANDBOX,
                "challenge.toymean.hidden.MeanCalculatorHiddenTest$EdgeCases#emptyIsRejected()",
                "the test JVM ran out of memory",
                FINDING_DETAIL),
            new Finding(
                Finding.Kind.TAMPER,
                "MeanCalculator.java",
                "MeanCalculator.java is a given file; your copy differs"
                    + " and was ignored (the original was used)")),
        List.of(
            new Diagnostic(
                "warning",
                "challenge/toymean/MeanCalculatorImpl.java",
                3,
                8,
                "[removal] finalize is deprecated")));
  }

  static ChallengeResult challenge(
      String id,
      String title,
      List<TestResult> tests,
      List<Finding> findings,
      List<Diagnostic> diagnostics) {
    double score = tests.stream().mapToDouble(TestResult::points).sum();
    List<GroupResult> groups =
        List.of(
            new GroupResult(
                "Golden",
                "Golden values",
                60,
                groupScore(tests, "Golden"),
                passed(tests, "Golden"),
                count(tests, "Golden")),
            new GroupResult(
                "EdgeCases",
                "Edge cases",
                40,
                groupScore(tests, "EdgeCases"),
                passed(tests, "EdgeCases"),
                count(tests, "EdgeCases")));
    return new ChallengeResult(
        id,
        title,
        2,
        Outcome.GRADED,
        score,
        100,
        groups,
        tests,
        diagnostics,
        findings,
        "process-only",
        1234);
  }

  static TestResult test(
      String id,
      String name,
      String group,
      Visibility visibility,
      TestStatus status,
      double points,
      double maxPoints,
      String message,
      String detail,
      String output) {
    return new TestResult(
        id, name, group, visibility, status, points, maxPoints, 17, message, detail, output);
  }

  private static double groupScore(List<TestResult> tests, String group) {
    return tests.stream()
        .filter(t -> t.group().equals(group))
        .mapToDouble(TestResult::points)
        .sum();
  }

  private static int passed(List<TestResult> tests, String group) {
    return (int) tests.stream().filter(t -> t.group().equals(group) && t.passed()).count();
  }

  private static int count(List<TestResult> tests, String group) {
    return (int) tests.stream().filter(t -> t.group().equals(group)).count();
  }
}
