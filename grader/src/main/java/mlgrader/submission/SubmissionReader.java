package mlgrader.submission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Finding;

/**
 * Reads a submission from a folder or a zip.
 *
 * <p>Three layouts are accepted: a candidate repository ({@code src/main/java/<package>/…}), a source root
 * ({@code <package path>/…}) and a flat folder of {@code .java} files. Only files directly in the package folder
 * are taken; a file that has the name of a given file (API, support class) is ignored, because the trusted copy
 * always wins, and the report says so.
 */
public final class SubmissionReader {

  private final SubmissionLimits limits;

  public SubmissionReader(SubmissionLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the candidate's files.
   *
   * @param input a folder or a {@code .zip}
   * @param packagePath the challenge package as a path ({@code challenge/gradclip})
   * @param given the given files by file name, with their trusted content
   * @param scratch an empty folder the reader may unpack a zip into
   */
  public Submission read(Path input, String packagePath, Map<String, String> given, Path scratch) throws SubmissionException {
    return read(input, packagePath, given, Map.of(), scratch);
  }

  /**
   * Reads the candidate's files and, when the input is a candidate repository, reports every protected file
   * (public tests, given API, {@code pom.xml}, CI workflow) that was modified or deleted; grading always uses
   * the trusted copies regardless.
   *
   * @param protectedFiles repository-relative path → trusted content of the files a candidate must not change
   */
  public Submission read(Path input, String packagePath, Map<String, String> given, Map<String, byte[]> protectedFiles,
      Path scratch) throws SubmissionException {
    if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      throw new SubmissionException("no such file or folder: " + input);
    }
    Path root = input;
    if (Files.isRegularFile(input)) {
      if (!input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        throw new SubmissionException(input.getFileName() + " is neither a folder nor a .zip file");
      }
      new ZipExtractor(limits).extract(input, scratch);
      root = singleTopFolder(scratch);
    } else if (!Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
      throw new SubmissionException(input + " is not a folder (links are not followed)");
    }
    Path packageDir = packageFolder(root, packagePath);
    List<Finding> findings = new ArrayList<>();
    if (isRepository(root)) {
      findings.addAll(tampering(root, protectedFiles));
    }
    List<SourceFile> sources = new ArrayList<>();
    for (Path file : javaFiles(packageDir)) {
      String name = file.getFileName().toString();
      String content = readUtf8(file);
      if (given.containsKey(name)) {
        boolean reported = findings.stream().anyMatch(f -> f.location().endsWith("/" + name));
        if (!given.get(name).equals(content) && !reported) {
          findings.add(new Finding(Finding.Kind.TAMPER, name,
              name + " is a given file; your copy differs and was ignored (the original was used)"));
        }
        continue;
      }
      sources.add(new SourceFile(packagePath + "/" + name, content));
    }
    if (sources.isEmpty()) {
      throw new SubmissionException("no Java sources of yours found in " + input.getFileName()
          + " (looked in src/main/java/" + packagePath + ", " + packagePath + " and the folder itself)");
    }
    String label = input.getFileName() == null ? input.toString() : input.getFileName().toString();
    return new Submission(label, sources, hash(sources), findings);
  }

  private static boolean isRepository(Path root) {
    return Files.exists(root.resolve("pom.xml"), LinkOption.NOFOLLOW_LINKS)
        || Files.isDirectory(root.resolve("src/main/java"), LinkOption.NOFOLLOW_LINKS);
  }

  private List<Finding> tampering(Path root, Map<String, byte[]> protectedFiles) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(protectedFiles).entrySet()) {
      Path file = root.resolve(e.getKey());
      String what = null;
      try {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          what = "was deleted";
        } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          what = "was replaced by a link or a folder";
        } else if (Files.size(file) > limits.maxFileBytes() || !java.util.Arrays.equals(Files.readAllBytes(file), e.getValue())) {
          what = "was modified";
        }
      } catch (IOException ex) {
        what = "could not be read";
      }
      if (what != null) {
        findings.add(new Finding(Finding.Kind.TAMPER, e.getKey(),
            e.getKey() + " " + what + "; the trusted copy was used for grading"));
      }
    }
    return findings;
  }

  private static Path singleTopFolder(Path scratch) throws SubmissionException {
    try (var entries = Files.list(scratch)) {
      List<Path> all = entries.toList();
      return all.size() == 1 && Files.isDirectory(all.get(0)) ? all.get(0) : scratch;
    } catch (IOException e) {
      throw new SubmissionException("cannot list the unpacked zip: " + e.getMessage(), e);
    }
  }

  private static Path packageFolder(Path root, String packagePath) {
    for (Path candidate : List.of(root.resolve("src/main/java").resolve(packagePath), root.resolve(packagePath))) {
      if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
    return root;
  }

  private List<Path> javaFiles(Path dir) throws SubmissionException {
    List<Path> files = new ArrayList<>();
    try (var entries = Files.list(dir)) {
      for (Path p : entries.sorted(Comparator.comparing(Path::toString)).toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".java")) {
          continue;
        }
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*\\.java")) {
          throw new SubmissionException("not a valid Java file name: " + ZipExtractor.printable(name));
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          throw new SubmissionException(name + " is a link or not a regular file; links are not followed");
        }
        if (Files.size(p) > limits.maxFileBytes()) {
          throw new SubmissionException(name + " is larger than " + limits.maxFileBytes() + " bytes");
        }
        files.add(p);
        if (files.size() > limits.maxFiles()) {
          throw new SubmissionException("more than " + limits.maxFiles() + " Java files");
        }
      }
    } catch (IOException e) {
      throw new SubmissionException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    return files;
  }

  private static String readUtf8(Path file) throws SubmissionException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SubmissionException(file.getFileName() + " is not valid UTF-8; save it as UTF-8 and submit again", e);
    } catch (IOException e) {
      throw new SubmissionException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  static String hash(List<SourceFile> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SourceFile s : sources) {
        digest.update(s.path().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(s.content().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
