package mlgrader.sandbox;

import java.nio.file.Path;
import java.util.List;

/** Wraps the child JVM's command line in an isolation layer. */
public interface Sandbox {

  /** The isolation this sandbox gives. */
  IsolationLevel level();

  /**
   * The command to start, given the plain {@code java …} command.
   *
   * @param javaCommand the command that would run the child without isolation
   * @param readOnly files and folders the child must be able to read (JDK aside)
   */
  List<String> wrap(List<String> javaCommand, List<Path> readOnly);

  /** The sandbox to use on this machine: bubblewrap when it works here, otherwise a plain process. */
  static Sandbox detect() {
    return Bubblewrap.available() ? new Bubblewrap() : new PlainProcess();
  }
}
