package mlgrader.cli;

import java.util.Locale;
import mlgrader.similarity.SimilarityFinder;
import picocli.CommandLine.Option;

/** The similarity options {@code grade-all} and {@code merge} share, so that both check a cohort alike. */
final class SimilarityOptions {

  @Option(names = "--similarity", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Check every pair of submissions of a challenge for similarity with JPlag (default: on; --no-similarity turns it off).")
  boolean enabled = true;

  @Option(names = "--similarity-threshold", paramLabel = "PERCENT", defaultValue = "" + SimilarityFinder.DEFAULT_THRESHOLD,
      description = "Flag pairs whose average similarity is at least PERCENT (0-100; default: ${DEFAULT-VALUE}).")
  double threshold = SimilarityFinder.DEFAULT_THRESHOLD;

  /** The finder, or null when the check is off. */
  SimilarityFinder finder() throws BadInputException {
    if (!(threshold >= 0 && threshold <= 100)) {
      throw new BadInputException(String.format(Locale.ROOT, "--similarity-threshold must be 0..100, not %s", threshold));
    }
    return enabled ? new SimilarityFinder(threshold) : null;
  }
}
