package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import mlgrader.report.Report;
import mlgrader.reporting.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode gradeJson(String submission, String... more) throws Exception {
    String[] args = new String[more.length + 2];
    args[0] = "--format";
    args[1] = "json";
    System.arraycopy(more, 0, args, 2, more.length);
    Cli.Result r = Cli.grade(submission, args);
    assertEquals(ExitCode.OK, r.code(), r.err());
    return JSON.readTree(r.out()).get("results").get(0);
  }

  @Test
  void referenceScoresFullMarks() throws Exception {
    Cli.Result r = Cli.run("grade", Cli.FIXTURE.resolve("challenges/toy-mean/reference").toString(), "-c", "toy-mean",
        "--catalog", Cli.FIXTURE.toString(), "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode result = JSON.readTree(r.out()).get("results").get(0);
    assertEquals("GRADED", result.get("outcome").asText());
    assertEquals(100.0, result.get("score").asDouble(), 1e-9);
  }

  @Test
  void correctSubmissionWithHelperClassesRecordsAndLambdasScoresFullMarks() throws Exception {
    JsonNode result = gradeJson("correct-with-helper");
    assertEquals(100.0, result.get("score").asDouble(), 1e-9, result.toString());
    assertEquals(0, result.get("findings").size(), result.get("findings").toString());
  }

  @Test
  void syntaxErrorIsReportedAsFileLineColumn() {
    Cli.Result r = Cli.grade("syntax-error");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("does not compile"), r.out());
    assertTrue(r.out().contains("challenge/toymean/MeanCalculatorImpl.java:6:19: error: ';' expected"), r.out());
  }

  @Test
  void missingConstructorIsAnApiMismatchNotAWallOfTestErrors() throws Exception {
    JsonNode result = gradeJson("missing-constructor");
    assertEquals("API_MISMATCH", result.get("outcome").asText());
    assertEquals(0.0, result.get("score").asDouble());
    assertEquals("`MeanCalculatorImpl` has no public no-arg constructor", result.get("findings").get(0).get("message").asText());
  }

  @Test
  void classThatDoesNotImplementTheApiIsAnApiMismatch() throws Exception {
    JsonNode result = gradeJson("not-implementing");
    assertEquals("API_MISMATCH", result.get("outcome").asText());
    assertTrue(result.get("findings").toString().contains("does not implement `MeanCalculator`"), result.toString());
  }

  @Test
  void systemExitIsAPolicyFindingWithClassMethodAndLine() throws Exception {
    JsonNode result = gradeJson("calls-system-exit");
    assertEquals("POLICY_VIOLATION", result.get("outcome").asText());
    JsonNode finding = result.get("findings").get(0);
    assertEquals("challenge.toymean.MeanCalculatorImpl.mean (line 6)", finding.get("location").asText());
    assertTrue(finding.get("message").asText().startsWith("uses java.lang.System.exit(int): "), finding.toString());
  }

  @Test
  void hangingTestIsBlamedAndTheOthersStillScore() throws Exception {
    JsonNode result = gradeJson("loops-on-empty", "--audience", "reviewer");
    assertEquals(60.0, result.get("score").asDouble(), 1e-9, result.toString());
    JsonNode edge = find(result, "emptyIsRejected");
    assertEquals("TIMED_OUT", edge.get("status").asText());
  }

  @Test
  void memoryBombCrashesOnlyItsOwnTest() throws Exception {
    JsonNode result = gradeJson("memory-bomb-on-empty", "--audience", "reviewer");
    assertEquals(60.0, result.get("score").asDouble(), 1e-9, result.toString());
    assertEquals("CRASHED", find(result, "emptyIsRejected").get("status").asText());
    assertTrue(result.get("findings").toString().contains("ran out of memory"), result.toString());
  }

  @Test
  void forgedEventLinesOnStdoutDoNotChangeTheScore() throws Exception {
    JsonNode result = gradeJson("forges-events");
    assertEquals(0.0, result.get("score").asDouble(), result.toString());
    assertEquals("FAILED", find(result, "smallVector").get("status").asText());
  }

  @Test
  void candidateReportNeverCarriesHiddenDetail() throws Exception {
    Cli.Result r = Cli.grade(Cli.FIXTURE.resolve("challenges/toy-mean/mutants/M1").toString(), "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode result = JSON.readTree(r.out()).get("results").get(0);
    JsonNode hidden = find(result, "smallVector");
    assertEquals("FAILED", hidden.get("status").asText());
    assertTrue(hidden.get("message").isNull() && hidden.get("detail").isNull() && hidden.get("output").isNull(), hidden.toString());
    assertFalse(r.out().contains("3.3333333333333335"), "a hidden actual value leaked");
    assertFalse(r.out().contains("2.5"), "a hidden expected value leaked");
  }

  @Test
  void reviewerReportShowsHiddenFailureMessages() throws Exception {
    JsonNode result = gradeJson(Cli.FIXTURE.resolve("challenges/toy-mean/mutants/M1").toString(), "--audience", "reviewer");
    assertTrue(find(result, "smallVector").get("message").asText().contains("expected 2.5"), result.toString());
  }

  @Test
  void failUnderGivesExitCodeOneBelowTheThreshold() {
    assertEquals(ExitCode.BELOW_THRESHOLD, Cli.grade(Cli.FIXTURE.resolve("challenges/toy-mean/mutants/M1").toString(), "--fail-under", "50").code());
    assertEquals(ExitCode.OK, Cli.grade(Cli.FIXTURE.resolve("challenges/toy-mean/mutants/M1").toString(), "--fail-under", "40").code());
  }

  @Test
  void jsonReportRoundTripsThroughTheModel(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.json");
    Cli.Result r = Cli.grade("correct-with-helper", "--format", "json", "--out", out.toString(), "--audience", "reviewer");
    assertEquals(ExitCode.OK, r.code(), r.err());
    String written = Files.readString(out);
    Report parsed = JsonReportWriter.read(new StringReader(written));
    java.io.StringWriter again = new java.io.StringWriter();
    new JsonReportWriter().write(parsed, again);
    assertEquals(written, again.toString());
    assertEquals(1, parsed.schemaVersion());
  }

  @Test
  void gradingTwiceGivesIdenticalReportsApartFromTimings() throws Exception {
    String first = stripTimings(Cli.grade("correct-with-helper", "--format", "json", "--audience", "reviewer").out());
    String second = stripTimings(Cli.grade("correct-with-helper", "--format", "json", "--audience", "reviewer").out());
    assertEquals(first, second);
  }

  @Test
  void zipSubmissionIsGradedLikeTheFolder(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("sub.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      Path src = Cli.SUBMISSIONS.resolve("correct-with-helper");
      for (String f : new String[] {"MeanCalculatorImpl.java", "Summation.java"}) {
        out.putNextEntry(new java.util.zip.ZipEntry("candidate/src/main/java/challenge/toymean/" + f));
        out.write(Files.readAllBytes(src.resolve(f)));
        out.closeEntry();
      }
    }
    JsonNode result = gradeJson(zip.toString());
    assertEquals(100.0, result.get("score").asDouble(), 1e-9);
  }

  private static String stripTimings(String json) {
    return json.replaceAll("\"(durationMillis|generatedAt)\" : [^,\\n]*", "\"$1\" : 0");
  }

  private static JsonNode find(JsonNode result, String method) {
    for (JsonNode t : result.get("tests")) {
      if (t.get("id").asText().contains("#" + method + "(")) {
        return t;
      }
    }
    throw new AssertionError("no test " + method + " in " + result);
  }
}
