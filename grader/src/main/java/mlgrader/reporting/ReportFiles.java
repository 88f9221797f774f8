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
import mlgrader.report.Report;

/**
 * Writes a report in several formats to files so that a reader sees each old file or the new one, never half of
 * one: every format is rendered to a temporary file beside its target first, and only then moved into place.
 */
public final class ReportFiles {

  private ReportFiles() {}

  /** Writes {@code report} in each format to its file (target path → format). */
  public static void write(Report report, Map<Path, ReportFormat> targets) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, ReportFormat> e : targets.entrySet()) {
        Path parent = e.getKey().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".report", ".tmp");
        temps.put(e.getKey(), temp);
        readableByAll(temp);
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          e.getValue().writer().write(report, w);
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
