package mlgrader.similarity;

import java.util.List;
import java.util.Objects;
import mlgrader.catalog.SourceFile;

/**
 * One candidate's own sources for one challenge, as they are compared.
 *
 * @param candidate the candidate's id, a plain file name (it becomes a folder name on disk)
 * @param sources the candidate's files, paths relative to the source root
 */
public record CandidateSources(String candidate, List<SourceFile> sources) {

  public CandidateSources {
    Objects.requireNonNull(candidate, "candidate");
    if (!candidate.matches("[A-Za-z0-9._@+-]{1,100}") || candidate.chars().allMatch(c -> c == '.')) {
      throw new IllegalArgumentException("not a plain candidate id: '" + candidate + "'");
    }
    sources = List.copyOf(sources);
  }
}
