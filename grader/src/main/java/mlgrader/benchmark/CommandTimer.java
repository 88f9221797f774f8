package mlgrader.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs an external command to completion, output discarded, and measures its wall time. */
public final class CommandTimer {

  private CommandTimer() {}

  /** The elapsed milliseconds; fails if the command exits with a status not in {@code accepted}. */
  public static long time(List<String> command, Path dir, List<Integer> accepted) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int status = p.waitFor();
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    if (!accepted.contains(status)) {
      throw new IOException(String.join(" ", command) + " exited with status " + status);
    }
    return elapsed;
  }
}
