package mlgrader.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mlgrader.cli.Environment;
import mlgrader.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .github/workflows/grade-cohort.yml}: a plan job, a matrix of shard jobs and a merge job, wired to each other
 * through outputs and artifacts, calling the grader with options it really has.
 */
class GradeCohortWorkflowTest {

  private static final Path WORKFLOW = Path.of("../.github/workflows/grade-cohort.yml").toAbsolutePath().normalize();

  private static JsonNode workflow() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
  }

  private static JsonNode step(JsonNode job, String nameStart) {
    for (JsonNode s : job.get("steps")) {
      if (s.path("name").asText().startsWith(nameStart) || s.path("id").asText().equals(nameStart)) {
        return s;
      }
    }
    throw new AssertionError("no step '" + nameStart + "' in " + job);
  }

  @Test
  void shardsRunAsAMatrixAndTheMergeWaitsForAllOfThem() throws Exception {
    JsonNode jobs = workflow().get("jobs");
    assertTrue(workflow().path("on").has("workflow_dispatch"));
    assertEquals("plan", jobs.at("/grade/needs").asText());
    assertEquals("${{ fromJSON(needs.plan.outputs.shards) }}", jobs.at("/grade/strategy/matrix/shard").asText());
    assertEquals("false", jobs.at("/grade/strategy/fail-fast").asText());
    assertEquals("grade", jobs.at("/merge/needs").asText());
    assertEquals("${{ matrix.shard }}/${{ inputs.shards }}", step(jobs.get("grade"), "Grade shard").at("/env/SHARD").asText());
    assertEquals("shard-${{ matrix.shard }}", uploads(jobs.get("grade")).get(0));
    assertTrue(workflow().toString().contains("\"pattern\":\"shard-*\""), "the merge downloads every shard");
    assertEquals(List.of("cohort-report"), uploads(jobs.get("merge")));
  }

  @Test
  void thePlanStepListsEveryShardAndRefusesANonsenseCount(@TempDir Path dir) throws Exception {
    String script = step(workflow().at("/jobs/plan"), "plan").get("run").asText();
    assertEquals("shards=[1,2,3]", runPlan(script, "3", dir).trim());
    assertEquals("shards=[1]", runPlan(script, "1", dir).trim());
    for (String bad : List.of("0", "65", "x", "")) {
      assertEquals(null, runPlanOrNull(script, bad, dir), "shards=" + bad + " was accepted");
    }
  }

  @Test
  void theGraderIsCalledWithOptionsItHas() throws Exception {
    JsonNode jobs = workflow().get("jobs");
    String grade = step(jobs.get("grade"), "Grade shard").get("run").asText();
    String merge = step(jobs.get("merge"), "Merge").get("run").asText();
    assertTrue(grade.contains("grader.jar grade-all"), grade);
    assertTrue(merge.contains("grader.jar merge shards/shard-*"), merge);
    assertOptionsExist("grade-all", grade);
    assertOptionsExist("merge", merge);
  }

  @Test
  void theShardStepPassesTheChallengesOrTheAssessmentAndItsShard(@TempDir Path dir) throws Exception {
    String script = step(workflow().at("/jobs/grade"), "Grade shard").get("run").asText();
    assertEquals("grade-all subs --challenge gradient-clipping --challenge kmeans-lloyd --catalog . --shard 2/4 --jobs N --format html "
        + "--similarity-threshold 60 --out-dir shard-out", runGrade(script, "gradient-clipping, kmeans-lloyd", "", dir));
    assertEquals("grade-all subs --assessment ml-interview-core --catalog . --shard 2/4 --jobs N --format html "
        + "--similarity-threshold 60 --out-dir shard-out", runGrade(script, "", "ml-interview-core", dir));
  }

  /** Runs the shard step's script with a stand-in for java that prints the grader's arguments. */
  private static String runGrade(String script, String challenges, String assessment, Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fakeJava = bin.resolve("java");
    Files.writeString(fakeJava, "#!/bin/sh\nshift 2\necho \"$@\"\n");
    fakeJava.toFile().setExecutable(true);
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + java.io.File.pathSeparator + env.get("PATH"));
    env.putAll(Map.of("CHALLENGES", challenges, "ASSESSMENT", assessment, "SUBMISSIONS", "subs", "FORMATS", "html", "THRESHOLD", "60",
        "SHARD", "2/4"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.replaceAll("--jobs [0-9]+", "--jobs N");
  }

  private static List<String> uploads(JsonNode job) {
    List<String> names = new ArrayList<>();
    for (JsonNode s : job.get("steps")) {
      if (s.path("uses").asText().startsWith("actions/upload-artifact")) {
        names.add(s.at("/with/name").asText());
      }
    }
    return names;
  }

  private static void assertOptionsExist(String command, String script) {
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        new Environment(Map.of(), Path.of("").toAbsolutePath(), Clock.systemUTC(), false), command, "--help");
    assertEquals(0, code);
    Matcher m = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]+)").matcher(script);
    int found = 0;
    while (m.find()) {
      found++;
      assertTrue(out.toString().contains(m.group(1)), command + " has no option " + m.group(1) + ":\n" + out);
    }
    assertNotEquals(0, found);
  }

  private static String runPlan(String script, String shards, Path dir) throws Exception {
    String output = runPlanOrNull(script, shards, dir);
    assertTrue(output != null, "the plan failed for shards=" + shards);
    return output;
  }

  /** Runs the plan step's script as GitHub would (bash -e), returning what it wrote to $GITHUB_OUTPUT, or null if it failed. */
  private static String runPlanOrNull(String script, String shards, Path dir) throws Exception {
    Path output = Files.createTempFile(dir, "github-output", ".txt");
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true);
    pb.environment().put("SHARDS", shards);
    pb.environment().put("GITHUB_OUTPUT", output.toString());
    Process p = pb.start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return p.exitValue() == 0 ? Files.readString(output) : null;
  }
}
