package mlgrader.reporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that a reader sees each old file or the new one, never half of one: every file is rendered to a
 * temporary file beside its target first, and only when all are rendered are they renamed into place.
 */
public final class AtomicFile {

  /** What fills a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Content content) throws IOException {
    writeAll(Map.of(target, content));
  }

  /** Renders every target (path → content), then moves them all into place; a failure replaces none. */
  public static void writeAll(Map<Path, Content> targets) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Content> e : targets.entrySet()) {
        Path parent = e.getKey().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + e.getKey().getFileName(), ".tmp");
        temps.put(e.getKey(), temp);
        readableByAll(temp);
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          e.getValue().writeTo(w);
        }
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      for (Path temp : temps.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Reports are meant to be shared; a temporary file is created owner-only, so it is opened up like any new file. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }
}
