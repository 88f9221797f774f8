package mlgrader.execution;

import mlgrader.catalog.TempTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM started ahead of its job: it warms the test engine up while the parent compiles the submission,
 * then waits on stdin. It is single-use: it either receives exactly one job or is killed.
 */
public final class PendingChild implements AutoCloseable {

  private final Process process;
  private final List<String> command;
  private final Path workDir;
  private boolean taken;

  PendingChild(Process process, List<String> command, Path workDir) {
    this.process = process;
    this.command = List.copyOf(command);
    this.workDir = workDir;
  }

  List<String> command() {
    return command;
  }

  Path workDir() {
    return workDir;
  }

  /** Hands the process over to a run; after this, closing does nothing. */
  Process take() {
    taken = true;
    return process;
  }

  /** Kills the child if no run took it (the submission was rejected before its tests ran). */
  @Override
  public void close() throws IOException {
    if (!taken) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      TempTree.delete(workDir);
    }
  }
}
