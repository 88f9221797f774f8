package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grader grade <dir> --assessment <name>} on a catalogue of two challenges (the fixture's toy-mean and a
 * copy of it in another package, toy-total), weights 3 and 1.
 */
class AssessmentIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path catalog;

  @BeforeEach
  void twoChallengeCatalogue() throws Exception {
    catalog = dir.resolve("catalog");
    CommandLineIT.copy(Cli.FIXTURE, catalog);
    copyRenamed(catalog.resolve("challenges/toy-mean"), catalog.resolve("challenges/toy-total"));
    copyRenamed(catalog.resolve("starter-templates/toy-mean"), catalog.resolve("starter-templates/toy-total"));
    Files.createDirectories(catalog.resolve("challenges/assessments"));
    Files.writeString(catalog.resolve("challenges/assessments/toys.json"), """
        {"name": "toys", "title": "Toy statistics", "timeLimitMinutes": 45,
         "challenges": [{"challengeId": "toy-mean", "weight": 3}, {"challengeId": "toy-total", "weight": 1}]}
        """);
  }

  @Test
  void oneSourceTreeAnswersEveryChallengeAndAMissingAnswerScoresZero() throws Exception {
    Path submission = dir.resolve("alice");
    copyInto(Cli.SUBMISSIONS.resolve("correct-with-helper"), submission.resolve("src/main/java/challenge/toymean"));
    JsonNode report = grade(submission);
    assertEquals("toys", report.get("assessment").get("name").asText());
    assertEquals(45, report.get("assessment").get("timeLimitMinutes").asInt());
    JsonNode mean = report.get("results").get(0);
    JsonNode total = report.get("results").get(1);
    assertEquals("GRADED", mean.get("outcome").asText());
    assertEquals(100.0, mean.get("score").asDouble(), 1e-9);
    assertEquals("NOT_ATTEMPTED", total.get("outcome").asText());
    assertEquals(0.0, total.get("score").asDouble());
    assertTrue(total.get("findings").get(0).get("message").asText().startsWith("not attempted: no sources for this challenge"), total.toString());
    assertEquals(75.0, report.get("score").asDouble(), 1e-9, "weights 3:1, so the full toy-mean is three quarters");
    assertEquals(100.0, report.get("maxScore").asDouble());
  }

  @Test
  void aFolderPerChallengeIsAcceptedAndAnUntouchedStubIsNotAnAttempt() throws Exception {
    Path submission = dir.resolve("bob");
    copyRenamed(Cli.SUBMISSIONS.resolve("correct-with-helper"), submission.resolve("toy-total"));
    copyInto(catalog.resolve("starter-templates/toy-mean/src/main/java/challenge/toymean"), submission.resolve("toy-mean"));
    Files.delete(submission.resolve("toy-mean/MeanCalculator.java"));
    JsonNode report = grade(submission);
    assertEquals("NOT_ATTEMPTED", report.get("results").get(0).get("outcome").asText(), report.get("results").get(0).toString());
    assertTrue(report.get("results").get(0).get("findings").get(0).get("message").asText().contains("untouched stub"));
    assertEquals("GRADED", report.get("results").get(1).get("outcome").asText());
    assertEquals(100.0, report.get("results").get(1).get("score").asDouble(), 1e-9, "the folder's flat files were found");
    assertEquals(25.0, report.get("score").asDouble(), 1e-9);
  }

  @Test
  void failUnderUsesTheWeightedTotal() throws Exception {
    Path submission = dir.resolve("carol");
    copyInto(Cli.SUBMISSIONS.resolve("correct-with-helper"), submission.resolve("src/main/java/challenge/toymean"));
    assertEquals(ExitCode.OK, Cli.run("grade", submission.toString(), "--assessment", "toys", "--catalog", catalog.toString(),
        "--fail-under", "75").code());
    assertEquals(ExitCode.BELOW_THRESHOLD, Cli.run("grade", submission.toString(), "--assessment", "toys", "--catalog", catalog.toString(),
        "--fail-under", "76").code());
  }

  @Test
  void anUnknownAssessmentListsTheKnownOnes() {
    Cli.Result r = Cli.run("grade", dir.toString(), "--assessment", "nope", "--catalog", catalog.toString());
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("unknown assessment 'nope'; known: toys"), r.err());
  }

  @Test
  void exactlyOneOfChallengeAndAssessmentIsRequired() {
    assertEquals(ExitCode.USAGE, Cli.run("grade", dir.toString(), "--catalog", catalog.toString()).code());
    Cli.Result both = Cli.run("grade", dir.toString(), "-c", "toy-mean", "--assessment", "toys", "--catalog", catalog.toString());
    assertEquals(ExitCode.USAGE, both.code());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
  }

  @Test
  void listShowsTheAssessmentsAfterTheChallenges() {
    Cli.Result r = Cli.run("list", "--catalog", catalog.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    String out = r.out();
    int header = out.indexOf("ASSESSMENT");
    assertTrue(header > out.indexOf("toy-mean"), out);
    assertTrue(out.substring(header).lines().anyMatch(l -> l.startsWith("toys ") && l.contains(" 2, 45 min ") && l.endsWith("Toy statistics")), out);
  }

  @Test
  void theAssessmentIsPartOfTheCatalogueHash() throws Exception {
    String before = Cli.run("list", "--catalog", catalog.toString()).out();
    Path submission = dir.resolve("dave");
    copyInto(Cli.SUBMISSIONS.resolve("correct-with-helper"), submission.resolve("toy-mean"));
    String hash = grade(submission).get("grader").get("catalogHash").asText();
    Files.writeString(catalog.resolve("challenges/assessments/toys.json"),
        Files.readString(catalog.resolve("challenges/assessments/toys.json")).replace("\"weight\": 1", "\"weight\": 2"));
    assertEquals(before, Cli.run("list", "--catalog", catalog.toString()).out(), "the assessments folder is not a challenge");
    assertTrue(!hash.equals(grade(submission).get("grader").get("catalogHash").asText()), "changing a weight kept the catalogue hash");
  }

  private JsonNode grade(Path submission) throws Exception {
    Cli.Result r = Cli.run("grade", submission.toString(), "--assessment", "toys", "--catalog", catalog.toString(), "--format", "json",
        "--audience", "reviewer");
    assertEquals(ExitCode.OK, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  private static void copyInto(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  /** A copy of a toy-mean folder as toy-total: another id, package and title, the same classes. */
  private static void copyRenamed(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString().replace("toymean", "toytotal"));
        Files.createDirectories(target.getParent());
        Files.writeString(target, Files.readString(p).replace("toymean", "toytotal").replace("toy-mean", "toy-total")
            .replace("Toy mean", "Toy total"));
      }
    }
  }
}
