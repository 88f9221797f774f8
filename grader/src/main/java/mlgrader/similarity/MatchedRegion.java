package mlgrader.similarity;

import java.util.Objects;

/**
 * A run of tokens that two submissions share, as line ranges in each (1-based, inclusive).
 *
 * @param firstFile the file in the first submission, relative to its source root
 * @param firstStartLine first line of the region in it
 * @param firstEndLine last line of the region in it
 * @param secondFile the file in the second submission
 * @param secondStartLine first line of the region in it
 * @param secondEndLine last line of the region in it
 * @param tokens how many tokens the region spans
 */
public record MatchedRegion(String firstFile, int firstStartLine, int firstEndLine, String secondFile, int secondStartLine,
    int secondEndLine, int tokens) {

  public MatchedRegion {
    Objects.requireNonNull(firstFile, "firstFile");
    Objects.requireNonNull(secondFile, "secondFile");
    if (firstStartLine < 1 || firstEndLine < firstStartLine || secondStartLine < 1 || secondEndLine < secondStartLine || tokens < 1) {
      throw new IllegalArgumentException("not a region: " + firstStartLine + "-" + firstEndLine + " / " + secondStartLine + "-"
          + secondEndLine + ", " + tokens + " tokens");
    }
  }
}
