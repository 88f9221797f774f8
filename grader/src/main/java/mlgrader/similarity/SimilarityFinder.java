package mlgrader.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.exceptions.BasecodeException;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mlgrader.catalog.SourceFile;
import mlgrader.catalog.TempTree;

/**
 * Compares one challenge's submissions pairwise with JPlag (used as a library, Java front end): every candidate's
 * own files are tokenised, so renamed identifiers, reordered whitespace and changed comments do not hide a copy, and
 * the tokens that match the starter stub (the base code) do not count.
 *
 * <p>JPlag reads files, so each call writes the sources to a fresh folder under the grader's temporary folder
 * ({@code java.io.tmpdir}, prefix {@code mlgrader-similarity}) and deletes it before returning. Nothing of the
 * submissions runs: they are only parsed.
 */
public final class SimilarityFinder {

  /** JPlag's version, for the report. */
  public static final String TOOL = "JPlag 4.3.0 (Java)";

  /**
   * The default threshold, in percent of JPlag's average similarity. Measured on the catalogue (README,
   * "Similarity"): independent correct implementations of the same challenge reach at most 41 %, a copy with one bug
   * planted (every mutant against its reference) at least 84 % (median 99 %), and a renamed, reformatted copy
   * 100 %; 60 % sits in the gap with a margin of about 20 points on each side.
   */
  public static final int DEFAULT_THRESHOLD = 60;

  private final double threshold;

  /** A finder listing pairs at or above {@code thresholdPercent} (0–100). */
  public SimilarityFinder(double thresholdPercent) {
    if (!(thresholdPercent >= 0 && thresholdPercent <= 100)) {
      throw new IllegalArgumentException("the similarity threshold is a percentage (0-100), not " + thresholdPercent);
    }
    this.threshold = thresholdPercent;
  }

  public double threshold() {
    return threshold;
  }

  /** JPlag's shortest run of tokens that counts as a match, for its Java front end. */
  public static int minimumTokenMatch() {
    return new de.jplag.java.Language().minimumTokenMatch();
  }

  /** Compares the candidates' sources with each other, {@code baseCode} (the starter stub) left out. */
  public ChallengeSimilarity compare(String challengeId, List<SourceFile> baseCode, List<CandidateSources> candidates)
      throws IOException {
    List<ExcludedCandidate> excluded = new ArrayList<>();
    List<CandidateSources> eligible = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CandidateSources c : candidates.stream().sorted(Comparator.comparing(CandidateSources::candidate)).toList()) {
      if (!seen.add(c.candidate())) {
        throw new IllegalArgumentException("candidate " + c.candidate() + " is listed twice");
      }
      if (c.sources().isEmpty()) {
        excluded.add(new ExcludedCandidate(c.candidate(), "no sources for this challenge"));
      } else if (sameFiles(c.sources(), baseCode)) {
        excluded.add(new ExcludedCandidate(c.candidate(), "only the starter's untouched stub"));
      } else {
        eligible.add(c);
      }
    }
    if (eligible.size() < 2) {
      return new ChallengeSimilarity(challengeId, false, eligible.size(), 0, JplagPairs.emptyDistribution(), excluded, List.of(),
          "fewer than two submissions to compare");
    }
    Path scratch = Files.createTempDirectory("mlgrader-similarity");
    try {
      return run(challengeId, baseCode, eligible, excluded, scratch);
    } finally {
      TempTree.delete(scratch);
    }
  }

  private ChallengeSimilarity run(String challengeId, List<SourceFile> baseCode, List<CandidateSources> eligible,
      List<ExcludedCandidate> excluded, Path scratch) throws IOException {
    Path submissions = scratch.resolve("submissions");
    for (CandidateSources c : eligible) {
      write(submissions.resolve(c.candidate()), c.sources());
    }
    Path base = scratch.resolve("base");
    write(base, baseCode);
    JPlagOptions options = new JPlagOptions(new de.jplag.java.Language(), Set.of(submissions.toFile()), Set.of())
        .withClusteringOptions(new ClusteringOptions().withEnabled(false))
        .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
    JPlagResult result;
    boolean baseUsed = !baseCode.isEmpty();
    try {
      result = runJplag(baseUsed ? options.withBaseCodeSubmissionDirectory(base.toFile()) : options);
    } catch (BasecodeException e) {
      // A stub shorter than the minimum match cannot be base code; it shares too little to matter anyway.
      baseUsed = false;
      result = runJplagWithoutBase(options);
    }
    if (result == null) {
      return new ChallengeSimilarity(challengeId, baseUsed, 0, 0, JplagPairs.emptyDistribution(), unparsed(eligible, Set.of(), excluded),
          List.of(), "fewer than two submissions could be parsed");
    }
    Set<String> valid = new HashSet<>();
    result.getSubmissions().getSubmissions().forEach(s -> valid.add(s.getName()));
    List<JPlagComparison> all = result.getAllComparisons();
    return new ChallengeSimilarity(challengeId, baseUsed, valid.size(), all.size(), JplagPairs.distribution(all),
        unparsed(eligible, valid, excluded), JplagPairs.flagged(all, threshold, submissions), null);
  }

  /** JPlag's result, or null when fewer than two submissions could be parsed. */
  private static JPlagResult runJplag(JPlagOptions options) throws BasecodeException, IOException {
    try {
      return new JPlag(options).run();
    } catch (BasecodeException e) {
      throw e;
    } catch (de.jplag.exceptions.SubmissionException e) {
      return null;
    } catch (ExitException e) {
      throw new IOException("JPlag failed: " + e.getMessage(), e);
    }
  }

  private static JPlagResult runJplagWithoutBase(JPlagOptions options) throws IOException {
    try {
      return runJplag(options);
    } catch (BasecodeException e) {
      throw new IllegalStateException("JPlag rejected base code it was not given", e);
    }
  }

  private static List<ExcludedCandidate> unparsed(List<CandidateSources> eligible, Set<String> valid, List<ExcludedCandidate> excluded) {
    List<ExcludedCandidate> all = new ArrayList<>(excluded);
    for (CandidateSources c : eligible) {
      if (!valid.contains(c.candidate())) {
        all.add(new ExcludedCandidate(c.candidate(), "JPlag could not parse it (a syntax error), or it is too short to compare"));
      }
    }
    all.sort(Comparator.comparing(ExcludedCandidate::candidate));
    return all;
  }

  private static boolean sameFiles(List<SourceFile> a, List<SourceFile> b) {
    return a.size() == b.size() && a.stream().allMatch(f -> b.stream().anyMatch(g -> g.fileName().equals(f.fileName())
        && g.content().strip().equals(f.content().strip())));
  }

  private static void write(Path root, List<SourceFile> files) throws IOException {
    Files.createDirectories(root);
    for (SourceFile f : files) {
      Path target = root.resolve(f.path()).normalize();
      if (!target.startsWith(root) || f.path().startsWith("/")) {
        throw new IOException("a source path leaves its folder: " + f.path());
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content(), StandardCharsets.UTF_8);
    }
  }
}
