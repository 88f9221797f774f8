package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The candidate repository's workflow and the composite action it runs, read as GitHub reads them: what GitHub
 * Classroom requires of the workflow, and the order and wiring of the action's steps.
 */
class ClassroomWorkflowTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theWorkflowIsWhatGitHubClassroomExpects() throws Exception {
    JsonNode workflow = YAML.readTree(ROOT.resolve("starter-templates/_repo/.github/workflows/classroom.yml").toFile());
    assertEquals("Autograding Tests", workflow.get("name").asText());
    assertEquals(List.of("run-autograding-tests"), names(workflow.get("jobs")));
    assertEquals("read", workflow.get("permissions").get("contents").asText());
    List<String> uses = new ArrayList<>();
    JsonNode steps = workflow.get("jobs").get("run-autograding-tests").get("steps");
    steps.forEach(s -> uses.add(s.path("uses").asText()));
    assertEquals(List.of("", "actions/checkout@v4", "actions/checkout@v4", "./.mlgrader/grader/.github/actions/grade"), uses);
    assertEquals("vars.MLGRADER_REPOSITORY == ''", steps.get(0).get("if").asText(), "a missing set-up fails with a clear message");
    assertEquals("${{ vars.MLGRADER_REPOSITORY }}", steps.get(2).get("with").get("repository").asText());
    JsonNode grade = steps.get(3).get("with");
    assertEquals("@CHALLENGE_ID@", grade.get("challenge").asText(), "filled in by 'grader init'");
    assertTrue(grade.get("catalog-token").asText().contains("secrets."), "the hidden catalogue is fetched with a secret");
  }

  @Test
  void theActionGradesFencedThenUploadsThenReportsToClassroom() throws Exception {
    JsonNode action = YAML.readTree(ROOT.resolve(".github/actions/grade/action.yml").toFile());
    assertEquals("composite", action.get("runs").get("using").asText());
    List<String> steps = new ArrayList<>();
    action.get("runs").get("steps").forEach(s -> steps.add(s.has("uses") ? s.get("uses").asText() : s.get("name").asText()));
    assertEquals(List.of("actions/setup-java@v4", "Install the sandbox (bubblewrap)", "Build the grader", "actions/checkout@v4", "Grade",
        "actions/upload-artifact@v4", "classroom-resources/autograding-grading-reporter@v1"), steps);
    JsonNode reporter = action.get("runs").get("steps").get(6);
    assertEquals("${{ steps.grade.outputs.runners }}", reporter.get("with").get("runners").asText());
    JsonNode upload = action.get("runs").get("steps").get(5).get("with").get("path");
    assertTrue(upload.asText().contains("report.html") && upload.asText().contains("TEST-mlgrader.xml"), upload.asText());
    assertEquals("bash \"$GITHUB_ACTION_PATH/grade.sh\"", action.get("runs").get("steps").get(4).get("run").asText());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
