package mlgrader.execution;

import java.io.IOException;
import java.util.List;

/** Where a grading run gets its first (pre-started, single-use) child JVM from. */
@FunctionalInterface
public interface ChildSource {

  /**
   * A child started for a job that will need this heap and these library jars.
   *
   * @param heapMegabytes heap of the child
   * @param libraryJars jars the submission may use
   */
  PendingChild next(int heapMegabytes, List<String> libraryJars) throws IOException;

  /**
   * Whether this source keeps children started and warm ahead of demand: then a run takes one only once the
   * submission has compiled and passed the policy, so a rejected submission costs no child. A source that starts a
   * child on demand is asked at once instead, so that the child's start-up overlaps the compilation.
   */
  default boolean warmAhead() {
    return false;
  }
}
