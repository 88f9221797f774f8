package mlgrader.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes zips with arbitrary (also hostile) entry names for the submission tests. */
final class ZipFixture {

  private ZipFixture() {}

  /** A zip holding {@code entries} in iteration order; a name ending in "/" is a folder entry. */
  static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
    Files.createDirectories(zip.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return zip;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Every file and folder below {@code root}, relative to it, with forward slashes. */
  static List<String> tree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<String> all = new ArrayList<>();
      walk.filter(p -> !p.equals(root))
          .forEach(p -> all.add(root.relativize(p).toString().replace('\\', '/')));
      all.sort(null);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
