package mlgrader.kit;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.opentest4j.AssertionFailedError;

/**
 * A {@link RandomGenerator} that returns a fixed script of {@code nextDouble()} values and counts the calls,
 * for statements that fix the exact call sequence (catalog-spec §2.3).
 *
 * <p>Any other draw ({@code nextInt}, {@code nextLong}, {@code nextGaussian}, …) and any draw past the end of
 * the script fails the test, so a submission that consumes randomness differently is caught.
 */
public final class ScriptedRandom implements RandomGenerator {

  private final double[] script;
  private int calls;

  private ScriptedRandom(double[] script) {
    for (double u : script) {
      if (!(u >= 0 && u < 1)) {
        throw new IllegalArgumentException("scripted draws must lie in [0, 1): " + u);
      }
    }
    this.script = script.clone();
  }

  /** A generator whose successive {@code nextDouble()} calls return {@code draws} in order. */
  public static ScriptedRandom ofDoubles(double... draws) {
    return new ScriptedRandom(draws);
  }

  /** How many {@code nextDouble()} calls were made so far. */
  public int calls() {
    return calls;
  }

  /** Fails unless exactly {@code expected} draws were made. */
  public void assertCalls(int expected) {
    if (calls != expected) {
      throw new AssertionFailedError(
          "expected exactly " + expected + " nextDouble() calls but there were " + calls, expected, calls);
    }
  }

  @Override
  public double nextDouble() {
    if (calls >= script.length) {
      throw new AssertionFailedError("more nextDouble() calls than the statement allows (" + script.length + ")");
    }
    return script[calls++];
  }

  @Override
  public long nextLong() {
    throw unexpected("nextLong()");
  }

  @Override
  public int nextInt() {
    throw unexpected("nextInt()");
  }

  @Override
  public int nextInt(int bound) {
    throw unexpected("nextInt(int)");
  }

  @Override
  public int nextInt(int origin, int bound) {
    throw unexpected("nextInt(int, int)");
  }

  @Override
  public boolean nextBoolean() {
    throw unexpected("nextBoolean()");
  }

  @Override
  public float nextFloat() {
    throw unexpected("nextFloat()");
  }

  @Override
  public double nextGaussian() {
    throw unexpected("nextGaussian()");
  }

  @Override
  public double nextDouble(double bound) {
    throw unexpected("nextDouble(double)");
  }

  @Override
  public double nextDouble(double origin, double bound) {
    throw unexpected("nextDouble(double, double)");
  }

  private static AssertionFailedError unexpected(String call) {
    return new AssertionFailedError("the statement allows only nextDouble() draws, but " + call + " was called");
  }

  @Override
  public String toString() {
    return "ScriptedRandom" + Arrays.toString(script);
  }
}
