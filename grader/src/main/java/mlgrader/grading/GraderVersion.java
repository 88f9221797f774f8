package mlgrader.grading;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** The grader's version, from its jar manifest ("dev" when run from class folders). */
public final class GraderVersion {

  private GraderVersion() {}

  public static String current() {
    String v = GraderVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /**
   * A key that changes with every build of the grader jar (its size and modification time, plus the JDK), or
   * null when the grader runs from class folders, where no such key is reliable.
   */
  static String buildKey() {
    try {
      CodeSource source = GraderVersion.class.getProtectionDomain().getCodeSource();
      Path jar = source == null ? null : Path.of(source.getLocation().toURI());
      if (jar == null || !Files.isRegularFile(jar)) {
        return null;
      }
      String raw = jar.getFileName() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis() + ":"
          + System.getProperty("java.version");
      return Integer.toHexString(raw.hashCode());
    } catch (URISyntaxException | java.io.IOException e) {
      return null;
    }
  }
}
