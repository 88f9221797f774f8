package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mlgrader.report.Audience;
import mlgrader.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The candidate view holds back hidden-test detail in every format: a report whose hidden tests and findings carry
 * secrets is rendered in each {@link ReportFormat} for the candidate, and no secret appears; the same report for
 * a reviewer shows them, so the search would find a leak.
 */
class CandidateViewTest {

  private final Report full = ReportFixtures.withSecrets();

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noHiddenTestMessageDetailOutputOrFindingDetailReachesTheCandidate(ReportFormat format) {
    String text = Rendered.readable(format, Redaction.forAudience(full, Audience.CANDIDATE));
    for (String secret : ReportFixtures.SECRETS) {
      assertFalse(text.contains(secret), format + " leaked " + secret + ":\n" + text);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void theCandidateStillSeesEveryHiddenTestByNameAndVerdict(ReportFormat format) {
    String text = Rendered.readable(format, Redaction.forAudience(full, Audience.CANDIDATE));
    for (String name : new String[] {"golden a", "golden b", "edge c"}) {
      assertTrue(text.contains(name), format + " lost hidden test " + name);
    }
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = "CLASSROOM", mode = EnumSource.Mode.EXCLUDE)
  void theReviewerViewOfTheSameReportShowsTheHiddenFailure(ReportFormat format) {
    String text = Rendered.readable(format, Redaction.forAudience(full, Audience.REVIEWER));
    assertTrue(text.contains(ReportFixtures.SECRETS.get(0)), format + " would not show a leak, so the candidate test proves nothing");
  }
}
