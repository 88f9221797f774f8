package mlgrader.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogLoader;
import mlgrader.catalog.Challenge;
import mlgrader.report.AssessmentInfo;
import org.junit.jupiter.api.Test;

/** The assessments shipped in {@code challenges/assessments/} load against the real catalogue. */
class ShippedAssessmentsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void mlInterviewCoreUsesEveryChallengeOfTheCatalogue() throws Exception {
    Catalog catalog = CatalogLoader.load(ROOT);
    AssessmentInfo core = AssessmentLoader.load(catalog, "ml-interview-core");
    Set<String> inAssessment = core.challenges().stream().map(AssessmentInfo.WeightedChallenge::challengeId).collect(Collectors.toSet());
    Set<String> inCatalogue = catalog.challenges().stream().map(Challenge::id).collect(Collectors.toSet());
    assertEquals(inCatalogue, inAssessment, "add every new challenge to challenges/assessments/ml-interview-core.json");
  }

  @Test
  void everyShippedAssessmentLoads() throws Exception {
    Catalog catalog = CatalogLoader.load(ROOT);
    List<String> names = AssessmentLoader.names(catalog);
    assertFalse(names.isEmpty());
    for (String name : names) {
      assertEquals(name, AssessmentLoader.load(catalog, name).name());
    }
  }
}
