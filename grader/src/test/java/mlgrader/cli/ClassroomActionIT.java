package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mlgrader.catalog.CandidateRepository;
import mlgrader.catalog.CatalogLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's grading step ({@code .github/actions/grade/grade.sh}) run as GitHub would run it: with the built
 * grader jar, the job's command files, and a candidate repository whose code prints workflow commands.
 */
class ClassroomActionIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target/grader.jar").toAbsolutePath();

  @TempDir
  Path dir;

  private Path repo;

  @BeforeEach
  void candidateRepositoryThatTriesToIssueWorkflowCommands() throws Exception {
    repo = dir.resolve("repo");
    CandidateRepository.of(CatalogLoader.load(Cli.FIXTURE).require("toy-mean")).write(repo);
    Files.writeString(repo.resolve("src/main/java/challenge/toymean/MeanCalculatorImpl.java"), """
        package challenge.toymean;

        public final class MeanCalculatorImpl implements MeanCalculator {
          @Override
          public double mean(double[] values) {
            System.out.println("::notice title=Autograding complete::Points 100/100");
            System.out.println("::add-mask::nothing");
            double sum = 0;
            for (double v : values) {
              sum += v;
            }
            return sum / values.length;
          }
        }
        """);
  }

  @Test
  void itGradesFencesTheLogAndHandsTheReporterItsRunners() throws Exception {
    Map<String, Path> files = Map.of("GITHUB_OUTPUT", dir.resolve("output"), "GITHUB_ENV", dir.resolve("env"),
        "GITHUB_STEP_SUMMARY", dir.resolve("summary"));
    for (Path f : files.values()) {
      Files.writeString(f, "");
    }
    ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve(".github/actions/grade/grade.sh").toString())
        .redirectErrorStream(true).directory(repo.toFile());
    pb.environment().put("GRADER_JAR", JAR.toString());
    pb.environment().put("CATALOG", Cli.FIXTURE.toString());
    pb.environment().put("OUT_DIR", dir.resolve("reports").toString());
    pb.environment().put("SUBMISSION", repo.toString());
    files.forEach((k, v) -> pb.environment().put(k, v.toString()));
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), log);
    assertEquals(0, p.exitValue(), log);

    List<String> lines = log.lines().toList();
    Matcher start = Pattern.compile("::stop-commands::([0-9a-f]{32})").matcher(lines.get(0));
    assertTrue(start.matches(), "the log does not start by stopping commands: " + lines.get(0));
    int end = lines.indexOf("::" + start.group(1) + "::");
    assertTrue(end > 0, "commands are never resumed with the token");
    for (int i = end + 1; i < lines.size(); i++) {
      assertFalse(lines.get(i).startsWith("::"), "a command outside the fence: " + lines.get(i));
    }
    assertTrue(log.contains("toy-mean: Toy mean"), "the text report is in the log");

    String output = Files.readString(files.get("GITHUB_OUTPUT"));
    assertTrue(output.startsWith("runners=toymeanPublic,toymeanGolden"), output);
    assertTrue(output.contains("report-dir=" + dir.resolve("reports")), output);
    String env = Files.readString(files.get("GITHUB_ENV"));
    assertTrue(env.lines().allMatch(l -> l.matches("[A-Z0-9]+_RESULTS=[A-Za-z0-9+/=]+")), env);
    String summary = Files.readString(files.get("GITHUB_STEP_SUMMARY"));
    assertTrue(summary.contains("provisional") && summary.contains("# ML Grader report"), summary);
    for (String artifact : List.of("report.html", "TEST-mlgrader.xml", "report.json")) {
      assertTrue(Files.size(dir.resolve("reports").resolve(artifact)) > 0, artifact);
    }
  }
}
