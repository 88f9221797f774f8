package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineIT {

  private static final String CATALOG = Cli.FIXTURE.toString();

  @Test
  void unknownChallengeIsOneLineAndExitThree() {
    Cli.Result r = Cli.run("grade", Cli.SUBMISSIONS.resolve("correct-with-helper").toString(), "-c", "no-such-thing",
        "--catalog", CATALOG);
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("unknown challenge 'no-such-thing'; known: toy-mean"), r.err());
  }

  @Test
  void missingSubmissionFolderIsOneLineAndExitThree() {
    Cli.Result r = Cli.grade("does-not-exist");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().startsWith("grader: no such file or folder: "), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void brokenZipIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("broken.zip");
    Files.writeString(zip, "this is not a zip");
    Cli.Result r = Cli.run("grade", zip.toString(), "-c", "toy-mean", "--catalog", CATALOG);
    assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("broken.zip is not a zip archive"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("grade", "somewhere", "-c", "toy-mean", "--frobnicate");
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
  }

  @Test
  void malformedChallengeJsonNamesTheFileAndExitsThree(@TempDir Path dir) throws Exception {
    copy(Cli.FIXTURE, dir);
    Path json = dir.resolve("challenges/toy-mean/challenge.json");
    Files.writeString(json, Files.readString(json).replace("\"weight\": 60", "\"weight\": 50"));
    Cli.Result r = Cli.run("list", "--catalog", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("challenge.json: group weights must sum to 100, not 90.0"), r.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("list", "show", "init", "test", "grade", "validate")) {
      Cli.Result r = Cli.run(command, "--help");
      assertEquals(ExitCode.OK, r.code(), command);
      assertTrue(r.out().startsWith("Usage: grader " + command), r.out());
    }
    assertTrue(Cli.run("--help").out().contains("Exit codes:"));
  }

  @Test
  void listShowsEveryChallenge() {
    Cli.Result r = Cli.run("list", "--catalog", CATALOG);
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("toy-mean") && r.out().contains("Toy mean (grader test fixture)"), r.out());
  }

  @Test
  void showPrintsTheStatement() {
    Cli.Result r = Cli.run("show", "toy-mean", "--catalog", CATALOG);
    assertTrue(r.out().startsWith("# Toy mean"), r.out());
  }

  @Test
  void initMakesARepositoryWithNothingHiddenAndTestRunsItsPublicTests(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("candidate");
    Cli.Result init = Cli.run("init", "toy-mean", repo.toString(), "--catalog", CATALOG);
    assertEquals(ExitCode.OK, init.code(), init.err());
    assertTrue(Files.isRegularFile(repo.resolve("pom.xml")));
    assertTrue(Files.readString(repo.resolve("pom.xml")).contains("<artifactId>toy-mean</artifactId>"));
    assertTrue(Files.isRegularFile(repo.resolve("src/test/java/challenge/toymean/MeanCalculatorPublicTest.java")));
    try (Stream<Path> files = Files.walk(repo)) {
      assertFalse(files.anyMatch(p -> p.toString().contains("Hidden") || p.toString().contains("challenge.json")));
    }
    Cli.Result stub = Cli.run("test", repo.toString(), "--catalog", CATALOG);
    assertEquals(ExitCode.BELOW_THRESHOLD, stub.code(), stub.out() + stub.err());
    assertTrue(stub.out().contains("0 of 1 public tests passed"), stub.out());
    Files.copy(Cli.FIXTURE.resolve("challenges/toy-mean/reference/MeanCalculatorImpl.java"),
        repo.resolve("src/main/java/challenge/toymean/MeanCalculatorImpl.java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Result solved = Cli.run("test", repo.toString(), "--catalog", CATALOG);
    assertEquals(ExitCode.OK, solved.code(), solved.out() + solved.err());
    assertTrue(solved.out().contains("1 of 1 public tests passed"), solved.out());
    assertFalse(solved.out().contains("Golden"), "grader test must not run or name hidden tests");
  }

  @Test
  void tamperingWithTestsPomWorkflowOrApiIsReportedAndTheTrustedCopiesAreUsed(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("candidate");
    assertEquals(ExitCode.OK, Cli.run("init", "toy-mean", repo.toString(), "--catalog", CATALOG).code());
    Path pkg = repo.resolve("src/main/java/challenge/toymean");
    Files.copy(Cli.SUBMISSIONS.resolve("../../fixture-catalog/challenges/toy-mean/mutants/M1/MeanCalculatorImpl.java"),
        pkg.resolve("MeanCalculatorImpl.java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path publicTest = repo.resolve("src/test/java/challenge/toymean/MeanCalculatorPublicTest.java");
    Files.writeString(publicTest, Files.readString(publicTest).replace("@Test", "@org.junit.jupiter.api.Disabled @Test"));
    Files.writeString(repo.resolve("pom.xml"), Files.readString(repo.resolve("pom.xml")).replace("<dependencies>",
        "<properties><skipTests>true</skipTests></properties><dependencies>"));
    Files.writeString(pkg.resolve("MeanCalculator.java"), "package challenge.toymean;\npublic interface MeanCalculator {}\n");
    Cli.Result r = Cli.run("grade", repo.toString(), "-c", "toy-mean", "--catalog", CATALOG, "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    for (String file : List.of("pom.xml", "src/test/java/challenge/toymean/MeanCalculatorPublicTest.java",
        "src/main/java/challenge/toymean/MeanCalculator.java")) {
      assertTrue(r.out().contains("\"location\" : \"" + file + "\""), "no tamper finding for " + file + ":\n" + r.out());
    }
    assertTrue(r.out().contains("\"kind\" : \"TAMPER\""), r.out());
    assertTrue(r.out().contains("\"score\" : 40.0"), "the mutant must score as it would untampered:\n" + r.out());
  }

  @Test
  void initRefusesANonEmptyFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    Cli.Result r = Cli.run("init", "toy-mean", dir.toString(), "--catalog", CATALOG);
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("is not empty"), r.err());
  }

  @Test
  void validatePassesOnTheFixtureCatalogue() {
    Cli.Result r = Cli.run("validate", "--catalog", CATALOG);
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("ok   mutant M1 (divides by n-1) is caught in Golden"), r.out());
  }

  @Test
  void validateFailsWhenAMutantSurvives(@TempDir Path dir) throws Exception {
    copy(Cli.FIXTURE, dir);
    Files.copy(dir.resolve("challenges/toy-mean/reference/MeanCalculatorImpl.java"),
        dir.resolve("challenges/toy-mean/mutants/M2/MeanCalculatorImpl.java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Result r = Cli.run("validate", "--catalog", dir.toString());
    assertEquals(ExitCode.BELOW_THRESHOLD, r.code(), r.out());
    assertTrue(r.out().contains("FAIL mutant M2"), r.out());
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
