package mlgrader.grading;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mlgrader.catalog.Challenge;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.ClassFilesCodec;

/**
 * Keeps compiled challenges on disk between runs of the CLI, so a single {@code grader grade} does not recompile
 * the reference and both suites every time.
 *
 * <p>An entry is keyed by the challenge's content hash and by the grader build, so any change to either misses;
 * an unreadable entry is treated as a miss and overwritten. Without a build key (running from class folders)
 * the cache is off.
 */
final class CompiledChallengeCache {

  private static final int FORMAT = 1;

  private final Path dir;
  private final String buildKey;

  CompiledChallengeCache(Path dir, String buildKey) {
    this.dir = dir;
    this.buildKey = buildKey;
  }

  Optional<CompiledChallenge> load(Challenge challenge) {
    Path file = file(challenge);
    if (file == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      ClassFiles reference = ClassFilesCodec.read(in);
      ClassFiles tests = ClassFilesCodec.read(in);
      return Optional.of(new CompiledChallenge(reference, tests, readNames(in), readNames(in)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void store(Challenge challenge, CompiledChallenge compiled) {
    Path file = file(challenge);
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".entry", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
        out.writeInt(FORMAT);
        ClassFilesCodec.write(out, compiled.reference());
        ClassFilesCodec.write(out, compiled.tests());
        writeNames(out, compiled.publicTestClasses());
        writeNames(out, compiled.hiddenTestClasses());
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A cache that cannot be written only costs time; the next run compiles again.
    }
  }

  private Path file(Challenge challenge) {
    if (dir == null || buildKey == null) {
      return null;
    }
    return dir.resolve(challenge.id() + "-" + challenge.contentHash().substring(0, 16) + "-" + buildKey + ".bin");
  }

  private static void writeNames(DataOutputStream out, List<String> names) throws IOException {
    out.writeInt(names.size());
    for (String n : names) {
      out.writeUTF(n);
    }
  }

  private static List<String> readNames(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(in.readUTF());
    }
    return names;
  }
}
