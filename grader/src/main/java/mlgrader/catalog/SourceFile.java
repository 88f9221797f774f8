package mlgrader.catalog;

import java.util.Objects;

/**
 * A Java source held in memory.
 *
 * @param path path relative to a source root, with forward slashes, e.g. {@code challenge/gradclip/X.java}
 * @param content the source text
 */
public record SourceFile(String path, String content) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (!path.endsWith(".java")) {
      throw new IllegalArgumentException("not a Java source: " + path);
    }
  }

  /** The file's name without folders. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The file's name without folders and without {@code .java}. */
  public String simpleName() {
    String name = fileName();
    return name.substring(0, name.length() - ".java".length());
  }
}
