package mlgrader.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/**
 * GitHub Classroom runner results for {@code classroom-resources/autograding-grading-reporter@v1}, as lines to
 * append to {@code $GITHUB_OUTPUT} ({@code runners=a,b,…}) and {@code $GITHUB_ENV} ({@code A_RESULTS=<base64 of
 * the runner JSON>}).
 *
 * <p>The reporter sends Classroom the sum of the tests' {@code score}s but prints {@code passed / total ×
 * max_score} per runner; the two agree only when every test of a runner is worth the same. So points are whole
 * numbers (100 per challenge, split among an assessment's challenges by weight, then among a challenge's hidden
 * tests by their points, by largest remainder), and a runner holds the tests of one challenge group that are worth
 * the same number of points. Public tests form a runner worth nothing. Messages are our own words, never the
 * candidate's, and every line is free of newlines, so nothing the reporter prints can be a workflow command.
 */
public final class ClassroomReportWriter implements ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One runner of the reporter.
   *
   * @param id its id in {@code runners} (letters and digits only)
   * @param result the runner JSON
   */
  record Runner(String id, ObjectNode result) {
    /** The environment variable the reporter reads it from. */
    String variable() {
      return id.toUpperCase(Locale.ROOT) + "_RESULTS";
    }
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Runner> runners = runners(report);
    out.write("runners=" + String.join(",", runners.stream().map(Runner::id).toList()) + "\n");
    for (Runner r : runners) {
      out.write(r.variable() + "=" + Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(r.result())) + "\n");
    }
  }

  /** The runners of a report, challenge by challenge, public tests first, then the groups in suite order. */
  static List<Runner> runners(Report report) {
    List<ChallengeResult> results = report.results();
    int[] budgets = budgets(report);
    List<Runner> runners = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int c = 0; c < results.size(); c++) {
      ChallengeResult r = results.get(c);
      Map<TestResult, Integer> points = testPoints(r, budgets[c]);
      Map<String, List<TestResult>> byRunner = new LinkedHashMap<>();
      for (TestResult t : r.tests()) {
        byRunner.computeIfAbsent(t.group() + "\u0000" + points.get(t), k -> new ArrayList<>()).add(t);
      }
      for (List<TestResult> tests : byRunner.values()) {
        String group = tests.get(0).group();
        boolean split = byRunner.keySet().stream().filter(k -> k.startsWith(group + "\u0000")).count() > 1;
        String id = unique(alphanumeric(r.challengeId()) + capitalised(alphanumeric(group))
            + (split ? "P" + points.get(tests.get(0)) : ""), ids);
        runners.add(new Runner(id, runner(r, tests, points)));
      }
    }
    return runners;
  }

  /** Whole points per challenge: its maximum, or 100 per challenge of an assessment split by weight. */
  private static int[] budgets(Report report) {
    List<ChallengeResult> results = report.results();
    if (report.assessment() == null) {
      return results.stream().mapToInt(r -> (int) Math.round(r.maxScore())).toArray();
    }
    double[] weights = results.stream().mapToDouble(r -> report.assessment().weightOf(r.challengeId())).toArray();
    return Apportionment.split(100 * results.size(), weights);
  }

  private static Map<TestResult, Integer> testPoints(ChallengeResult r, int budget) {
    List<TestResult> scored = r.tests().stream().filter(t -> t.visibility() == Visibility.HIDDEN && t.maxPoints() > 0).toList();
    int[] parts = Apportionment.split(budget, scored.stream().mapToDouble(TestResult::maxPoints).toArray());
    Map<TestResult, Integer> points = new IdentityHashMap<>();
    r.tests().forEach(t -> points.put(t, 0));
    for (int i = 0; i < parts.length; i++) {
      points.put(scored.get(i), parts[i]);
    }
    return points;
  }

  private static ObjectNode runner(ChallengeResult r, List<TestResult> tests, Map<TestResult, Integer> points) {
    ObjectNode json = JSON.createObjectNode();
    json.put("version", 1);
    boolean allPassed = tests.stream().allMatch(TestResult::passed);
    json.put("status", r.outcome().rejected() ? "error" : allPassed ? "pass" : "fail");
    json.put("max_score", tests.stream().mapToInt(points::get).sum());
    ArrayNode array = json.putArray("tests");
    for (TestResult t : tests) {
      ObjectNode test = array.addObject();
      test.put("name", oneLine(t.name()));
      test.put("status", t.passed() ? "pass" : "fail");
      test.put("score", t.passed() ? points.get(t) : 0);
      if (t.passed()) {
        test.putNull("message");
      } else {
        test.put("message", r.outcome().rejected() || r.outcome() == Outcome.NOT_ATTEMPTED
            ? "not run: " + Figures.outcome(r.outcome()) : Figures.verdict(t.status()));
      }
      test.put("test_code", "");
      test.put("filename", "");
      test.put("line_no", 0);
      test.put("duration", t.durationMillis());
    }
    return json;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replace("::", ": :");
  }

  private static String alphanumeric(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id.isEmpty() ? "tests" : id;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = id + n;
    }
    return candidate;
  }
}
