package mlgrader.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

  private static final String JSON =
      """
      {
        "id": "demo",
        "title": "Demo",
        "section": 3,
        "difficulty": 2,
        "package": "challenge.demo",
        "editable": ["ModelImpl.java"],
        "groups": [
          {"name": "Golden", "title": "Golden values", "weight": 70},
          {"name": "EdgeCases", "weight": 30}
        ]
      }
      """;

  @TempDir Path root;

  private Path json;

  @BeforeEach
  void writeACatalogue() throws IOException {
    json = write(root.resolve("challenges/demo/challenge.json"), JSON);
    write(root.resolve("starter-templates/demo/README.md"), "# Demo");
    Files.createDirectories(root.resolve("starter-templates/_repo"));
  }

  @Test
  void loadsEveryChallengeWithItsFolders() throws Exception {
    Catalog catalog = CatalogLoader.load(root);
    assertEquals(1, catalog.challenges().size());
    Challenge demo = catalog.challenges().get(0);
    assertEquals("demo", demo.id());
    assertEquals(root.resolve("starter-templates/demo"), demo.starterDir());
    assertEquals(root.resolve("challenges/demo"), demo.hiddenDir());
    assertEquals(
        List.of("Golden", "EdgeCases"),
        demo.spec().groups().stream().map(ChallengeSpec.GroupSpec::name).toList());
  }

  @Test
  void anUnknownPropertyIsRefusedNamingTheFileAndTheProperty() throws Exception {
    Files.writeString(
        json, JSON.replace("\"section\": 3,", "\"section\": 3, \"colour\": \"blue\","));
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(root));
    assertTrue(e.getMessage().startsWith(json + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("\"colour\""), e.getMessage());
  }

  @Test
  void anIdThatIsNotItsFolderNameIsRefused() throws Exception {
    Files.writeString(json, JSON.replace("\"id\": \"demo\"", "\"id\": \"other\""));
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(root));
    assertEquals(json + ": id 'other' does not match its folder 'demo'", e.getMessage());
  }

  @Test
  void aMissingStarterFolderIsRefused() throws Exception {
    Path starter = root.resolve("starter-templates/demo");
    Files.delete(starter.resolve("README.md"));
    Files.delete(starter);
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(root));
    assertEquals(json + ": no starter folder " + starter, e.getMessage());
  }

  @Test
  void anInvalidSpecIsRefusedWithTheFileAndTheValidationMessage() throws Exception {
    Files.writeString(json, JSON.replace("\"weight\": 30", "\"weight\": 20"));
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(root));
    assertEquals(json + ": group weights must sum to 100, not 90.0", e.getMessage());
  }

  @Test
  void aFolderWithoutTheTwoCatalogueFoldersIsNoCatalogue() throws Exception {
    Path empty = Files.createDirectories(root.resolve("elsewhere"));
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(empty));
    assertTrue(e.getMessage().startsWith("no catalogue at " + empty), e.getMessage());
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
