package mlgrader.signing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
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
import mlgrader.reporting.JsonReportWriter;

/** A two-challenge report to sign, and its JSON text to edit by hand. */
final class SignedReports {

  private SignedReports() {}

  static Report report() {
    return Report.of(new ToolInfo("ml-grader", "0.1.0", "c".repeat(64)), Instant.parse("2026-01-02T03:04:05Z"),
        new SubmissionInfo("alice", "a".repeat(64)), List.of(result("gradient-clipping", 4, 62.5), result("stratified-k-fold", 3, 100)));
  }

  static String json(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportWriter().write(report, out);
    return out.toString();
  }

  static com.fasterxml.jackson.databind.JsonNode tree(String json) throws IOException {
    return JsonReportWriter.readTree(new StringReader(json));
  }

  private static ChallengeResult result(String id, int section, double score) {
    boolean full = score == 100;
    TestResult passed = new TestResult("H$Golden#a()", "a", "Golden", Visibility.HIDDEN, TestStatus.PASSED, score, score, 3,
        null, null, null);
    TestResult other = new TestResult("H$Golden#b()", "b", "Golden", Visibility.HIDDEN, full ? TestStatus.PASSED : TestStatus.FAILED,
        0, 100 - score, 4, full ? null : "expected 1 but was 2", null, null);
    return new ChallengeResult(id, id, section, Outcome.GRADED, score, 100,
        List.of(new GroupResult("Golden", "Golden values", 100, score, full ? 2 : 1, 2)), List.of(passed, other), List.of(),
        List.of(), "bwrap", 1000);
  }
}
