package mlgrader.sandbox;

import java.nio.file.Path;
import java.util.List;

/** No isolation beyond the process boundary itself (and the empty environment the runner always sets). */
public final class PlainProcess implements Sandbox {

  @Override
  public IsolationLevel level() {
    return IsolationLevel.PROCESS_ONLY;
  }

  @Override
  public List<String> wrap(List<String> javaCommand, List<Path> readOnly) {
    return javaCommand;
  }
}
