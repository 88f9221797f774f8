package mlgrader.kit;

import java.util.SplittableRandom;

/**
 * Seeded generators of valid inputs for property and differential tests; the same seed always gives the
 * same inputs, so a failing case can be reproduced from the report.
 */
public final class RandomInputs {

  private final SplittableRandom random;

  public RandomInputs(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A uniform int in {@code [lo, hi]} (both inclusive). */
  public int intBetween(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  /** A uniform double in {@code [lo, hi)}. */
  public double doubleBetween(double lo, double hi) {
    return random.nextDouble(lo, hi);
  }

  /** A standard normal draw. */
  public double gaussian() {
    return nextGaussian();
  }

  /** A vector of {@code n} uniform values in {@code [lo, hi)}. */
  public double[] vector(int n, double lo, double hi) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(lo, hi);
    }
    return v;
  }

  /** A vector of {@code n} standard normal values. */
  public double[] gaussianVector(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = nextGaussian();
    }
    return v;
  }

  /** A rectangular {@code n × d} matrix of uniform values in {@code [lo, hi)}. */
  public double[][] matrix(int n, int d, double lo, double hi) {
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = vector(d, lo, hi);
    }
    return m;
  }

  /** A rectangular {@code n × d} matrix of standard normal values. */
  public double[][] gaussianMatrix(int n, int d) {
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = gaussianVector(d);
    }
    return m;
  }

  /** Rows of random lengths in {@code [0, maxLength]} with uniform values in {@code [lo, hi)}. */
  public double[][] ragged(int rows, int maxLength, double lo, double hi) {
    double[][] m = new double[rows][];
    for (int i = 0; i < rows; i++) {
      m[i] = vector(intBetween(0, maxLength), lo, hi);
    }
    return m;
  }

  /** {@code n} labels drawn uniformly from {@code 0..classes-1}. */
  public int[] labels(int n, int classes) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = random.nextInt(classes);
    }
    return y;
  }

  /** {@code n} binary labels that contain both classes (requires {@code n ≥ 2}). */
  public int[] binaryLabelsWithBothClasses(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("need n >= 2");
    }
    int[] y = labels(n, 2);
    int first = random.nextInt(n);
    int second = (first + 1 + random.nextInt(n - 1)) % n;
    y[first] = 0;
    y[second] = 1;
    return y;
  }

  /** A uniformly random permutation of {@code 0..n-1}. */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** A new independent generator split off this one (for nested loops that must not shift other draws). */
  public RandomInputs split() {
    return new RandomInputs(random.nextLong());
  }

  /** A raw 64-bit draw, e.g. to seed a {@link java.util.Random} handed to the code under test. */
  public long nextLong() {
    return random.nextLong();
  }

  private double nextGaussian() {
    // Marsaglia polar method: SplittableRandom has no nextGaussian on Java 17's RandomGenerator default
    // that is guaranteed stable across JDK versions, so spell it out.
    double u;
    double v;
    double s;
    do {
      u = random.nextDouble(-1, 1);
      v = random.nextDouble(-1, 1);
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }
}
