package challenge.xgb;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Alternative: rows are visited in value order through a sorted index array; right-hand sums are
 * the present total minus the running left sums, plus the missing block when it goes right.
 */
public class XgbSplitFinderImpl implements XgbSplitFinder {

  public XgbSplitFinderImpl() {}

  @Override
  public GradPair squaredErrorGradients(double[] y, double[] pred) {
    if (y == null || pred == null) {
      throw new NullPointerException("y and pred are required");
    }
    if (y.length != pred.length) {
      throw new IllegalArgumentException("length mismatch");
    }
    double[] g = new double[y.length];
    double[] h = new double[y.length];
    Arrays.fill(h, 1.0);
    for (int i = 0; i < y.length; i++) {
      if (!Double.isFinite(y[i]) || !Double.isFinite(pred[i])) {
        throw new IllegalArgumentException("non-finite value at " + i);
      }
      g[i] = pred[i] - y[i];
    }
    return new GradPair(g, h);
  }

  @Override
  public GradPair logisticGradients(int[] y, double[] margin) {
    if (y.length != margin.length) {
      throw new IllegalArgumentException("length mismatch");
    }
    double[] g = new double[y.length];
    double[] h = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      if ((y[i] | 1) != 1 || !Double.isFinite(margin[i])) {
        throw new IllegalArgumentException("bad label or margin at " + i);
      }
      // σ(m) = ½(1 + tanh(m/2)) never overflows; 1 − σ(m) = σ(−m) keeps h accurate in both tails.
      double p = 0.5 * (1 + Math.tanh(margin[i] / 2));
      double q = 0.5 * (1 - Math.tanh(margin[i] / 2));
      g[i] = y[i] == 1 ? -q : p;
      h[i] = p * q;
    }
    return new GradPair(g, h);
  }

  @Override
  public double leafWeight(double sumG, double sumH, double lambda) {
    checkArgs(lambda, sumH, 0, sumG, 0);
    return sumH + lambda > 0 ? -sumG / (sumH + lambda) : 0;
  }

  @Override
  public double splitGain(double gL, double hL, double gR, double hR, double lambda) {
    checkArgs(lambda, hL, hR, gL, gR);
    return term(gL, hL + lambda) + term(gR, hR + lambda) - term(gL + gR, hL + hR + lambda);
  }

  private static double term(double g, double denominator) {
    return denominator > 0 ? g / denominator * g : 0;
  }

  private static void checkArgs(double lambda, double h1, double h2, double g1, double g2) {
    if (!(lambda >= 0)
        || !(h1 >= 0)
        || !(h2 >= 0)
        || lambda == Double.POSITIVE_INFINITY
        || Double.isInfinite(h1)
        || Double.isInfinite(h2)
        || !Double.isFinite(g1)
        || !Double.isFinite(g2)) {
      throw new IllegalArgumentException("invalid gradient statistics or lambda");
    }
  }

  @Override
  public Optional<Split> bestSplit(
      double[][] X, double[] g, double[] h, double lambda, double gamma, double minChildWeight) {
    int n = X.length;
    if (n == 0 || g.length != n || h.length != n) {
      throw new IllegalArgumentException("shape mismatch");
    }
    int d = X[0].length;
    for (double[] row : X) {
      if (row.length != d) {
        throw new IllegalArgumentException("ragged X");
      }
      for (double v : row) {
        if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
          throw new IllegalArgumentException("infinite feature value");
        }
      }
    }
    if (d == 0) {
      throw new IllegalArgumentException("no features");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(g[i]) || !Double.isFinite(h[i]) || h[i] < 0) {
        throw new IllegalArgumentException("bad gradient or hessian at row " + i);
      }
    }
    for (double p : new double[] {lambda, gamma, minChildWeight}) {
      if (!Double.isFinite(p) || p < 0) {
        throw new IllegalArgumentException("hyper-parameters must be finite and non-negative");
      }
    }

    Split best = null;
    for (int f = 0; f < d; f++) {
      final int col = f;
      Integer[] order =
          java.util.stream.IntStream.range(0, n)
              .filter(i -> !Double.isNaN(X[i][col]))
              .boxed()
              .toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble(i -> X[i][col]));
      double presentG = 0;
      double presentH = 0;
      for (int i : order) {
        presentG += g[i];
        presentH += h[i];
      }
      double missG = 0;
      double missH = 0;
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(X[i][col])) {
          missG += g[i];
          missH += h[i];
        }
      }
      boolean anyMissing = order.length < n;
      double runG = 0;
      double runH = 0;
      for (int k = 0; k + 1 < order.length; k++) {
        runG += g[order[k]];
        runH += h[order[k]];
        double here = X[order[k]][col];
        double next = X[order[k + 1]][col];
        if (here == next) {
          continue;
        }
        double t = here + (next / 2 - here / 2); // halves first: next − here may overflow
        for (int dir = 0; dir < (anyMissing ? 2 : 1); dir++) {
          boolean left = dir == 1;
          double gl = left ? runG + missG : runG;
          double hl = left ? runH + missH : runH;
          double gr = left ? presentG - runG : presentG - runG + missG;
          double hr = left ? presentH - runH : presentH - runH + missH;
          if (hl < minChildWeight || hr < minChildWeight) {
            continue;
          }
          double gain =
              term(gl, hl + lambda) + term(gr, hr + lambda) - term(gl + gr, hl + hr + lambda);
          if (gain > gamma && (best == null || gain > best.gain())) {
            best = new Split(col, t, left, gain, weight(gl, hl, lambda), weight(gr, hr, lambda));
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static double weight(double g, double h, double lambda) {
    return h + lambda > 0 ? -g / (h + lambda) : 0;
  }
}
