package mlgrader.reporting;

import mlgrader.report.ChallengeResult;
import mlgrader.report.GroupResult;
import mlgrader.report.Report;
import mlgrader.report.TestResult;

/**
 * How the platform formats (Gradescope, Exercism, PrairieLearn) name a test: its group's title, and its challenge's
 * when there are several.
 */
final class TestNames {

  private TestNames() {}

  /** {@code Golden values › clips by global norm}, prefixed with the challenge title in multi-challenge reports. */
  static String of(Report report, ChallengeResult r, TestResult t) {
    String group = r.groups().stream().filter(g -> g.name().equals(t.group())).map(GroupResult::title).findFirst()
        .orElse(t.group().equals("public") ? "Public tests" : t.group());
    String name = group + " › " + t.name();
    return report.results().size() > 1 || report.assessment() != null ? r.title() + " › " + name : name;
  }
}
