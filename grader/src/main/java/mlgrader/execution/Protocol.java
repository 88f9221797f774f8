package mlgrader.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * The wire format between parent and child: the job goes to the child's stdin as binary data; events come back
 * on the child's original stdout as text lines {@code <nonce>\t<kind>\t<field>…}, fields escaped so that tabs and
 * newlines cannot split them.
 *
 * <p>The nonce is random per run and reaches the child only through stdin, which is read and replaced before any
 * submission class is loaded, so the submission cannot forge a line.
 */
public final class Protocol {

  /** First int of every job, so a stale child binary fails loudly instead of misreading. */
  public static final int MAGIC = 0x4D4C4701;

  /** Event: the tests about to run, in execution order; fields: unique id and key, alternating. */
  public static final String PLAN = "P";
  /** Event: a test started; fields: unique id, test key. */
  public static final String STARTED = "S";
  /** Event: a test finished; fields: unique id, key, status, millis, message, detail, output. */
  public static final String FINISHED = "E";
  /** Event: a container (class, nested class) failed; fields: unique id, message. */
  public static final String CONTAINER_FAILED = "C";
  /** Event: the child is halting after a timeout so a fresh JVM runs the rest; fields: reason. */
  public static final String RESTART = "R";
  /** Event: every selected test was run. */
  public static final String DONE = "D";

  /** Exit status the child uses after a {@link #RESTART}; distinct from 3, which ExitOnOutOfMemoryError uses. */
  public static final int RESTART_EXIT = 75;

  private Protocol() {}

  /** One event line (without the trailing newline). */
  public static String line(String nonce, String kind, String... fields) {
    StringBuilder b = new StringBuilder(nonce).append('\t').append(kind);
    for (String f : fields) {
      b.append('\t').append(escape(f));
    }
    return b.toString();
  }

  /** The fields of a line that carries {@code nonce}, kind first; null when the line is not ours. */
  public static List<String> parse(String nonce, String line) {
    if (!line.startsWith(nonce + "\t")) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    for (String raw : line.substring(nonce.length() + 1).split("\t", -1)) {
      fields.add(unescape(raw));
    }
    return fields;
  }

  static String escape(String s) {
    if (s == null) {
      return "\\0";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    if (s.equals("\\0")) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
