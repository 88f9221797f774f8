package mlgrader.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Removes a folder tree the grader created for itself (unpacked submissions, run folders, generated projects). */
public final class TempTree {

  private TempTree() {}

  /** Deletes {@code dir} and everything below it; nothing happens if it does not exist. Links are not followed. */
  public static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
