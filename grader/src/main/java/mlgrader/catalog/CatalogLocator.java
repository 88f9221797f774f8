package mlgrader.catalog;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which catalogue root a command uses: the {@code --catalog} option, else the {@code MLGRADER_CATALOG}
 * environment variable, else the nearest folder holding {@code challenges/} and {@code starter-templates/} above
 * the working directory or above the grader's own jar.
 */
public final class CatalogLocator {

  /** The environment variable that names a catalogue root. */
  public static final String ENVIRONMENT_VARIABLE = "MLGRADER_CATALOG";

  private CatalogLocator() {}

  /** The root to use, or an exception saying where it looked. */
  public static Path locate(Path explicit, String fromEnvironment, Path workingDir) throws CatalogException {
    if (explicit != null) {
      return requireRoot(explicit, "--catalog");
    }
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return requireRoot(Path.of(fromEnvironment), ENVIRONMENT_VARIABLE);
    }
    List<Path> starts = new ArrayList<>();
    starts.add(workingDir.toAbsolutePath());
    ownLocation().ifPresent(starts::add);
    for (Path start : starts) {
      for (Path p = start; p != null; p = p.getParent()) {
        if (isRoot(p)) {
          return p;
        }
      }
    }
    throw new CatalogException(
        "no catalogue found above " + workingDir.toAbsolutePath()
            + "; pass --catalog <dir> or set " + ENVIRONMENT_VARIABLE);
  }

  private static Path requireRoot(Path p, String source) throws CatalogException {
    if (!isRoot(p)) {
      throw new CatalogException(source + " " + p + " holds no challenges/ and starter-templates/ folders");
    }
    return p.toAbsolutePath().normalize();
  }

  private static boolean isRoot(Path p) {
    return Files.isDirectory(p.resolve("challenges")) && Files.isDirectory(p.resolve("starter-templates"));
  }

  private static Optional<Path> ownLocation() {
    try {
      var source = CatalogLocator.class.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty();
    }
  }
}
