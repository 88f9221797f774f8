package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import mlgrader.report.Audience;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Finding;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;

class RedactionTest {

  private final Report full =
      SampleReports.report(SampleReports.toyMean(), SampleReports.toyMean());

  @Test
  void theCandidateViewStripsMessageDetailAndOutputOfEveryHiddenTestAndNothingElse() {
    Report candidate = Redaction.forAudience(full, Audience.CANDIDATE);
    assertEquals(Audience.CANDIDATE, candidate.audience());
    for (int r = 0; r < full.results().size(); r++) {
      ChallengeResult before = full.results().get(r);
      ChallengeResult after = candidate.results().get(r);
      assertEquals(before.tests().size(), after.tests().size());
      for (int i = 0; i < before.tests().size(); i++) {
        TestResult original = before.tests().get(i);
        TestResult shown = after.tests().get(i);
        if (original.visibility() == Visibility.HIDDEN) {
          assertNull(shown.message(), shown.id());
          assertNull(shown.detail(), shown.id());
          assertNull(shown.output(), shown.id());
          assertEquals(
              original,
              new TestResult(
                  shown.id(),
                  shown.name(),
                  shown.group(),
                  shown.visibility(),
                  shown.status(),
                  shown.points(),
                  shown.maxPoints(),
                  shown.durationMillis(),
                  original.message(),
                  original.detail(),
                  original.output()),
              "only message, detail and output may change");
        } else {
          assertEquals(original, shown, "a public test is the candidate's own and stays whole");
        }
      }
    }
  }

  @Test
  void theCandidateViewDropsTheDetailOfEveryFindingButKeepsItsMessage() {
    Report candidate = Redaction.forAudience(full, Audience.CANDIDATE);
    ChallengeResult before = full.results().get(0);
    ChallengeResult after = candidate.results().get(0);
    assertEquals(before.findings().size(), after.findings().size());
    for (int i = 0; i < before.findings().size(); i++) {
      Finding original = before.findings().get(i);
      Finding shown = after.findings().get(i);
      assertNull(shown.detail());
      assertEquals(new Finding(original.kind(), original.location(), original.message()), shown);
    }
  }

  @Test
  void theCandidateViewKeepsScoresGroupsAndCompilerMessages() {
    Report candidate = Redaction.forAudience(full, Audience.CANDIDATE);
    assertEquals(full.score(), candidate.score());
    ChallengeResult before = full.results().get(0);
    ChallengeResult after = candidate.results().get(0);
    assertEquals(before.groups(), after.groups());
    assertEquals(before.diagnostics(), after.diagnostics());
    assertEquals(before.outcome(), after.outcome());
  }

  @Test
  void noHiddenDetailReachesAnyRenderedCandidateReport() throws Exception {
    Report candidate = Redaction.forAudience(full, Audience.CANDIDATE);
    for (ReportWriter writer :
        new ReportWriter[] {
          new JsonReportWriter(), new TextReportWriter(false), new MarkdownReportWriter()
        }) {
      StringWriter out = new StringWriter();
      writer.write(candidate, out);
      for (String secret :
          new String[] {
            "2.5",
            "3.3333",
            SampleReports.HIDDEN_DETAIL,
            SampleReports.HIDDEN_OUTPUT,
            "printed while passing",
            "Java heap space"
          }) {
        assertFalse(
            out.toString().contains(secret),
            writer.getClass().getSimpleName() + " leaked " + secret);
      }
    }
  }

  @Test
  void theReviewerViewIsTheFullReport() {
    assertEquals(full, Redaction.forAudience(full, Audience.REVIEWER));
  }
}
