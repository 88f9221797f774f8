package mlgrader.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every challenge found under a catalogue root, sorted by id.
 *
 * @param root the folder holding {@code challenges/} and {@code starter-templates/}
 * @param challenges the challenges, sorted by id
 * @param hash SHA-256 over every file of both folders, recorded in reports
 */
public record Catalog(Path root, List<Challenge> challenges, String hash) {

  public Catalog {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(hash, "hash");
    challenges = List.copyOf(challenges);
  }

  public Optional<Challenge> find(String id) {
    return challenges.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The challenge with this id, or an exception whose message lists the known ids. */
  public Challenge require(String id) throws CatalogException {
    return find(id).orElseThrow(() -> new CatalogException(
        "unknown challenge '" + id + "'; known: " + String.join(", ", challenges.stream().map(Challenge::id).toList())));
  }

  /** The shared skeleton of a candidate repository. */
  public Path repoSkeleton() {
    return root.resolve("starter-templates").resolve("_repo");
  }
}
