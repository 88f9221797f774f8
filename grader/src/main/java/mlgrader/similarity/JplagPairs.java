package mlgrader.similarity;

import de.jplag.JPlagComparison;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Turns JPlag's comparisons into our records: percentages, candidates in order, token runs as line ranges. */
final class JplagPairs {

  private JplagPairs() {}

  static List<Integer> emptyDistribution() {
    return Collections.nCopies(ChallengeSimilarity.BUCKETS, 0);
  }

  /** How many comparisons fall in each tenth of average similarity. */
  static List<Integer> distribution(List<JPlagComparison> comparisons) {
    int[] counts = new int[ChallengeSimilarity.BUCKETS];
    comparisons.forEach(c -> counts[ChallengeSimilarity.bucket(percent(c.similarity()))]++);
    List<Integer> list = new ArrayList<>();
    for (int c : counts) {
      list.add(c);
    }
    return list;
  }

  /** The comparisons at or above the threshold, most similar first, then by candidate ids. */
  static List<SimilarPair> flagged(List<JPlagComparison> comparisons, double threshold, Path submissions) {
    return comparisons.stream().filter(c -> percent(c.similarity()) >= threshold).map(c -> pair(c, submissions))
        .sorted(Comparator.comparingDouble(SimilarPair::similarity).reversed().thenComparing(SimilarPair::first)
            .thenComparing(SimilarPair::second))
        .toList();
  }

  private static SimilarPair pair(JPlagComparison c, Path submissions) {
    boolean swap = c.firstSubmission().getName().compareTo(c.secondSubmission().getName()) > 0;
    Submission first = swap ? c.secondSubmission() : c.firstSubmission();
    Submission second = swap ? c.firstSubmission() : c.secondSubmission();
    List<MatchedRegion> regions = new ArrayList<>();
    for (Match m : c.matches()) {
      int startFirst = swap ? m.startOfSecond() : m.startOfFirst();
      int startSecond = swap ? m.startOfFirst() : m.startOfSecond();
      regions.add(region(first, startFirst, second, startSecond, m.length(), submissions));
    }
    regions.sort(Comparator.comparing(MatchedRegion::firstFile).thenComparingInt(MatchedRegion::firstStartLine)
        .thenComparing(MatchedRegion::secondFile).thenComparingInt(MatchedRegion::secondStartLine));
    return new SimilarPair(first.getName(), second.getName(), percent(c.similarity()), percent(c.maximalSimilarity()),
        c.getNumberOfMatchedTokens(), regions);
  }

  private static MatchedRegion region(Submission first, int startFirst, Submission second, int startSecond, int length, Path submissions) {
    Token a0 = first.getTokenList().get(startFirst);
    Token a1 = first.getTokenList().get(startFirst + length - 1);
    Token b0 = second.getTokenList().get(startSecond);
    Token b1 = second.getTokenList().get(startSecond + length - 1);
    return new MatchedRegion(path(submissions.resolve(first.getName()), a0), line(a0), Math.max(line(a0), line(a1)),
        path(submissions.resolve(second.getName()), b0), line(b0), Math.max(line(b0), line(b1)), length);
  }

  private static int line(Token t) {
    return Math.max(1, t.getLine());
  }

  /** The token's file relative to its submission's folder, with forward slashes. */
  private static String path(Path root, Token token) {
    Path file = token.getFile().toPath().toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path relative = file.startsWith(base) ? base.relativize(file) : file.getFileName();
    return relative.toString().replace('\\', '/');
  }

  /** JPlag's fraction as a percentage, rounded to hundredths so reports are stable across runs. */
  static double percent(double fraction) {
    return Math.round(fraction * 10_000) / 100.0;
  }
}
