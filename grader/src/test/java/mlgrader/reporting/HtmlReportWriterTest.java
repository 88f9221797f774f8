package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mlgrader.report.Audience;
import mlgrader.report.InterviewTopic;
import mlgrader.report.Report;
import org.junit.jupiter.api.Test;

/** The recruiter's page as text: self-contained, escaped, and holding everything the issue lists. */
class HtmlReportWriterTest {

  @Test
  void thePageLoadsNothingAndRunsNothing() {
    for (Report report : List.of(ReportFixtures.assessment(), ReportFixtures.hostile(), SampleReports.report(SampleReports.toyMean()))) {
      String html = Rendered.raw(ReportFormat.HTML, report);
      assertFalse(Pattern.compile("<script|<link|<iframe|<object|<embed|@import|url\\(", Pattern.CASE_INSENSITIVE).matcher(html).find(),
          "an element or rule that loads or runs something");
      Matcher reference = Pattern.compile("(?i)\\s(src|href|xlink:href|action)\\s*=\\s*\"([^\"]*)\"").matcher(html);
      while (reference.find()) {
        assertTrue(reference.group(2).startsWith("#"), "a reference out of the page: " + reference.group());
      }
      assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"), "no CSP");
    }
  }

  @Test
  void everythingTheCandidateControlsIsEscaped() {
    String html = Rendered.raw(ReportFormat.HTML, ReportFixtures.hostile());
    assertFalse(html.contains(ReportFixtures.XSS), "raw markup reached the page");
    assertFalse(html.contains("<img"), "an img element was injected");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "not shown escaped");
  }

  @Test
  void itShowsTheCandidateAssessmentScoresSkillsEvidenceDiagnosticsFindingsAndProvenance() {
    Report report = ReportFixtures.assessment();
    String html = Rendered.raw(ReportFormat.HTML, report);
    for (String expected : List.of("cohort-7/alice", "Core skills", "time limit 90 min", "27.5", "weighted total",
        "Challenge toy-mean", "Challenge toy-median", "Challenge toy-mode", "55 / 100", "not attempted", "does not compile",
        "challenge/median/MedianImpl.java:6:19: error: &#39;;&#39; expected", "pom.xml was changed", "tamper",
        "bwrap", report.grader().catalogHash(), report.submission().sha256(), Long.toString(report.seed()), "ml-grader 0.1.0",
        "Golden values", "Edge cases", "Public tests", "not signed", "Grading time")) {
      assertTrue(html.contains(expected), "missing " + expected);
    }
    for (InterviewTopic topic : InterviewTopic.values()) {
      assertTrue(html.contains(topic.title().replace("&", "&amp;")), "skill profile lacks " + topic);
    }
    assertEquals(9, count(html, "not assessed"), "12 topics, 3 assessed");
    assertTrue(html.indexOf(">Golden values <") < html.indexOf(">Edge cases <"), "evidence is in suite order");
  }

  @Test
  void hiddenTestDetailsAreForTheReviewerOnly() {
    String reviewer = Rendered.raw(ReportFormat.HTML, ReportFixtures.withSecrets());
    String candidate = Rendered.raw(ReportFormat.HTML, Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE));
    assertTrue(reviewer.contains(ReportFixtures.SECRETS.get(0)) && reviewer.contains("Reviewer view"));
    assertFalse(candidate.contains(ReportFixtures.SECRETS.get(0)));
    assertTrue(candidate.contains("Candidate view") && candidate.contains("public failure message"), "the candidate's own test keeps its message");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
