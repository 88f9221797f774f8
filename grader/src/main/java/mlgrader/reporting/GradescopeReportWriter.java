package mlgrader.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import mlgrader.report.Audience;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Finding;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/**
 * Gradescope's {@code /autograder/results/results.json}: the total as {@code score}, one entry per test with its
 * (assessment-weighted) points, {@code passed}/{@code failed}, and time in seconds.
 *
 * <p>Outputs are plain text ({@code output_format: text}), so nothing the candidate wrote is rendered as Markdown
 * or HTML. A candidate report is already redacted, so every test is {@code visible}; in a reviewer report hidden
 * tests carry their details and are {@code after_published}, so students see them only once grades are out.
 */
public final class GradescopeReportWriter implements ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int OUTPUT_LIMIT = 8_000;

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("score", report.score());
    root.put("execution_time", report.results().stream().mapToLong(ChallengeResult::durationMillis).sum() / 1000.0);
    root.put("output", summary(report));
    root.put("output_format", "text");
    root.put("test_output_format", "text");
    root.put("test_name_format", "text");
    root.put("visibility", "visible");
    root.put("stdout_visibility", "hidden");
    ObjectNode extra = root.putObject("extra_data");
    extra.put("grader_version", report.grader().version());
    extra.put("catalogue_sha256", report.grader().catalogHash());
    extra.put("submission_sha256", report.submission().sha256());
    extra.put("seed", report.seed());
    ArrayNode tests = root.putArray("tests");
    for (int c = 0; c < report.results().size(); c++) {
      ChallengeResult r = report.results().get(c);
      double scale = report.pointScale(r);
      for (int i = 0; i < r.tests().size(); i++) {
        TestResult t = r.tests().get(i);
        ObjectNode test = tests.addObject();
        test.put("name", TestNames.of(report, r, t));
        test.put("number", (c + 1) + "." + (i + 1));
        test.put("score", t.points() * scale);
        test.put("max_score", t.maxPoints() * scale);
        test.put("status", t.passed() ? "passed" : "failed");
        test.put("output", Figures.cap(output(t), OUTPUT_LIMIT));
        test.putArray("tags").add(r.challengeId()).add(t.group());
        test.put("visibility", report.audience() == Audience.REVIEWER && t.visibility() == Visibility.HIDDEN ? "after_published" : "visible");
      }
    }
    JSON.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  private static String output(TestResult t) {
    if (t.passed()) {
      return t.output() == null ? "" : "Output:\n" + t.output();
    }
    StringBuilder b = new StringBuilder(Figures.verdict(t.status()));
    if (t.message() == null && t.visibility() == Visibility.HIDDEN) {
      b.append(" (hidden test: its inputs and expected values are not shown)");
    }
    for (String part : new String[] {t.message(), t.detail(), t.output() == null ? null : "Output:\n" + t.output()}) {
      if (part != null && !part.isEmpty()) {
        b.append("\n\n").append(part);
      }
    }
    return b.toString();
  }

  private static String summary(Report report) {
    StringBuilder b = new StringBuilder();
    b.append("ML Grader ").append(report.grader().version()).append(": ").append(Figures.points(report.score())).append(" / ")
        .append(Figures.points(report.maxScore())).append(report.assessment() == null ? "" : " (weighted)").append('\n');
    for (ChallengeResult r : report.results()) {
      b.append('\n').append(r.title()).append(": ").append(Figures.points(r.score())).append(" / ").append(Figures.points(r.maxScore()))
          .append(", ").append(Figures.outcome(r.outcome())).append(", isolation ").append(r.isolation()).append('\n');
      for (Finding f : r.findings()) {
        b.append("  [").append(f.kind().name().toLowerCase(Locale.ROOT)).append("] ")
            .append(f.location().isEmpty() ? "" : f.location() + ": ").append(f.message()).append('\n');
      }
      r.diagnostics().forEach(d -> b.append("  ").append(d.render()).append('\n'));
    }
    b.append("\nsubmission sha256 ").append(report.submission().sha256()).append(", catalogue ")
        .append(Figures.shortHash(report.grader().catalogHash())).append(", seed ").append(report.seed());
    return Figures.cap(b.toString(), 60_000);
  }
}
