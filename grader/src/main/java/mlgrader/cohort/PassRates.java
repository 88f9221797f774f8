package mlgrader.cohort;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/**
 * Per-challenge and per-test pass rates of a cohort, so an author can spot a broken or ambiguous test: a hidden test
 * that nobody passes, or that everybody passes, is flagged once enough submissions ran it.
 */
final class PassRates {

  /** Fewer graded submissions than this say nothing about a test, so no flag is raised. */
  static final int MIN_GRADED_FOR_FLAGS = 3;

  private PassRates() {}

  /**
   * One challenge's row.
   *
   * @param anchor the id of its test table
   * @param id the challenge id
   * @param title its title
   * @param submitted candidates with an answer to it
   * @param graded candidates whose tests ran
   * @param mean mean score of those graded, percent
   * @param median median score of those graded, percent
   * @param fullMarks how many scored 100 %
   * @param width the mean's bar width, percent
   * @param level the mean's level word
   * @param outcomes how the others fared, in words ("2 do not compile · 1 policy violation")
   */
  public record ChallengeRow(String anchor, String id, String title, int submitted, int graded, String mean, String median, int fullMarks,
      String width, String level, String outcomes) {}

  /**
   * The tests of one challenge.
   *
   * @param anchor its id in the page
   * @param title the challenge's title
   * @param graded how many submissions ran its tests
   * @param rows one per test, hidden first
   */
  public record TestTable(String anchor, String title, int graded, List<TestRow> rows) {}

  /**
   * One test's pass rate.
   *
   * @param name its name
   * @param group its group's title
   * @param hidden whether it is a hidden test
   * @param passed how many passed it
   * @param ran how many ran it
   * @param rate the pass rate, percent
   * @param width the bar's width, percent
   * @param level the rate's level word
   * @param flag why an author should look at it, or null
   */
  public record TestRow(String name, String group, boolean hidden, int passed, int ran, String rate, String width, String level, String flag) {}

  static List<ChallengeRow> challenges(List<Report> reports, List<String> challengeIds) {
    List<ChallengeRow> rows = new ArrayList<>();
    for (String id : challengeIds) {
      List<ChallengeResult> results = resultsOf(reports, id);
      List<Double> graded = results.stream().filter(r -> r.outcome() == Outcome.GRADED).map(ChallengeResult::percent).sorted().toList();
      Map<Outcome, Integer> others = new EnumMap<>(Outcome.class);
      results.stream().filter(r -> r.outcome() != Outcome.GRADED).forEach(r -> others.merge(r.outcome(), 1, Integer::sum));
      List<String> words = new ArrayList<>();
      others.forEach((o, n) -> words.add(n + " " + CohortHtmlView.outcome(o)));
      double mean = CohortHtmlView.mean(graded);
      rows.add(new ChallengeRow("tests-" + id, id, CohortHtmlView.title(reports, id),
          (int) results.stream().filter(r -> r.outcome() != Outcome.NOT_ATTEMPTED).count(), graded.size(),
          graded.isEmpty() ? "–" : CohortHtmlView.number(mean) + " %", graded.isEmpty() ? "–" : CohortHtmlView.number(CohortHtmlView.median(graded)) + " %",
          (int) graded.stream().filter(p -> p >= 100 - 1e-9).count(), CohortHtmlView.number(Math.max(mean, 0.5)), CohortHtmlView.level(mean),
          words.isEmpty() ? "all graded" : String.join(" · ", words)));
    }
    return rows;
  }

  static List<TestTable> tests(List<Report> reports, List<String> challengeIds) {
    List<TestTable> tables = new ArrayList<>();
    for (String id : challengeIds) {
      List<ChallengeResult> graded = resultsOf(reports, id).stream().filter(r -> r.outcome() == Outcome.GRADED).toList();
      Map<String, TestResult> tests = new LinkedHashMap<>();
      Map<String, int[]> counts = new LinkedHashMap<>();
      Map<String, String> groupTitles = new LinkedHashMap<>();
      for (ChallengeResult r : graded) {
        r.groups().forEach(g -> groupTitles.putIfAbsent(g.name(), g.title()));
        for (TestResult t : r.tests()) {
          tests.putIfAbsent(t.id(), t);
          int[] c = counts.computeIfAbsent(t.id(), k -> new int[2]);
          c[0] += t.passed() ? 1 : 0;
          c[1]++;
        }
      }
      List<TestRow> rows = new ArrayList<>();
      for (boolean hidden : new boolean[] {true, false}) {
        for (TestResult t : tests.values()) {
          if ((t.visibility() == Visibility.HIDDEN) == hidden) {
            int[] c = counts.get(t.id());
            rows.add(row(t, groupTitles.getOrDefault(t.group(), hidden ? t.group() : "Public"), c[0], c[1], graded.size()));
          }
        }
      }
      tables.add(new TestTable("tests-" + id, CohortHtmlView.title(reports, id), graded.size(), rows));
    }
    return tables;
  }

  private static TestRow row(TestResult t, String group, int passed, int ran, int graded) {
    double rate = ran == 0 ? 0 : 100.0 * passed / ran;
    boolean hidden = t.visibility() == Visibility.HIDDEN;
    String flag = null;
    if (hidden && graded >= MIN_GRADED_FOR_FLAGS && passed == 0) {
      flag = "nobody passes: broken, or stricter than the statement?";
    } else if (hidden && graded >= MIN_GRADED_FOR_FLAGS && passed == ran) {
      flag = "everybody passes: does it tell anyone apart?";
    }
    return new TestRow(t.name(), group, hidden, passed, ran, CohortHtmlView.number(rate) + " %", CohortHtmlView.number(Math.max(rate, 0.5)),
        CohortHtmlView.level(rate), flag);
  }

  private static List<ChallengeResult> resultsOf(List<Report> reports, String challengeId) {
    return reports.stream().flatMap(r -> r.results().stream()).filter(c -> c.challengeId().equals(challengeId)).toList();
  }
}
