package mlgrader.execution.child;

import java.io.PrintStream;
import mlgrader.execution.Protocol;

/** The child's private line to the parent: the original stdout, captured before any submission class loads. */
final class EventChannel {

  private final PrintStream out;
  private final String nonce;

  EventChannel(PrintStream out, String nonce) {
    this.out = out;
    this.nonce = nonce;
  }

  synchronized void send(String kind, String... fields) {
    out.print(Protocol.line(nonce, kind, fields));
    out.print('\n');
    out.flush();
  }
}
