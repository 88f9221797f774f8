package mlgrader.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.Challenge;

/**
 * Builds a candidate's repository for a challenge: the shared skeleton ({@code starter-templates/_repo}) overlaid
 * with the challenge's starter, placeholders filled in, and a marker naming the challenge.
 */
public final class CandidateBundle {

  /** The file in a candidate repository that names its challenge. */
  public static final String MARKER = ".grader-challenge";

  private CandidateBundle() {}

  /** Writes the repository into {@code target}, which must not exist or be empty. */
  public static void write(Catalog catalog, Challenge challenge, Path target) throws IOException {
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(target + " is not empty; choose a new folder");
        }
      }
    }
    Files.createDirectories(target);
    copyTree(catalog.repoSkeleton(), target, challenge);
    copyTree(challenge.starterDir(), target, challenge);
    Files.writeString(target.resolve(MARKER), challenge.id() + "\n");
  }

  private static void copyTree(Path from, Path to, Challenge challenge) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    List<Path> files;
    try (var walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !from.relativize(p).startsWith("target"))
          .sorted(Comparator.naturalOrder()).toList();
    }
    for (Path file : files) {
      Path out = to.resolve(from.relativize(file).toString());
      Files.createDirectories(out.getParent());
      String name = file.getFileName().toString();
      if (name.equals("pom.xml") || name.endsWith(".yml") || name.endsWith(".md")) {
        Files.writeString(out, Files.readString(file)
            .replace("@CHALLENGE_ID@", challenge.id())
            .replace("@CHALLENGE_TITLE@", challenge.spec().title()));
      } else {
        Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
