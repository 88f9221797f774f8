package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mlgrader.reporting.JsonReportWriter;
import mlgrader.similarity.ChallengeSimilarity;
import mlgrader.similarity.SimilarPair;
import mlgrader.similarity.SimilarityJson;
import mlgrader.similarity.SimilarityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeAllIT {

  private static final String CATALOG = Cli.FIXTURE.toString();

  /** The toy reference with every identifier renamed and the layout changed: a copy that similarity must find. */
  private static final String RENAMED_REFERENCE = """
      package challenge.toymean;

      // my own mean
      public class MeanCalculatorImpl implements MeanCalculator
      {
          @Override
          public double mean(double[] values)
          {
              if (values.length == 0) throw new IllegalArgumentException("no values");
              double total = 0;
              for (double v : values) total += v;
              return total / values.length;
          }
      }
      """;

  /** A small cohort: correct, partial, broken and hostile submissions, and erin's renamed copy of alice's answer. */
  private static Path cohort(Path dir) throws Exception {
    Path cohort = dir.resolve("cohort");
    Path toy = Cli.FIXTURE.resolve("challenges/toy-mean");
    CommandLineIT.copy(toy.resolve("reference"), cohort.resolve("alice"));
    CommandLineIT.copy(toy.resolve("mutants/M1"), cohort.resolve("bob"));
    CommandLineIT.copy(toy.resolve("mutants/M2"), cohort.resolve("carol"));
    for (String s : List.of("syntax-error", "calls-system-exit", "missing-constructor", "correct-with-helper")) {
      CommandLineIT.copy(Cli.SUBMISSIONS.resolve(s), cohort.resolve(s));
    }
    Files.writeString(cohort.resolve("dave.zip"), "not a zip at all");
    Files.createDirectories(cohort.resolve("erin"));
    Files.writeString(cohort.resolve("erin/MeanCalculatorImpl.java"), RENAMED_REFERENCE);
    return cohort;
  }

  private static Cli.Result gradeAll(Path cohort, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("grade-all", cohort.toString(), "-c", "toy-mean", "--catalog", CATALOG,
        "--out-dir", out.toString(), "--jobs", "2"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void gradesEveryCandidateAndOneBrokenSubmissionNeverStopsTheOthers(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli.Result r = gradeAll(cohort(dir), out, "--format", "md");
    assertEquals(ExitCode.OK, r.code(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("cohort.csv"));
    assertEquals(10, csv.size(), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("alice,") && l.contains(",100.00,GRADED,")), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("bob,") && l.contains(",40.00,GRADED,")), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("dave,") && l.contains("INVALID_SUBMISSION")), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("calls-system-exit,") && l.contains("POLICY_VIOLATION,1,")), String.join("\n", csv));
    assertTrue(Files.isRegularFile(out.resolve("candidates/bob/report.md")));
  }

  @Test
  void resumeKeepsFinishedCandidatesWithoutRegradingThem(@TempDir Path dir) throws Exception {
    Path cohort = cohort(dir);
    Path out = dir.resolve("out");
    assertEquals(ExitCode.OK, gradeAll(cohort, out).code());
    Files.copy(Cli.SUBMISSIONS.resolve("syntax-error/MeanCalculatorImpl.java"), cohort.resolve("alice/MeanCalculatorImpl.java"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(ExitCode.OK, gradeAll(cohort, out, "--resume").code());
    assertTrue(Files.readString(out.resolve("cohort.csv")).contains("alice,"), "alice still listed");
    assertTrue(Files.readAllLines(out.resolve("cohort.csv")).stream().anyMatch(l -> l.startsWith("alice,") && l.contains("GRADED")),
        "with --resume alice keeps her finished result");
    assertEquals(ExitCode.OK, gradeAll(cohort, out).code());
    assertTrue(Files.readAllLines(out.resolve("cohort.csv")).stream().anyMatch(l -> l.startsWith("alice,") && l.contains("COMPILATION_FAILED")),
        "without --resume alice is graded again");
  }

  @Test
  void aRunKilledWithSigkillLeavesNoHalfWrittenReportAndResumes(@TempDir Path dir) throws Exception {
    Path cohort = cohort(dir);
    Path out = dir.resolve("out");
    Path jar = Path.of("target/grader.jar").toAbsolutePath();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "grade-all", cohort.toString(), "-c", "toy-mean", "--catalog", CATALOG, "--out-dir", out.toString(), "--jobs", "1")
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (reports(out) < 2 && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(20);
    }
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    p.waitFor(10, TimeUnit.SECONDS);
    long finished = reports(out);
    assertTrue(finished >= 2 && finished < 9, "killed after " + finished + " reports");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(f.getFileName().toString().endsWith(".tmp"), "half-written file left: " + f);
        if (f.getFileName().toString().equals("report.json")) {
          JsonReportWriter.read(new StringReader(Files.readString(f)));
        }
      }
    }
    Cli.Result resumed = gradeAll(cohort, out, "--resume");
    assertEquals(ExitCode.OK, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("(" + finished + " already done)"), resumed.err());
    assertEquals(10, Files.readAllLines(out.resolve("cohort.csv")).size());
  }

  @Test
  void shardedAndMergedEqualsUnsharded(@TempDir Path dir) throws Exception {
    Path cohort = cohort(dir);
    assertEquals(ExitCode.OK, gradeAll(cohort, dir.resolve("whole")).code());
    assertEquals(ExitCode.OK, gradeAll(cohort, dir.resolve("s1"), "--shard", "1/2").code());
    assertEquals(ExitCode.OK, gradeAll(cohort, dir.resolve("s2"), "--shard", "2/2").code());
    long first = reports(dir.resolve("s1"));
    assertTrue(first > 0 && first < 9, "shard 1 graded " + first + " of 9");
    Cli.Result merge = Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out-dir", dir.resolve("merged").toString());
    assertEquals(ExitCode.OK, merge.code(), merge.err());
    for (String file : List.of("cohort.csv", "similarity.json", "cohort.html", "base-code.json")) {
      assertEquals(Files.readString(dir.resolve("whole").resolve(file)), Files.readString(dir.resolve("merged").resolve(file)), file);
    }
    assertTrue(Files.readString(dir.resolve("merged/similarity.json")).contains("\"second\" : \"erin\""),
        "the merged cohort is checked as a whole, across shards");
  }

  @Test
  void similarityFlagsTheRenamedCopyButNotAnIndependentAnswerAndThePageShowsBoth(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli.Result r = gradeAll(cohort(dir), out, "--format", "html");
    assertEquals(ExitCode.OK, r.code(), r.err());
    SimilarityReport similarity = SimilarityJson.read(new StringReader(Files.readString(out.resolve("similarity.json"))));
    ChallengeSimilarity toy = similarity.challenges().get(0);
    SimilarPair copy = toy.pairs().stream().filter(p -> p.first().equals("alice") && p.second().equals("erin")).findFirst().orElseThrow(
        () -> new AssertionError("the renamed copy is not flagged: " + toy.pairs()));
    assertTrue(copy.similarity() >= 95, "renamed copy at " + copy.similarity());
    assertTrue(copy.regions().stream().allMatch(g -> g.firstFile().equals("challenge/toymean/MeanCalculatorImpl.java")), copy.toString());
    assertTrue(toy.pairs().stream().noneMatch(p -> p.first().equals("alice") && p.second().equals("correct-with-helper")),
        "an independent correct answer is not flagged: " + toy.pairs());
    assertTrue(toy.excluded().stream().anyMatch(e -> e.candidate().equals("dave")), "the unreadable zip is left out: " + toy.excluded());
    assertTrue(r.out().contains("toy-mean: alice ~ erin"), r.out());
    String html = Files.readString(out.resolve("cohort.html"));
    assertTrue(html.contains("id=\"pair-toy-mean-alice-erin\""), "side-by-side view of the copy");
    assertTrue(html.contains("href=\"candidates/alice/report.html\""), "links to the candidate's own report");
    assertTrue(Files.isRegularFile(out.resolve("candidates/alice/sources.json")));
  }

  @Test
  void noSimilarityTurnsTheCheckOff(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli.Result r = gradeAll(cohort(dir), out, "--no-similarity");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertFalse(Files.exists(out.resolve("similarity.json")));
    assertTrue(r.out().contains("similarity check off"), r.out());
    assertTrue(Files.readString(out.resolve("cohort.html")).contains("turned off"));
  }

  @Test
  void mergeRefusesShardsGradedFromOtherStarters(@TempDir Path dir) throws Exception {
    Path cohort = cohort(dir);
    assertEquals(ExitCode.OK, gradeAll(cohort, dir.resolve("s1"), "--shard", "1/2", "--no-similarity").code());
    assertEquals(ExitCode.OK, gradeAll(cohort, dir.resolve("s2"), "--shard", "2/2", "--no-similarity").code());
    Path base = dir.resolve("s2/base-code.json");
    Files.writeString(base, Files.readString(base).replace("not implemented yet", "changed starter"));
    Cli.Result merge = Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out-dir", dir.resolve("m").toString());
    assertEquals(ExitCode.BAD_INPUT, merge.code(), merge.out());
    assertTrue(merge.err().contains("base-code.json differs"), merge.err());
  }

  @Test
  void anAssessmentIsGradedPerCandidateFolderWithNotAttemptedChallengesAndSimilarity(@TempDir Path dir) throws Exception {
    Path catalog = dir.resolve("catalog");
    CommandLineIT.copy(Cli.FIXTURE, catalog);
    Files.createDirectories(catalog.resolve("challenges/assessments"));
    Files.writeString(catalog.resolve("challenges/assessments/toy.json"),
        "{\"name\": \"toy\", \"title\": \"Toy assessment\", \"challenges\": [{\"challengeId\": \"toy-mean\", \"weight\": 1}]}");
    Path cohort = dir.resolve("cohort");
    String pkg = "src/main/java/challenge/toymean/";
    CommandLineIT.copy(Cli.FIXTURE.resolve("challenges/toy-mean/reference"), cohort.resolve("alice/" + pkg));
    Files.createDirectories(cohort.resolve("erin/" + pkg));
    Files.writeString(cohort.resolve("erin/" + pkg + "MeanCalculatorImpl.java"), RENAMED_REFERENCE);
    CommandLineIT.copy(Cli.FIXTURE.resolve("starter-templates/toy-mean/src"), cohort.resolve("frank/src"));
    Files.writeString(cohort.resolve("gina.zip"), "not a zip");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("grade-all", cohort.toString(), "--assessment", "toy", "--catalog", catalog.toString(), "--out-dir", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("cohort.csv"));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("alice,") && l.contains(",100.00,GRADED")), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("frank,") && l.contains("NOT_ATTEMPTED")), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("gina,") && l.contains("INVALID_SUBMISSION")), String.join("\n", csv));
    assertEquals("toy", JsonReportWriter.read(new StringReader(Files.readString(out.resolve("candidates/alice/report.json"))))
        .assessment().name());
    SimilarityReport similarity = SimilarityJson.read(new StringReader(Files.readString(out.resolve("similarity.json"))));
    assertEquals(List.of("alice~erin"), similarity.challenges().get(0).pairs().stream().map(p -> p.first() + "~" + p.second()).toList());
  }

  @Test
  void aThresholdOutsideZeroToHundredIsBadInput(@TempDir Path dir) throws Exception {
    Cli.Result r = gradeAll(cohort(dir), dir.resolve("out"), "--similarity-threshold", "120");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--similarity-threshold"), r.err());
  }

  @Test
  void badShardIsAUsageProblem(@TempDir Path dir) throws Exception {
    Cli.Result r = gradeAll(cohort(dir), dir.resolve("out"), "--shard", "3/2");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("1 <= i <= n"), r.err());
  }

  private static long reports(Path out) throws Exception {
    Path candidates = out.resolve("candidates");
    if (!Files.isDirectory(candidates)) {
      return 0;
    }
    try (Stream<Path> dirs = Files.list(candidates)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("report.json"))).count();
    }
  }
}
