package mlgrader.report;

import java.util.Objects;

/**
 * The grader that produced a report.
 *
 * @param name always "ml-grader"
 * @param version the grader's version
 * @param catalogHash SHA-256 over every file of the catalogue used, so two reports can be compared fairly
 */
public record ToolInfo(String name, String version, String catalogHash) {
  public ToolInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(catalogHash, "catalogHash");
  }
}
