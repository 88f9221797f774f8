package mlgrader.kit;

/**
 * How far a computed double may be from the expected one.
 *
 * <p>The three kinds are those of catalog-spec §2.4: {@link #mixed} ({@code |a−e| ≤ tol·max(1,|e|)}) for
 * closed-form arithmetic, {@link #relative} ({@code |a−e| ≤ tol·|e|}) where accuracy must hold at every
 * scale, and {@link #absolute}. A NaN or infinite actual value is accepted only when the expected value
 * is the very same non-finite value.
 */
public record Tolerance(Kind kind, double tol) {

  /** The reference scale the tolerance is multiplied by. */
  public enum Kind {
    /** {@code tol·max(1, |e|)}. */
    MIXED,
    /** {@code tol·|e|}. */
    RELATIVE,
    /** {@code tol}. */
    ABSOLUTE
  }

  public Tolerance {
    if (kind == null) {
      throw new IllegalArgumentException("kind is null");
    }
    if (!(tol >= 0) || Double.isInfinite(tol)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0: " + tol);
    }
  }

  public static Tolerance mixed(double tol) {
    return new Tolerance(Kind.MIXED, tol);
  }

  public static Tolerance relative(double tol) {
    return new Tolerance(Kind.RELATIVE, tol);
  }

  public static Tolerance absolute(double tol) {
    return new Tolerance(Kind.ABSOLUTE, tol);
  }

  /** Bit-for-bit equality, except that {@code 0.0} and {@code -0.0} are equal. */
  public static Tolerance exact() {
    return new Tolerance(Kind.ABSOLUTE, 0);
  }

  /** The largest difference accepted around {@code expected}. */
  public double allowance(double expected) {
    return switch (kind) {
      case MIXED -> tol * Math.max(1.0, Math.abs(expected));
      case RELATIVE -> tol * Math.abs(expected);
      case ABSOLUTE -> tol;
    };
  }

  /** Whether {@code actual} is close enough to {@code expected}; NaN and infinities must match exactly. */
  public boolean accepts(double expected, double actual) {
    if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
      return Double.compare(expected, actual) == 0;
    }
    return Math.abs(actual - expected) <= allowance(expected);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + tol;
  }
}
