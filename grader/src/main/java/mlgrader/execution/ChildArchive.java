package mlgrader.execution;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The test JVM's class-data-sharing archive (AppCDS): JUnit's, the kit's and the child runner's classes, dumped once
 * per grader build and JDK into the cache folder, so that each child maps them instead of loading, parsing and
 * verifying them again. Starting and warming a child then takes about a third less CPU (measured here: 1.2 s →
 * 0.8 s; notes/engine.md §5 has the wall times), and CPU is what bounds a cohort's throughput on a small machine.
 *
 * <p>The archive is made by a training run of the grader's own warm-up suite, outside the sandbox (no submission is
 * involved), written under a temporary name and renamed, so concurrent graders never see half an archive. It is
 * keyed by the JDK, the JVM options and every class-path jar's path, size and modification time: a rebuilt grader
 * gets a new archive, and archives no grader has started using for a week are removed. An archive removed under a
 * running grader is made again before the next child starts. JDK 17 archives jars only, so a class folder on the class path
 * (tests, an IDE) means no archive. Any failure means no archive, never a failed grading: the child JVM also
 * ignores an archive it cannot map ({@code -Xshare:auto}).
 */
public final class ChildArchive {

  private static final String SUFFIX = ".jsa";
  private static final long TRAINING_SECONDS = 120;
  private static final int WARMED_WITHOUT_JOB = 2;
  private static final int UNUSED_DAYS = 7;

  private final Path dir;
  private final Map<String, Optional<Path>> known = new HashMap<>();

  /**
   * Archives kept in {@code cacheDir/child-cds}. Keep the cache outside {@code /tmp}: the sandbox mounts a fresh
   * {@code /tmp}, which hides an archive kept there (the children then simply start without it).
   */
  public ChildArchive(Path cacheDir) {
    this.dir = cacheDir.resolve("child-cds");
  }

  /**
   * The archive for children started with {@code javaOptions} and {@code classpath}, made now if it is missing;
   * empty when there can be none.
   */
  public synchronized Optional<Path> archiveFor(List<String> javaOptions, List<Path> classpath) {
    if (classpath.stream().anyMatch(p -> !Files.isRegularFile(p) || !p.toString().endsWith(".jar"))) {
      return Optional.empty();
    }
    String key;
    try {
      key = key(javaOptions, classpath);
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<Path> known = this.known.get(key);
    if (known == null || known.isPresent() && !Files.isRegularFile(known.get())) {
      known = create(key, javaOptions, classpath);
      this.known.put(key, known);
    }
    return known;
  }

  private Optional<Path> create(String key, List<String> javaOptions, List<Path> classpath) {
    Path archive = dir.resolve(key + SUFFIX);
    if (Files.isRegularFile(archive)) {
      touch(archive);
      return Optional.of(archive);
    }
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".training", ".tmp");
      Files.delete(temp); // the JVM writes the archive itself
      if (train(javaOptions, classpath, temp) && Files.isRegularFile(temp) && Files.size(temp) > 0) {
        Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOthers(archive);
        return Optional.of(archive);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * Runs the child's warm-up with the archive dumped at exit. The child then finds its stdin closed and halts with
   * status 2 ({@code ChildMain}: no job to read); any other end (e.g. a class path it cannot start from) is a failure,
   * even though the JVM dumps an archive of whatever it loaded.
   */
  private static boolean train(List<String> javaOptions, List<Path> classpath, Path archive) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(javaOptions);
    cmd.add("-XX:ArchiveClassesAtExit=" + archive);
    cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
        "mlgrader.execution.child.ChildMain", "--warm"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().clear();
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return false;
    }
    return p.exitValue() == WARMED_WITHOUT_JOB;
  }

  /**
   * Removes the archives no grader has started using for {@link #UNUSED_DAYS} days: other builds of the grader (other
   * class paths, e.g. a test run and an installed jar) share the cache folder and must keep theirs.
   */
  private void removeOthers(Path keep) {
    FileTime cutoff = FileTime.from(Instant.now().minus(Duration.ofDays(UNUSED_DAYS)));
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && !f.equals(keep)).toList()) {
        if (Files.getLastModifiedTime(f).compareTo(cutoff) < 0) {
          deleteQuietly(f);
        }
      }
    } catch (IOException e) {
      // Old archives only cost disk space.
    }
  }

  /** Marks an archive as in use, so that no other grader removes it as unused. */
  private static void touch(Path archive) {
    try {
      Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // A read-only cache: the archive is then never removed either.
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // A leftover temporary file in the cache folder is harmless.
    }
  }

  /**
   * The jars that the class path's jars name in their manifests ({@code Class-Path}, e.g. the grader jar's
   * {@code lib/…}): a JVM mapping the archive checks that they exist, so the sandbox must show them too.
   */
  public static List<Path> manifestClassPath(List<Path> classpath) {
    List<Path> referenced = new ArrayList<>();
    for (Path jar : classpath) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Manifest manifest = file.getManifest();
        String entries = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        if (entries == null) {
          continue;
        }
        for (String entry : entries.trim().split("\\s+")) {
          Path p = jar.toAbsolutePath().getParent().resolve(entry).normalize();
          if (!entry.isEmpty() && Files.isRegularFile(p) && !classpath.contains(p) && !referenced.contains(p)) {
            referenced.add(p);
          }
        }
      } catch (IOException | RuntimeException e) {
        // Not a readable jar: it names nothing.
      }
    }
    return referenced;
  }

  /** A hash of everything the archive's validity depends on. */
  static String key(List<String> javaOptions, List<Path> classpath) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<String> parts = new ArrayList<>(List.of(System.getProperty("java.home"), System.getProperty("java.vm.version")));
      parts.addAll(javaOptions);
      for (Path jar : classpath) {
        parts.add(jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis());
      }
      parts.forEach(p -> digest.update((p + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
