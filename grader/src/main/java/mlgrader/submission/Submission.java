package mlgrader.submission;

import java.util.List;
import java.util.Objects;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Finding;

/**
 * The candidate's own files, ready to compile with the trusted given files.
 *
 * @param label a short name for reports (the input's file name)
 * @param sources the candidate's Java files, paths relative to the source root, sorted
 * @param sha256 hash over {@code sources}
 * @param findings what was ignored or restored, and why
 */
public record Submission(String label, List<SourceFile> sources, String sha256, List<Finding> findings) {
  public Submission {
    Objects.requireNonNull(label, "label");
    sources = List.copyOf(sources);
    Objects.requireNonNull(sha256, "sha256");
    findings = List.copyOf(findings);
  }
}
