package mlgrader.reporting;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Jackson closes the writer it is given; a report writer's caller owns its stream, so closing only flushes. */
final class NonClosingWriter extends FilterWriter {

  NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
