package mlgrader.kit;

import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions for the error conventions of catalog-spec §2.2: invalid arguments throw
 * {@link IllegalArgumentException}, {@code null} throws {@link NullPointerException} or
 * {@link IllegalArgumentException}, and state misuse throws {@link IllegalStateException}.
 *
 * <p>The submission's exception message is never read: it is candidate-controlled.
 */
public final class Rejects {

  private Rejects() {}

  /** Fails unless the call throws {@link IllegalArgumentException} (or a subclass). */
  public static void illegalArgument(Executable call, String what) {
    expect(call, what, "IllegalArgumentException", IllegalArgumentException.class);
  }

  /** Fails unless the call throws {@link NullPointerException} or {@link IllegalArgumentException}. */
  public static void nullArgument(Executable call, String what) {
    expect(call, what, "NullPointerException or IllegalArgumentException", NullPointerException.class, IllegalArgumentException.class);
  }

  /** Fails unless the call throws {@link IllegalStateException}. */
  public static void illegalState(Executable call, String what) {
    expect(call, what, "IllegalStateException", IllegalStateException.class);
  }

  @SafeVarargs
  private static void expect(Executable call, String what, String expected, Class<? extends Throwable>... accepted) {
    Throwable thrown;
    try {
      call.execute();
      thrown = null;
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      throw new AssertionFailedError(what + ": expected " + expected + " but nothing was thrown");
    }
    for (Class<? extends Throwable> type : accepted) {
      if (type.isInstance(thrown)) {
        return;
      }
    }
    if (thrown instanceof Error error && !(thrown instanceof AssertionError)) {
      throw error;
    }
    throw new AssertionFailedError(what + ": expected " + expected + " but " + thrown.getClass().getName() + " was thrown");
  }
}
