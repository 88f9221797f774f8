package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import mlgrader.report.Audience;
import mlgrader.report.ChallengeResult;
import mlgrader.report.GroupResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;

/** The Classroom runner results, fed to the reporter's own parsing and scoring rules ({@link ClassroomReporter}). */
class ClassroomReportWriterTest {

  @Test
  void everyRunnerConformsToWhatTheReporterReads() throws Exception {
    for (Report report : List.of(ReportFixtures.assessment(), SampleReports.report(SampleReports.toyMean()), ReportFixtures.hostile(),
        Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE), oddWeights())) {
      ClassroomReporter.Reported outcome = ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, report));
      for (JsonNode runner : outcome.runners().values()) {
        JsonSchemas.assertConforms("/schemas/classroom-runner.schema.json", runner.toString());
      }
    }
  }

  @Test
  void theConsoleAndClassroomAgreeOnEveryRunnerEvenWithUnequalTestWeights() throws Exception {
    for (Report report : List.of(ReportFixtures.assessment(), SampleReports.report(SampleReports.toyMean()), oddWeights())) {
      ClassroomReporter.Reported outcome = ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, report));
      outcome.consolePoints().forEach((runner, console) ->
          assertEquals(outcome.runnerPoints().get(runner), console, 1e-9, "runner " + runner + " of " + outcome.runners().get(runner)));
      for (JsonNode runner : outcome.runners().values()) {
        long distinct = java.util.stream.StreamSupport.stream(runner.get("tests").spliterator(), false)
            .filter(t -> t.get("status").asText().equals("pass")).map(t -> t.get("score").asInt()).distinct().count();
        assertTrue(distinct <= 1, "a runner mixes point values: " + runner);
      }
    }
  }

  @Test
  void classroomGetsOneHundredWholePointsPerChallengeAndTheReportsPercentage() throws Exception {
    Report single = oddWeights();
    ClassroomReporter.Reported one = ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, single));
    assertEquals(100, one.maxPoints());
    assertEquals(single.percent(), 100 * one.points() / one.maxPoints(), 1.5, "whole points may round each test by under one point");

    Report assessment = ReportFixtures.assessment();
    ClassroomReporter.Reported three = ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, assessment));
    assertEquals(300, three.maxPoints());
    assertEquals(assessment.percent(), 100 * three.points() / three.maxPoints(), 0.5);
    assertEquals(Math.rint(three.points()), three.points(), "Classroom points are whole numbers");
  }

  @Test
  void anAssessmentSplitsItsPointsByWeight() throws Exception {
    ClassroomReporter.Reported outcome = ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, ReportFixtures.assessment()));
    double toyMean = outcome.runners().entrySet().stream().filter(e -> e.getKey().startsWith("toymean"))
        .mapToDouble(e -> e.getValue().get("max_score").asDouble()).sum();
    assertEquals(150, toyMean, "toy-mean has half the weight, so half of 3 × 100 points");
  }

  @Test
  void failingTestsOrAChallengeThatDoesNotCompileFailTheJob() throws Exception {
    ClassroomReporter.Reported outcome = ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, ReportFixtures.assessment()));
    assertTrue(outcome.jobFails());
    JsonNode median = outcome.runners().get("toymedianGolden");
    assertEquals("error", median.get("status").asText(), outcome.runners().keySet().toString());
    assertEquals("not run: does not compile", median.get("tests").get(0).get("message").asText());
    Report allPassing = SampleReports.report(SampleReports.challenge("demo", "Demo", List.of(
        SampleReports.test("H$Golden#a()", "a", "Golden", Visibility.HIDDEN, TestStatus.PASSED, 60, 60, null, null, null),
        SampleReports.test("H$EdgeCases#b()", "b", "EdgeCases", Visibility.HIDDEN, TestStatus.PASSED, 40, 40, null, null, null)),
        List.of(), List.of()));
    assertFalse(ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, allPassing)).jobFails());
  }

  @Test
  void nothingTheReporterPrintsCanBeAWorkflowCommandOrTheCandidatesText() throws Exception {
    Report report = SampleReports.report(SampleReports.challenge("demo", "Demo", List.of(
        SampleReports.test("P#t()", "name\n::notice title=Autograding complete::Points 100/100", "public", Visibility.PUBLIC,
            TestStatus.FAILED, 0, 0, ReportFixtures.COMMAND, ReportFixtures.COMMAND, ReportFixtures.COMMAND)), List.of(), List.of()));
    String decoded = Rendered.readable(ReportFormat.CLASSROOM, report);
    for (JsonNode runner : ClassroomReporter.run(Rendered.raw(ReportFormat.CLASSROOM, report)).runners().values()) {
      for (JsonNode test : runner.get("tests")) {
        for (String field : List.of("name", "message")) {
          String text = test.get(field).asText();
          assertFalse(text.contains("\n") || text.contains("::"), field + " could start a workflow command: " + text);
        }
      }
    }
    assertFalse(decoded.contains("set-output"), "the candidate's message reached the reporter");
  }

  @Test
  void runnerIdsAreUniqueLettersAndDigits() throws Exception {
    Report twoLookalikes = SampleReports.report(ReportFixtures.graded("a-b", 1), ReportFixtures.graded("ab", 2));
    String raw = Rendered.raw(ReportFormat.CLASSROOM, twoLookalikes);
    List<String> ids = List.of(raw.lines().findFirst().orElseThrow().substring("runners=".length()).split(","));
    assertEquals(10, ids.size(), "public, golden at 35 and 25 points, edge at 20 and 10 points, for each challenge: " + ids);
    assertEquals(ids.size(), ids.stream().map(String::toLowerCase).distinct().count(), ids.toString());
    assertTrue(ids.contains("abGoldenP35") && ids.contains("abGoldenP352"), ids.toString());
    ids.forEach(id -> assertTrue(id.matches("[A-Za-z0-9]+"), id));
    assertEquals(10, ClassroomReporter.run(raw).runners().size());
  }

  /** One challenge whose hidden tests have the uneven shares @Points gives: 35 split 1:1:1, 30 split 1:2:4, 35 split 3:4. */
  private static Report oddWeights() {
    List<TestResult> tests = new java.util.ArrayList<>();
    List<GroupResult> groups = List.of(
        group(tests, "Golden", 35, new int[] {1, 1, 1}, new boolean[] {true, false, true}),
        group(tests, "Properties", 30, new int[] {1, 2, 4}, new boolean[] {true, true, false}),
        group(tests, "EdgeCases", 35, new int[] {3, 4}, new boolean[] {false, true}));
    double score = tests.stream().mapToDouble(TestResult::points).sum();
    return SampleReports.report(new ChallengeResult("odd", "Odd weights", 4, Outcome.GRADED, score, 100, groups, tests, List.of(),
        List.of(), "bwrap", 10));
  }

  private static GroupResult group(List<TestResult> tests, String name, double weight, int[] shares, boolean[] passed) {
    int total = java.util.Arrays.stream(shares).sum();
    double earned = 0;
    for (int i = 0; i < shares.length; i++) {
      double max = weight * shares[i] / total;
      earned += passed[i] ? max : 0;
      tests.add(new TestResult("H$" + name + "#t" + i + "()", name + " " + i, name, Visibility.HIDDEN,
          passed[i] ? TestStatus.PASSED : TestStatus.FAILED, passed[i] ? max : 0, max, 1, null, null, null));
    }
    int passedCount = (int) java.util.stream.IntStream.range(0, passed.length).filter(i -> passed[i]).count();
    return new GroupResult(name, name, weight, earned, passedCount, shares.length);
  }
}
