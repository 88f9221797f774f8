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
}
