package mlgrader.cli;

import java.nio.file.Path;
import java.time.Clock;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.CatalogLoader;
import mlgrader.catalog.CatalogLocator;
import mlgrader.grading.Engine;
import mlgrader.sandbox.Sandbox;
import picocli.CommandLine.Option;

/** The {@code --catalog} option every command shares, and the catalogue and engine it leads to. */
final class CatalogOption {

  @Option(names = "--catalog", paramLabel = "DIR",
      description = "Folder holding challenges/ and starter-templates/ (default: $MLGRADER_CATALOG, else the nearest such folder above the working directory or the grader's jar).")
  Path catalog;

  Catalog load(Environment environment) throws CatalogException {
    Path explicit = catalog == null ? null : environment.resolve(catalog);
    return CatalogLoader.load(CatalogLocator.locate(explicit,
        environment.variables().get(CatalogLocator.ENVIRONMENT_VARIABLE), environment.workingDir()));
  }

  Engine engine(Environment environment) throws CatalogException {
    Clock clock = environment.clock();
    return new Engine(load(environment), Sandbox.detect(), clock, cacheDir(environment));
  }

  /** Where compiled challenges are cached: $MLGRADER_CACHE, else $XDG_CACHE_HOME/mlgrader, else ~/.cache/mlgrader. */
  static Path cacheDir(Environment environment) {
    var v = environment.variables();
    if (v.containsKey("MLGRADER_CACHE")) {
      return v.get("MLGRADER_CACHE").isBlank() ? null : Path.of(v.get("MLGRADER_CACHE"));
    }
    if (v.containsKey("XDG_CACHE_HOME")) {
      return Path.of(v.get("XDG_CACHE_HOME"), "mlgrader");
    }
    return v.containsKey("HOME") ? Path.of(v.get("HOME"), ".cache", "mlgrader") : null;
  }
}
