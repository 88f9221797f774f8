package mlgrader.execution.child;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Where {@code System.out} and {@code System.err} go while tests run: keeps the first bytes, drops the rest. */
final class CappedOutput extends OutputStream {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final int cap;
  private boolean truncated;

  CappedOutput(int cap) {
    this.cap = cap;
  }

  @Override
  public synchronized void write(int b) {
    if (buffer.size() < cap) {
      buffer.write(b);
    } else {
      truncated = true;
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int n = Math.min(len, cap - buffer.size());
    if (n > 0) {
      buffer.write(b, off, n);
    }
    if (n < len) {
      truncated = true;
    }
  }

  /** What was written since the last drain, then empties the buffer. */
  synchronized String drain() {
    String text = buffer.toString(StandardCharsets.UTF_8);
    if (truncated) {
      text += "\n[output truncated at " + cap + " bytes]";
    }
    buffer.reset();
    truncated = false;
    return text;
  }
}
