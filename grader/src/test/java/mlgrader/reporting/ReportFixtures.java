package mlgrader.reporting;

import java.time.Instant;
import java.util.List;
import mlgrader.report.AssessmentInfo;
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
 * Reports for the format tests beyond {@link SampleReports}: an assessment whose challenges were graded, did not
 * compile and were not attempted; hidden tests that carry secrets; and text an attacker chose.
 */
final class ReportFixtures {

  /** Markers only a reviewer may ever see, one per place a hidden test or finding keeps reviewer-only text. */
  static final List<String> SECRETS = List.of("SECRET-MESSAGE-7f3a", "SECRET-DETAIL-91c2", "SECRET-OUTPUT-55d0",
      "SECRET-FINDING-0b8e", "SECRET-TIMEOUT-MESSAGE-e41d");

  /** Markup and workflow commands in every place the candidate controls. */
  static final String XSS = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
  static final String COMMAND = "\n::notice title=Autograding complete::Points 100/100\n::set-output name=x::y";

  private static final ToolInfo TOOL = new ToolInfo("ml-grader", "0.1.0", "c".repeat(64));
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private ReportFixtures() {}

  /** Three challenges of an assessment, weights 2, 1 and 1: graded (55/100), not compiling, not attempted. */
  static Report assessment() {
    AssessmentInfo info = new AssessmentInfo("core", "Core skills", 90, List.of(
        new AssessmentInfo.WeightedChallenge("toy-mean", 2), new AssessmentInfo.WeightedChallenge("toy-median", 1),
        new AssessmentInfo.WeightedChallenge("toy-mode", 1)));
    return Report.of(TOOL, AT, new SubmissionInfo("cohort-7/alice", "b".repeat(64)), List.of(graded("toy-mean", 2),
        failedToCompile("toy-median", 3), notAttempted("toy-mode", 9))).withAssessment(info);
  }

  /** One graded challenge whose hidden tests and findings carry {@link #SECRETS}. */
  static Report withSecrets() {
    List<TestResult> tests = List.of(
        new TestResult("P#visible()", "visible", "public", Visibility.PUBLIC, TestStatus.FAILED, 0, 0, 3,
            "public failure message", null, "public output"),
        new TestResult("H$Golden#a()", "golden a", "Golden", Visibility.HIDDEN, TestStatus.FAILED, 0, 30, 4,
            SECRETS.get(0), SECRETS.get(1), SECRETS.get(2)),
        new TestResult("H$Golden#b()", "golden b", "Golden", Visibility.HIDDEN, TestStatus.PASSED, 30, 30, 4,
            null, null, SECRETS.get(2) + " printed while passing"),
        new TestResult("H$Edge#c()", "edge c", "Edge", Visibility.HIDDEN, TestStatus.TIMED_OUT, 0, 40, 2000,
            SECRETS.get(4), SECRETS.get(1), null));
    List<GroupResult> groups = List.of(new GroupResult("Golden", "Golden values", 60, 30, 1, 2),
        new GroupResult("Edge", "Edge cases", 40, 0, 0, 1));
    List<Finding> findings = List.of(new Finding(Finding.Kind.SANDBOX, "H$Edge#c()", "edge c ran past its time limit", SECRETS.get(3)));
    return Report.of(TOOL, AT, new SubmissionInfo("bob", "d".repeat(64)), List.of(new ChallengeResult("toy-mean", "Toy mean", 3,
        Outcome.GRADED, 30, 100, groups, tests, List.of(), findings, "bwrap", 2100)));
  }

  /** Attacker-chosen markup and workflow commands in the label, a public test, its output, a finding and a diagnostic. */
  static Report hostile() {
    List<TestResult> tests = List.of(
        new TestResult("P#t()", "public " + XSS, "public", Visibility.PUBLIC, TestStatus.FAILED, 0, 0, 1, XSS + COMMAND,
            "at " + XSS, XSS + COMMAND),
        new TestResult("H$Golden#t()", "hidden " + XSS, "Golden", Visibility.HIDDEN, TestStatus.PASSED, 100, 100, 1, null, null, null));
    List<Finding> findings = List.of(new Finding(Finding.Kind.POLICY, "challenge.toymean." + XSS, "uses " + XSS + COMMAND));
    List<Diagnostic> diagnostics = List.of(new Diagnostic("warning", "challenge/toymean/" + XSS + ".java", 1, 2, XSS + COMMAND));
    return Report.of(TOOL, AT, new SubmissionInfo(XSS + COMMAND, "e".repeat(64)), List.of(new ChallengeResult("toy-mean", "Toy mean",
        2, Outcome.GRADED, 100, 100, List.of(new GroupResult("Golden", "Golden values", 100, 100, 1, 1)), tests, diagnostics, findings,
        "process-only", 10)));
  }

  static ChallengeResult graded(String id, int section) {
    List<TestResult> tests = List.of(
        new TestResult("P#p()", "public one", "public", Visibility.PUBLIC, TestStatus.PASSED, 0, 0, 5, null, null, null),
        new TestResult("H$Golden#a()", "golden a", "Golden", Visibility.HIDDEN, TestStatus.PASSED, 35, 35, 6, null, null, null),
        new TestResult("H$Golden#b()", "golden b", "Golden", Visibility.HIDDEN, TestStatus.FAILED, 0, 25, 7,
            "expected 4.0 but was 5.0", "at H.java:3", null),
        new TestResult("H$Edge#c()", "edge c", "Edge", Visibility.HIDDEN, TestStatus.PASSED, 20, 20, 8, null, null, null),
        new TestResult("H$Edge#d()", "edge d", "Edge", Visibility.HIDDEN, TestStatus.ERRORED, 0, 10, 9, "NullPointerException", null, null),
        new TestResult("H$Edge#e()", "edge e", "Edge", Visibility.HIDDEN, TestStatus.CRASHED, 0, 10, 10, "out of memory", null, null));
    List<GroupResult> groups = List.of(new GroupResult("Golden", "Golden values", 60, 35, 1, 2),
        new GroupResult("Edge", "Edge cases", 40, 20, 1, 3));
    return new ChallengeResult(id, "Challenge " + id, section, Outcome.GRADED, 55, 100, groups, tests, List.of(),
        List.of(new Finding(Finding.Kind.TAMPER, "pom.xml", "pom.xml was changed; the original was used")), "bwrap", 1500);
  }

  static ChallengeResult failedToCompile(String id, int section) {
    return new ChallengeResult(id, "Challenge " + id, section, Outcome.COMPILATION_FAILED, 0, 100,
        List.of(new GroupResult("Golden", "Golden values", 100, 0, 0, 1)),
        List.of(new TestResult("H$Golden#a()", "golden a", "Golden", Visibility.HIDDEN, TestStatus.NOT_RUN, 0, 100, 0,
            "no result was reported for this test", null, null)),
        List.of(new Diagnostic("error", "challenge/median/MedianImpl.java", 6, 19, "';' expected")), List.of(), "none", 300);
  }

  static ChallengeResult notAttempted(String id, int section) {
    return new ChallengeResult(id, "Challenge " + id, section, Outcome.NOT_ATTEMPTED, 0, 100,
        List.of(new GroupResult("Golden", "Golden values", 100, 0, 0, 1)),
        List.of(new TestResult("H$Golden#a()", "golden a", "Golden", Visibility.HIDDEN, TestStatus.NOT_RUN, 0, 100, 0,
            "no result was reported for this test", null, null)),
        List.of(), List.of(new Finding(Finding.Kind.INPUT, "", "not attempted: no sources for this challenge")), "none", 0);
  }
}
