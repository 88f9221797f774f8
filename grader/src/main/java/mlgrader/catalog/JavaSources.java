package mlgrader.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads trusted Java sources (catalogue and starter folders) into memory, sorted by path. */
public final class JavaSources {

  private JavaSources() {}

  /** Every {@code .java} file below {@code root}, with paths relative to it; empty if it does not exist. */
  public static List<SourceFile> readTree(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<SourceFile> files = new ArrayList<>();
    try (var stream = Files.walk(root)) {
      for (Path p : stream.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        files.add(new SourceFile(rel, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return List.copyOf(files);
  }

  /** The {@code .java} files directly in {@code dir}, given the path they would have under {@code packagePath}. */
  public static List<SourceFile> readFlat(Path dir, String packagePath) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<SourceFile> files = new ArrayList<>();
    try (var stream = Files.list(dir)) {
      for (Path p : stream.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList()) {
        files.add(new SourceFile(packagePath + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return List.copyOf(files);
  }
}
