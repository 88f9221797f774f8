package mlgrader.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One challenge on disk: its validated spec, its starter folder (what candidates get) and its hidden folder.
 *
 * @param spec the parsed {@code challenge.json}
 * @param starterDir {@code starter-templates/<id>}
 * @param hiddenDir {@code challenges/<id>}
 * @param contentHash SHA-256 over every file of both folders: changes whenever anything graded changes
 */
public record Challenge(ChallengeSpec spec, Path starterDir, Path hiddenDir, String contentHash) {

  public Challenge {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(starterDir, "starterDir");
    Objects.requireNonNull(hiddenDir, "hiddenDir");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  public String id() {
    return spec.id();
  }

  /** The candidate-facing statement (the starter's README.md). */
  public String statement() throws IOException {
    return Files.readString(starterDir.resolve("README.md"));
  }

  /** The starter's main sources that the candidate may not change: the API and support classes. */
  public List<SourceFile> givenSources() throws IOException {
    Set<String> editable = Set.copyOf(spec.editable());
    return JavaSources.readTree(starterDir.resolve("src/main/java")).stream()
        .filter(f -> !editable.contains(f.fileName()))
        .toList();
  }

  /** The starter's editable files as shipped (the stubs). */
  public List<SourceFile> stubSources() throws IOException {
    Set<String> editable = Set.copyOf(spec.editable());
    return JavaSources.readTree(starterDir.resolve("src/main/java")).stream()
        .filter(f -> editable.contains(f.fileName()))
        .toList();
  }

  /** The public tests shipped in the starter. */
  public List<SourceFile> publicTestSources() throws IOException {
    return JavaSources.readTree(starterDir.resolve("src/test/java"));
  }

  /** The hidden suite's sources. */
  public List<SourceFile> hiddenTestSources() throws IOException {
    return JavaSources.readFlat(hiddenDir.resolve("hidden"), spec.packagePath() + "/hidden");
  }

  /** The reference solution's sources. */
  public List<SourceFile> referenceSources() throws IOException {
    return JavaSources.readFlat(hiddenDir.resolve("reference"), spec.packagePath());
  }

  /** The folder of one mutant, whose files replace the reference's. */
  public Path mutantDir(String mutantId) {
    return hiddenDir.resolve("mutants").resolve(mutantId);
  }

  /** Folders of correct implementations in other styles, sorted by name. */
  public List<Path> alternativeDirs() throws IOException {
    Path dir = hiddenDir.resolve("alternatives");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var stream = Files.list(dir)) {
      return stream.filter(Files::isDirectory).sorted().toList();
    }
  }
}
