package mlgrader.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogException;
import mlgrader.report.AssessmentInfo;

/**
 * Reads {@code challenges/assessments/<name>.json}: {@code name} (the file's name), {@code title}, an optional
 * {@code timeLimitMinutes} and {@code challenges}, a list of {@code {"challengeId", "weight"}}; every challenge
 * must exist in the catalogue.
 */
public final class AssessmentLoader {

  /** The folder under the catalogue root that holds assessments. */
  public static final String FOLDER = "challenges/assessments";

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AssessmentLoader() {}

  /** The assessment called {@code name} in the catalogue. */
  public static AssessmentInfo load(Catalog catalog, String name) throws CatalogException {
    Path file = catalog.root().resolve(FOLDER).resolve(name + ".json");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*") || !Files.isRegularFile(file)) {
      throw new CatalogException("unknown assessment '" + name + "'; known: " + String.join(", ", names(catalog)));
    }
    AssessmentInfo assessment;
    try {
      assessment = JSON.readValue(file.toFile(), AssessmentInfo.class);
    } catch (ValueInstantiationException e) {
      throw new CatalogException(file + ": " + (e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage()), e);
    } catch (JsonProcessingException e) {
      throw new CatalogException(file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(file + ": " + e.getMessage(), e);
    }
    if (!assessment.name().equals(name)) {
      throw new CatalogException(file + ": name '" + assessment.name() + "' does not match the file name");
    }
    if (assessment.challenges().isEmpty()) {
      throw new CatalogException(file + ": names no challenge");
    }
    for (AssessmentInfo.WeightedChallenge c : assessment.challenges()) {
      if (catalog.find(c.challengeId()).isEmpty()) {
        throw new CatalogException(file + ": unknown challenge '" + c.challengeId() + "'");
      }
    }
    return assessment;
  }

  /** The names of the catalogue's assessments, sorted. */
  public static List<String> names(Catalog catalog) {
    Path dir = catalog.root().resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
