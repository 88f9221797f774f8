package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Gradescope, Exercism v3 and PrairieLearn files: against each platform's rules, then field by field. */
class PlatformFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Report> REPORTS = List.of(ReportFixtures.assessment(), SampleReports.report(SampleReports.toyMean()),
      ReportFixtures.hostile(), ReportFixtures.withSecrets(), Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE),
      SampleReports.report(ReportFixtures.failedToCompile("toy-median", 3)), SampleReports.report(ReportFixtures.notAttempted("x", 1)));

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"GRADESCOPE", "EXERCISM", "PRAIRIELEARN"})
  void everyReportConformsToThePlatformsRules(ReportFormat format) {
    String schema = switch (format) {
      case GRADESCOPE -> "/schemas/gradescope-results.schema.json";
      case EXERCISM -> "/schemas/exercism-results-v3.schema.json";
      default -> "/schemas/prairielearn-results.schema.json";
    };
    for (Report report : REPORTS) {
      JsonSchemas.assertConforms(schema, Rendered.raw(format, report));
    }
  }

  @Test
  void theSchemasAreStrictEnoughToFail() {
    assertFalse(JsonSchemas.violations("/schemas/gradescope-results.schema.json",
        "{\"score\": 1, \"execution_time\": 1, \"tests\": [{\"name\": \"t\", \"score\": 1, \"max_score\": 1, \"status\": \"error\"}]}").isEmpty());
    assertFalse(JsonSchemas.violations("/schemas/exercism-results-v3.schema.json",
        "{\"version\": 3, \"status\": \"error\", \"message\": null, \"tests\": []}").isEmpty());
    assertFalse(JsonSchemas.violations("/schemas/prairielearn-results.schema.json", "{\"gradable\": true, \"score\": 1.5, \"tests\": []}").isEmpty());
  }

  @Test
  void gradescopeCarriesTheWeightedTotalAsScoreAndTestScoresAddUpToIt() throws Exception {
    Report report = ReportFixtures.assessment();
    JsonNode json = JSON.readTree(Rendered.raw(ReportFormat.GRADESCOPE, report));
    assertEquals(report.score(), json.get("score").asDouble(), 1e-9);
    double sum = StreamSupport.stream(json.get("tests").spliterator(), false).mapToDouble(t -> t.get("score").asDouble()).sum();
    assertEquals(report.score(), sum, 1e-9);
    double max = StreamSupport.stream(json.get("tests").spliterator(), false).mapToDouble(t -> t.get("max_score").asDouble()).sum();
    assertEquals(100, max, 1e-9);
    assertEquals((1500 + 300) / 1000.0, json.get("execution_time").asDouble(), 1e-9, "seconds, not milliseconds");
    JsonNode failed = find(json.get("tests"), "Challenge toy-mean › Golden values › golden b");
    assertEquals("failed", failed.get("status").asText());
    assertEquals("1.3", failed.get("number").asText());
    assertEquals("text", json.get("output_format").asText(), "the candidate's text must never be rendered as Markdown");
  }

  @Test
  void gradescopeShowsHiddenDetailOnlyAfterPublishingInAReviewerReport() throws Exception {
    JsonNode reviewer = JSON.readTree(Rendered.raw(ReportFormat.GRADESCOPE, ReportFixtures.withSecrets()));
    assertEquals("after_published", find(reviewer.get("tests"), "Golden values › golden a").get("visibility").asText());
    assertEquals("visible", find(reviewer.get("tests"), "Public tests › visible").get("visibility").asText());
    JsonNode candidate = JSON.readTree(Rendered.raw(ReportFormat.GRADESCOPE, Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE)));
    assertEquals("visible", find(candidate.get("tests"), "Golden values › golden a").get("visibility").asText());
  }

  @Test
  void exercismReportsAnErrorWithTheCompilerMessageWhenNothingRan() throws Exception {
    JsonNode json = JSON.readTree(Rendered.raw(ReportFormat.EXERCISM, SampleReports.report(ReportFixtures.failedToCompile("toy-median", 3))));
    assertEquals("error", json.get("status").asText());
    assertTrue(json.get("message").asText().contains("challenge/median/MedianImpl.java:6:19: error: ';' expected"), json.toString());
    assertEquals(0, json.get("tests").size());
  }

  @Test
  void exercismCapsOutputAt500CharactersAndNumbersTasksInAnAssessment() throws Exception {
    String longOutput = "x".repeat(2_000);
    Report report = SampleReports.report(SampleReports.challenge("demo", "Demo", List.of(
        SampleReports.test("P#t()", "t", "public", Visibility.PUBLIC, TestStatus.FAILED, 0, 0, "m", null, longOutput)), List.of(), List.of()));
    JsonNode test = JSON.readTree(Rendered.raw(ReportFormat.EXERCISM, report)).get("tests").get(0);
    assertTrue(test.get("output").asText().length() <= 500);
    assertEquals("fail", test.get("status").asText());
    JsonNode assessment = JSON.readTree(Rendered.raw(ReportFormat.EXERCISM, ReportFixtures.assessment()));
    assertEquals("fail", assessment.get("status").asText());
    assertEquals(2, find(assessment.get("tests"), "Challenge toy-median › Golden values › golden a").get("task_id").asInt());
    assertEquals("error", find(assessment.get("tests"), "Challenge toy-mean › Edge cases › edge e").get("status").asText(), "a crash");
  }

  @Test
  void prairieLearnScoresInZeroToOneAndDoesNotGradeWhatDoesNotCompile() throws Exception {
    Report report = ReportFixtures.assessment();
    JsonNode json = JSON.readTree(Rendered.raw(ReportFormat.PRAIRIELEARN, report));
    assertTrue(json.get("gradable").asBoolean());
    assertEquals(report.percent() / 100, json.get("score").asDouble(), 1e-9);
    JsonNode notCompiling = JSON.readTree(Rendered.raw(ReportFormat.PRAIRIELEARN, SampleReports.report(ReportFixtures.failedToCompile("m", 3))));
    assertFalse(notCompiling.get("gradable").asBoolean());
    assertTrue(notCompiling.get("format_errors").toString().contains("';' expected"), notCompiling.toString());
  }

  @Test
  void prairieLearnStaysUnderOneMegabyteWhateverTheOutput() {
    String huge = "y".repeat(200_000);
    List<mlgrader.report.TestResult> tests = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tests.add(SampleReports.test("P#t" + i + "()", "t" + i, "public", Visibility.PUBLIC, TestStatus.FAILED, 0, 0, huge, huge, huge));
    }
    String json = Rendered.raw(ReportFormat.PRAIRIELEARN, SampleReports.report(SampleReports.challenge("demo", "Demo", tests, List.of(), List.of())));
    assertTrue(json.length() < 1_000_000, json.length() + " characters");
  }

  private static JsonNode find(JsonNode tests, String name) {
    for (JsonNode t : tests) {
      if (t.get("name").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no test named " + name + " in " + tests);
  }
}
