package mlgrader.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The repository a candidate receives for a challenge: the shared skeleton ({@code starter-templates/_repo})
 * overlaid with the challenge's starter, placeholders filled in, and a marker naming the challenge.
 */
public final class CandidateRepository {

  /** The file in a candidate repository that names its challenge. */
  public static final String MARKER = ".grader-challenge";

  /** Files a candidate may change freely: the statement and personal ignores. */
  private static final Set<String> UNPROTECTED = Set.of("README.md", ".gitignore", MARKER);

  private final Map<String, byte[]> files;
  private final Set<String> editable;

  private CandidateRepository(Map<String, byte[]> files, Set<String> editable) {
    this.files = files;
    this.editable = editable;
  }

  /** The repository of {@code challenge}, read from its starter and the skeleton beside it. */
  public static CandidateRepository of(Challenge challenge) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    read(challenge.starterDir().resolveSibling("_repo"), challenge, files);
    read(challenge.starterDir(), challenge, files);
    files.put(MARKER, (challenge.id() + "\n").getBytes(StandardCharsets.UTF_8));
    Set<String> editable = new java.util.HashSet<>();
    challenge.spec().editable().forEach(e -> editable.add("src/main/java/" + challenge.spec().packagePath() + "/" + e));
    return new CandidateRepository(files, Set.copyOf(editable));
  }

  /** Every file, relative path → content. */
  public Map<String, byte[]> files() {
    return java.util.Collections.unmodifiableMap(files);
  }

  /** The files the grader always restores from this copy: everything but the statement, ignores and stubs. */
  public Map<String, byte[]> protectedFiles() {
    Map<String, byte[]> kept = new TreeMap<>(files);
    kept.keySet().removeIf(p -> UNPROTECTED.contains(p) || editable.contains(p));
    return kept;
  }

  /** Writes the repository into {@code target}, which must not exist or be empty. */
  public void write(Path target) throws IOException {
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(target + " is not empty; choose a new folder");
        }
      }
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path out = target.resolve(f.getKey());
      Files.createDirectories(out.getParent());
      Files.write(out, f.getValue());
    }
  }

  private static void read(Path from, Challenge challenge, Map<String, byte[]> into) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    List<Path> found;
    try (var walk = Files.walk(from)) {
      found = walk.filter(Files::isRegularFile).filter(p -> !from.relativize(p).startsWith("target"))
          .sorted(Comparator.naturalOrder()).toList();
    }
    for (Path file : found) {
      String rel = from.relativize(file).toString().replace('\\', '/');
      String name = file.getFileName().toString();
      if (name.equals("pom.xml") || name.endsWith(".yml") || name.endsWith(".md")) {
        into.put(rel, Files.readString(file)
            .replace("@CHALLENGE_ID@", challenge.id())
            .replace("@CHALLENGE_TITLE@", challenge.spec().title())
            .getBytes(StandardCharsets.UTF_8));
      } else {
        into.put(rel, Files.readAllBytes(file));
      }
    }
  }
}
