package mlgrader.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Scans a catalogue root for {@code challenges/<id>/challenge.json} and loads every challenge. */
public final class CatalogLoader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private CatalogLoader() {}

  /** Loads the catalogue under {@code root}. */
  public static Catalog load(Path root) throws CatalogException {
    Path challengesDir = root.resolve("challenges");
    Path startersDir = root.resolve("starter-templates");
    if (!Files.isDirectory(challengesDir) || !Files.isDirectory(startersDir)) {
      throw new CatalogException("no catalogue at " + root + " (expected challenges/ and starter-templates/ there)");
    }
    List<Challenge> challenges = new ArrayList<>();
    try (var dirs = Files.list(challengesDir)) {
      for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("challenge.json"))).sorted().toList()) {
        challenges.add(loadOne(dir, startersDir));
      }
    } catch (IOException e) {
      throw new CatalogException("cannot read " + challengesDir + ": " + e.getMessage(), e);
    }
    // Assessments (challenges/assessments/*.json) have no challenge.json, so the scan above skips them, but they
    // decide weights and totals, so they are part of what a report's catalogue hash vouches for.
    StringBuilder all = new StringBuilder(hash(root, List.of(startersDir.resolve("_repo"), challengesDir.resolve("assessments"))));
    challenges.forEach(c -> all.append(c.id()).append(c.contentHash()));
    return new Catalog(root, challenges, sha256(all.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static Challenge loadOne(Path dir, Path startersDir) throws CatalogException {
    Path json = dir.resolve("challenge.json");
    ChallengeSpec spec;
    try {
      spec = JSON.readValue(json.toFile(), ChallengeSpec.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new CatalogException(json + ": " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new CatalogException(json + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(json + ": " + e.getMessage(), e);
    }
    if (!spec.id().equals(dir.getFileName().toString())) {
      throw new CatalogException(json + ": id '" + spec.id() + "' does not match its folder '" + dir.getFileName() + "'");
    }
    Path starter = startersDir.resolve(spec.id());
    if (!Files.isDirectory(starter)) {
      throw new CatalogException(json + ": no starter folder " + starter);
    }
    return new Challenge(spec, starter, dir, hash(dir.getParent().getParent(), List.of(dir, starter)));
  }

  private static String hash(Path root, List<Path> dirs) throws CatalogException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path dir : dirs) {
        if (!Files.isDirectory(dir)) {
          continue;
        }
        List<Path> files;
        try (var walk = Files.walk(dir)) {
          files = walk.filter(Files::isRegularFile).filter(p -> !isBuildOutput(dir, p)).sorted().toList();
        }
        for (Path f : files) {
          digest.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | UncheckedIOException e) {
      throw new CatalogException("cannot hash the catalogue: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static boolean isBuildOutput(Path dir, Path file) {
    for (Path part : dir.relativize(file)) {
      if (part.toString().equals("target")) {
        return true;
      }
    }
    return false;
  }
}
