package mlgrader.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Diagnostic;
import mlgrader.report.Finding;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;

/**
 * Exercism's test-runner {@code results.json}, version 3.
 *
 * <p>{@code status} is {@code error} when nothing could run (no challenge was graded), with the compiler's or the
 * checks' messages in {@code message} and no tests; otherwise {@code pass} when every test passed, else
 * {@code fail}. Tests are listed in suite order (public, then each group), with {@code task_id} the challenge's
 * position in a multi-challenge report. Exercism has no points, so they are lost in this format; messages are
 * capped at 65,535 characters and outputs at 500, as the specification requires.
 */
public final class ExercismReportWriter implements ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final int MESSAGE_LIMIT = 65_535;
  static final int OUTPUT_LIMIT = 500;

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 3);
    boolean nothingRan = report.results().stream().noneMatch(r -> r.outcome() == Outcome.GRADED)
        && report.results().stream().anyMatch(r -> r.outcome().rejected());
    if (nothingRan) {
      root.put("status", "error");
      root.put("message", Figures.cap(problems(report), MESSAGE_LIMIT));
      root.putArray("tests");
    } else {
      boolean allPassed = report.results().stream().allMatch(r -> r.tests().stream().allMatch(TestResult::passed));
      root.put("status", allPassed ? "pass" : "fail");
      root.putNull("message");
      ArrayNode tests = root.putArray("tests");
      for (int c = 0; c < report.results().size(); c++) {
        ChallengeResult r = report.results().get(c);
        for (TestResult t : r.tests()) {
          tests.add(test(report, r, t, c + 1));
        }
      }
    }
    JSON.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  private static ObjectNode test(Report report, ChallengeResult r, TestResult t, int taskId) {
    ObjectNode test = JSON.createObjectNode();
    test.put("name", TestNames.of(report, r, t));
    test.put("status", t.passed() ? "pass" : t.status() == TestStatus.FAILED ? "fail" : "error");
    if (t.passed()) {
      test.putNull("message");
    } else {
      String message = t.message() != null ? t.message() + (t.detail() == null ? "" : "\n" + t.detail())
          : Figures.verdict(t.status()) + (t.visibility() == Visibility.HIDDEN ? " (hidden test: details are not shown)" : "");
      if (t.status() == TestStatus.NOT_RUN && r.outcome() != Outcome.GRADED) {
        message = "not run: " + Figures.outcome(r.outcome());
      }
      test.put("message", Figures.cap(message, MESSAGE_LIMIT));
    }
    if (t.output() != null && !t.output().isEmpty()) {
      test.put("output", Figures.cap(t.output(), OUTPUT_LIMIT));
    }
    test.put("test_code", "");
    if (report.results().size() > 1) {
      test.put("task_id", taskId);
    }
    return test;
  }

  private static String problems(Report report) {
    StringBuilder b = new StringBuilder();
    for (ChallengeResult r : report.results()) {
      b.append(r.title()).append(": ").append(Figures.outcome(r.outcome())).append('\n');
      for (Diagnostic d : r.diagnostics()) {
        b.append(d.render()).append('\n');
      }
      for (Finding f : r.findings()) {
        b.append(f.location().isEmpty() ? "" : f.location() + ": ").append(f.message()).append('\n');
      }
    }
    return b.toString().strip();
  }
}
