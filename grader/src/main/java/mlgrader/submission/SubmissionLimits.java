package mlgrader.submission;

/**
 * Bounds on what a submission may contain, so a hostile one cannot exhaust disk or memory.
 *
 * @param maxFiles entries in a zip, or files in a folder tree
 * @param maxFileBytes size of one file
 * @param maxTotalBytes size of everything together (uncompressed)
 * @param maxDepth folder nesting
 */
public record SubmissionLimits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxDepth) {

  /** 2 000 files, 1 MB a file, 20 MB in all, 32 levels. */
  public static final SubmissionLimits DEFAULT = new SubmissionLimits(2000, 1 << 20, 20L << 20, 32);
}
