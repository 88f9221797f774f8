package mlgrader.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read from the world besides its arguments, injected so tests drive the real CLI.
 *
 * @param variables environment variables
 * @param workingDir the folder relative paths start from
 * @param clock the clock reports are stamped with
 * @param colorTerminal whether stdout is a terminal that shows colours
 */
public record Environment(Map<String, String> variables, Path workingDir, Clock clock, boolean colorTerminal) {
  public Environment {
    variables = Map.copyOf(variables);
  }

  /** A path argument resolved against the working directory. */
  public Path resolve(Path p) {
    return workingDir.resolve(p).normalize();
  }
}
