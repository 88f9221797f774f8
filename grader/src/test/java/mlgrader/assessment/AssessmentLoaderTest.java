package mlgrader.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentLoaderTest {

  @TempDir
  Path root;

  private Catalog catalog;

  @BeforeEach
  void emptyCatalogue() throws Exception {
    Files.createDirectories(root.resolve("challenges/assessments"));
    catalog = new Catalog(root, List.of(), "0".repeat(64));
  }

  @Test
  void anUnknownChallengeNamesTheFileAndTheId() throws Exception {
    write("a", "{\"name\": \"a\", \"title\": \"A\", \"challenges\": [{\"challengeId\": \"no-such\", \"weight\": 1}]}");
    CatalogException e = assertThrows(CatalogException.class, () -> AssessmentLoader.load(catalog, "a"));
    assertTrue(e.getMessage().endsWith("a.json: unknown challenge 'no-such'"), e.getMessage());
  }

  @Test
  void aMisspeltKeyOrABadWeightIsRefused() throws Exception {
    write("b", "{\"name\": \"b\", \"title\": \"B\", \"challenge\": []}");
    assertTrue(assertThrows(CatalogException.class, () -> AssessmentLoader.load(catalog, "b")).getMessage().contains("challenge"));
    write("c", "{\"name\": \"c\", \"title\": \"C\", \"challenges\": [{\"challengeId\": \"x\", \"weight\": 0}]}");
    assertTrue(assertThrows(CatalogException.class, () -> AssessmentLoader.load(catalog, "c")).getMessage()
        .contains("weight of x must be positive"));
  }

  @Test
  void theNameMustMatchTheFileAndPathsAreNotNames() throws Exception {
    write("d", "{\"name\": \"e\", \"title\": \"D\", \"challenges\": []}");
    assertTrue(assertThrows(CatalogException.class, () -> AssessmentLoader.load(catalog, "d")).getMessage()
        .contains("name 'e' does not match the file name"));
    CatalogException e = assertThrows(CatalogException.class, () -> AssessmentLoader.load(catalog, "../d"));
    assertEquals("unknown assessment '../d'; known: d", e.getMessage());
  }

  private void write(String name, String json) throws Exception {
    Files.writeString(root.resolve("challenges/assessments/" + name + ".json"), json);
  }
}
