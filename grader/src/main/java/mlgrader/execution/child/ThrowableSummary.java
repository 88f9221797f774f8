package mlgrader.execution.child;

import java.util.concurrent.TimeoutException;

/**
 * Renders a test's failure without running candidate code: a throwable whose class the submission defined may
 * override {@code getMessage}, {@code toString}, {@code getCause} or {@code getStackTrace} to loop or lie, and the
 * listener thread has no timeout, so such a throwable is shown by class name only.
 */
final class ThrowableSummary {

  private static final int MAX_FRAMES = 25;
  private static final int MAX_CHARS = 8192;

  private final ClassLoader untrusted;

  ThrowableSummary(ClassLoader untrusted) {
    this.untrusted = untrusted;
  }

  boolean isTimeout(Throwable t) {
    return t instanceof TimeoutException;
  }

  boolean isAssertion(Throwable t) {
    return trusted(t) && t instanceof AssertionError;
  }

  String message(Throwable t) {
    if (!trusted(t)) {
      return t.getClass().getName() + " (a class of the submission; its message is not shown)";
    }
    String message = t.getMessage();
    return cap(message == null ? t.getClass().getName() : message);
  }

  String detail(Throwable t) {
    StringBuilder b = new StringBuilder();
    Throwable current = t;
    for (int depth = 0; current != null && depth < 5; depth++) {
      if (!trusted(current)) {
        b.append(depth == 0 ? "" : "Caused by: ").append(current.getClass().getName()).append('\n');
        break;
      }
      b.append(depth == 0 ? "" : "Caused by: ").append(current.getClass().getName());
      String message = current.getMessage();
      b.append(message == null ? "" : ": " + message).append('\n');
      StackTraceElement[] frames = current.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
        b.append("\tat ").append(frames[i]).append('\n');
      }
      if (frames.length > MAX_FRAMES) {
        b.append("\t… ").append(frames.length - MAX_FRAMES).append(" more\n");
      }
      Throwable cause = current.getCause();
      current = cause == current ? null : cause;
    }
    return cap(b.toString());
  }

  private boolean trusted(Throwable t) {
    return t.getClass().getClassLoader() != untrusted;
  }

  private static String cap(String s) {
    return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS) + "…";
  }
}
