package mlgrader.report;

import java.util.Objects;

/**
 * What was graded.
 *
 * @param label the name the submission was given on the command line (a folder or file name, no absolute path)
 * @param sha256 hash over the candidate's own files, in path order
 */
public record SubmissionInfo(String label, String sha256) {
  public SubmissionInfo {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sha256, "sha256");
  }
}
