package mlgrader.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Finding;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/**
 * PrairieLearn's external-grader {@code /grade/results/results.json}: {@code score} in [0, 1], per-test points.
 *
 * <p>A submission that does not compile or lacks the required API is {@code gradable: false} with
 * {@code format_errors}, so PrairieLearn neither penalises it nor counts the attempt; a policy violation is graded
 * (0 points), since it is the candidate's choice. Texts are capped so the file stays well under PrairieLearn's 1 MB.
 */
public final class PrairieLearnReportWriter implements ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<Outcome> FORMAT_ERRORS =
      EnumSet.of(Outcome.COMPILATION_FAILED, Outcome.API_MISMATCH, Outcome.INVALID_SUBMISSION);
  private static final int TEXT_LIMIT = 4_000;

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    boolean gradable = report.results().stream().anyMatch(r -> !FORMAT_ERRORS.contains(r.outcome()));
    root.put("gradable", gradable);
    if (!gradable) {
      ArrayNode errors = root.putArray("format_errors");
      for (ChallengeResult r : report.results()) {
        errors.add(r.title() + ": " + Figures.outcome(r.outcome()));
        r.diagnostics().forEach(d -> errors.add(Figures.cap(d.render(), TEXT_LIMIT)));
        r.findings().forEach(f -> errors.add(Figures.cap(finding(f), TEXT_LIMIT)));
      }
    } else {
      root.put("score", report.maxScore() == 0 ? 0 : Math.min(1, report.score() / report.maxScore()));
      root.put("message", "Score " + Figures.points(report.score()) + " / " + Figures.points(report.maxScore())
          + (report.assessment() == null ? "" : " (weighted)"));
      root.put("output", Figures.cap(output(report), TEXT_LIMIT * 4));
      ArrayNode tests = root.putArray("tests");
      for (ChallengeResult r : report.results()) {
        double scale = report.pointScale(r);
        for (TestResult t : r.tests()) {
          ObjectNode test = tests.addObject();
          test.put("name", TestNames.of(report, r, t));
          test.put("description", t.visibility() == Visibility.HIDDEN ? "hidden test" : "public test");
          test.put("points", t.points() * scale);
          test.put("max_points", t.maxPoints() * scale);
          test.put("message", Figures.cap(message(t), TEXT_LIMIT));
          test.put("output", Figures.cap(t.output() == null ? "" : t.output(), TEXT_LIMIT));
        }
      }
    }
    JSON.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  private static String message(TestResult t) {
    if (t.passed()) {
      return "passed";
    }
    if (t.message() == null) {
      return Figures.verdict(t.status());
    }
    return t.message() + (t.detail() == null ? "" : "\n" + t.detail());
  }

  private static String output(Report report) {
    StringBuilder b = new StringBuilder();
    for (ChallengeResult r : report.results()) {
      b.append(r.title()).append(": ").append(Figures.points(r.score())).append(" / ").append(Figures.points(r.maxScore()))
          .append(", ").append(Figures.outcome(r.outcome())).append('\n');
      r.findings().forEach(f -> b.append("  ").append(finding(f)).append('\n'));
    }
    return b.append("seed ").append(report.seed()).append(", submission sha256 ").append(report.submission().sha256()).toString();
  }

  private static String finding(Finding f) {
    return "[" + f.kind().name().toLowerCase(Locale.ROOT) + "] " + (f.location().isEmpty() ? "" : f.location() + ": ") + f.message();
  }
}
