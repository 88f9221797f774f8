package mlgrader.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code classroom-resources/autograding-grading-reporter@v1} does with runner results, restated in Java from
 * its source ({@code src/main.js}, {@code src/console-results.js}, {@code src/notify-classroom.js}), so tests can
 * feed it exactly what the workflow would.
 *
 * <ul>
 *   <li>{@code runners} is split on commas; each id, trimmed and upper-cased, names {@code <ID>_RESULTS}, whose
 *       value is base64 of the runner JSON (a missing variable makes the reporter throw);
 *   <li>the console prints, per runner with a {@code max_score}, {@code passed / tests.length × max_score};
 *   <li>Classroom receives {@code Points <Σ tests[].score over runners with a max_score> / <Σ max_score>};
 *   <li>the job fails when any runner's status is {@code fail} or {@code error}.
 * </ul>
 */
final class ClassroomReporter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the reporter would print and send.
   *
   * @param runners runner id → its JSON
   * @param consolePoints runner id → the points its console line shows (runners with a max_score only)
   * @param runnerPoints runner id → the sum of its tests' scores
   * @param points what Classroom records
   * @param maxPoints what Classroom records as the maximum
   * @param jobFails whether the reporter fails the job
   */
  record Reported(Map<String, JsonNode> runners, Map<String, Double> consolePoints, Map<String, Double> runnerPoints, double points,
      double maxPoints, boolean jobFails) {}

  private ClassroomReporter() {}

  /** Runs the reporter's logic on the lines the grader wrote for {@code $GITHUB_OUTPUT} and {@code $GITHUB_ENV}. */
  static Reported run(String classroomEnv) throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : classroomEnv.split("\n")) {
      if (!line.isEmpty()) {
        variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    String runnersInput = variables.get("runners");
    if (runnersInput == null || !runnersInput.matches("([a-zA-Z0-9]+,)*[a-zA-Z0-9]+")) {
      throw new AssertionError("the runners input must be a comma-separated list of ids: " + runnersInput);
    }
    Map<String, JsonNode> runners = new LinkedHashMap<>();
    for (String runner : runnersInput.split(",")) {
      String encoded = variables.get(runner.trim().toUpperCase(Locale.ROOT) + "_RESULTS");
      if (encoded == null) {
        throw new AssertionError("no " + runner.toUpperCase(Locale.ROOT) + "_RESULTS for runner " + runner);
      }
      runners.put(runner, JSON.readTree(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)));
    }
    Map<String, Double> console = new LinkedHashMap<>();
    Map<String, Double> sums = new LinkedHashMap<>();
    double points = 0;
    double max = 0;
    boolean fails = false;
    for (Map.Entry<String, JsonNode> e : runners.entrySet()) {
      JsonNode results = e.getValue();
      double maxScore = results.path("max_score").asDouble(0);
      List<JsonNode> tests = new ArrayList<>();
      results.get("tests").forEach(tests::add);
      long passed = tests.stream().filter(t -> t.path("status").asText().equals("pass")).count();
      double sum = tests.stream().mapToDouble(t -> t.path("score").asDouble()).sum();
      sums.put(e.getKey(), sum);
      if (maxScore != 0) {
        console.put(e.getKey(), (double) passed / tests.size() * maxScore);
        points += sum;
        max += maxScore;
      }
      fails |= results.path("status").asText().equals("fail") || results.path("status").asText().equals("error");
    }
    return new Reported(runners, console, sums, points, max, fails);
  }
}
