package mlgrader.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One candidate's submission in a cohort folder: a sub-folder or a {@code .zip}.
 *
 * @param id the candidate's id: the entry's name (without {@code .zip}), made safe as a folder name
 * @param path the folder or zip
 */
public record CandidateInput(String id, Path path) {

  public CandidateInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
  }

  /** Every submission in {@code dir}, sorted by id; hidden entries and links are skipped. */
  public static List<CandidateInput> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a folder of submissions");
    }
    List<CandidateInput> all = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (var entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        if (name.startsWith(".") || !(zip || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
          continue;
        }
        String id = safeId(zip ? name.substring(0, name.length() - 4) : name);
        if (!ids.add(id)) {
          throw new IOException("two submissions map to the candidate id '" + id + "'; rename one");
        }
        all.add(new CandidateInput(id, p));
      }
    }
    all.sort(java.util.Comparator.comparing(CandidateInput::id));
    return all;
  }

  /** The name itself when it is a plain file name; otherwise the unsafe characters replaced by '_'. */
  static String safeId(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._@+-]", "_");
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
      safe = "_" + safe;
    }
    return safe.length() > 100 ? safe.substring(0, 100) : safe;
  }
}
