package challenge.xgb;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference solution: per feature, the present values are sorted and de-duplicated, every row's
 * gradient and hessian is added to the bucket of its value, and one left-to-right scan over the
 * buckets evaluates each midpoint threshold with the missing rows sent right, then left.
 */
public class XgbSplitFinderImpl implements XgbSplitFinder {

  public XgbSplitFinderImpl() {}

  @Override
  public GradPair squaredErrorGradients(double[] y, double[] pred) {
    requireSameLength(y.length, pred.length, "pred");
    requireFinite(y, "y");
    requireFinite(pred, "pred");
    double[] g = new double[y.length];
    double[] h = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      g[i] = pred[i] - y[i];
      h[i] = 1.0;
    }
    return new GradPair(g, h);
  }

  @Override
  public GradPair logisticGradients(int[] y, double[] margin) {
    requireSameLength(y.length, margin.length, "margin");
    requireFinite(margin, "margin");
    double[] g = new double[y.length];
    double[] h = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1, got " + y[i] + " at " + i);
      }
      double p = sigmoid(margin[i]);
      g[i] = p - y[i];
      h[i] = p * (1 - p);
    }
    return new GradPair(g, h);
  }

  @Override
  public double leafWeight(double sumG, double sumH, double lambda) {
    requireFinite(sumG, "sumG");
    requireHessianSum(sumH, "sumH");
    requireHyperParameter(lambda, "lambda");
    return weight(sumG, sumH, lambda);
  }

  @Override
  public double splitGain(double gL, double hL, double gR, double hR, double lambda) {
    requireFinite(gL, "gL");
    requireFinite(gR, "gR");
    requireHessianSum(hL, "hL");
    requireHessianSum(hR, "hR");
    requireHyperParameter(lambda, "lambda");
    return gain(gL, hL, gR, hR, lambda);
  }

  @Override
  public Optional<Split> bestSplit(
      double[][] X, double[] g, double[] h, double lambda, double gamma, double minChildWeight) {
    int d = requireMatrix(X);
    int n = X.length;
    requireSameLength(n, g.length, "g");
    requireSameLength(n, h.length, "h");
    requireFinite(g, "g");
    for (double v : h) {
      requireHessianSum(v, "h");
    }
    requireHyperParameter(lambda, "lambda");
    requireHyperParameter(gamma, "gamma");
    requireHyperParameter(minChildWeight, "minChildWeight");

    double totalG = 0;
    double totalH = 0;
    for (int i = 0; i < n; i++) {
      totalG += g[i];
      totalH += h[i];
    }
    Split best = null;
    for (int f = 0; f < d; f++) {
      best = scanFeature(X, f, g, h, totalG, totalH, lambda, gamma, minChildWeight, best);
    }
    return Optional.ofNullable(best);
  }

  /**
   * Evaluates every candidate of feature {@code f} and returns the better of them and {@code best}.
   */
  private static Split scanFeature(
      double[][] X,
      int f,
      double[] g,
      double[] h,
      double totalG,
      double totalH,
      double lambda,
      double gamma,
      double minChildWeight,
      Split best) {
    int n = X.length;
    double[] present = new double[n];
    int m = 0;
    double missingG = 0;
    double missingH = 0;
    boolean hasMissing = false;
    for (int i = 0; i < n; i++) {
      double v = X[i][f];
      if (Double.isNaN(v)) {
        hasMissing = true;
        missingG += g[i];
        missingH += h[i];
      } else {
        present[m++] = v + 0.0; // folds -0.0 into 0.0: they are the same value
      }
    }
    double[] values = distinctSorted(present, m);
    double[] bucketG = new double[values.length];
    double[] bucketH = new double[values.length];
    for (int i = 0; i < n; i++) {
      double v = X[i][f];
      if (!Double.isNaN(v)) {
        int k = Arrays.binarySearch(values, v + 0.0);
        bucketG[k] += g[i];
        bucketH[k] += h[i];
      }
    }
    double leftG = 0;
    double leftH = 0;
    for (int j = 0; j + 1 < values.length; j++) {
      leftG += bucketG[j];
      leftH += bucketH[j];
      double threshold = midpoint(values[j], values[j + 1]);
      best =
          consider(
              f,
              threshold,
              false,
              leftG,
              leftH,
              totalG,
              totalH,
              lambda,
              gamma,
              minChildWeight,
              best);
      if (hasMissing) {
        best =
            consider(
                f,
                threshold,
                true,
                leftG + missingG,
                leftH + missingH,
                totalG,
                totalH,
                lambda,
                gamma,
                minChildWeight,
                best);
      }
    }
    return best;
  }

  private static Split consider(
      int f,
      double threshold,
      boolean missingLeft,
      double gL,
      double hL,
      double totalG,
      double totalH,
      double lambda,
      double gamma,
      double minChildWeight,
      Split best) {
    double gR = totalG - gL;
    double hR = totalH - hL;
    if (hL < minChildWeight || hR < minChildWeight) {
      return best;
    }
    double gain = gain(gL, hL, gR, hR, lambda) - gamma;
    if (!(gain > 0) || (best != null && !(gain > best.gain()))) {
      return best;
    }
    return new Split(
        f, threshold, missingLeft, gain, weight(gL, hL, lambda), weight(gR, hR, lambda));
  }

  private static double gain(double gL, double hL, double gR, double hR, double lambda) {
    return score(gL, hL, lambda) + score(gR, hR, lambda) - score(gL + gR, hL + hR, lambda);
  }

  /** G²/(H+λ), or 0 for an empty hessian with λ = 0. */
  private static double score(double sumG, double sumH, double lambda) {
    double denominator = sumH + lambda;
    return denominator == 0 ? 0.0 : sumG * sumG / denominator;
  }

  private static double weight(double sumG, double sumH, double lambda) {
    double denominator = sumH + lambda;
    return denominator == 0 ? 0.0 : -sumG / denominator;
  }

  /** (a+b)/2, halving first only when the sum would overflow. */
  private static double midpoint(double a, double b) {
    double mid = (a + b) / 2;
    return Double.isInfinite(mid) ? a / 2 + b / 2 : mid;
  }

  private static double[] distinctSorted(double[] values, int count) {
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /** Checks that X is a non-empty rectangular matrix without infinities and returns its width. */
  private static int requireMatrix(double[][] X) {
    Objects.requireNonNull(X, "X");
    if (X.length == 0) {
      throw new IllegalArgumentException("X must have at least one row");
    }
    int d = Objects.requireNonNull(X[0], "X row 0").length;
    if (d == 0) {
      throw new IllegalArgumentException("X must have at least one column");
    }
    for (int i = 0; i < X.length; i++) {
      double[] row = Objects.requireNonNull(X[i], "X row");
      if (row.length != d) {
        throw new IllegalArgumentException("X is ragged at row " + i);
      }
      for (double v : row) {
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException("X holds an infinite value in row " + i);
        }
      }
    }
    return d;
  }

  private static void requireSameLength(int expected, int actual, String what) {
    if (expected != actual) {
      throw new IllegalArgumentException(what + " has length " + actual + ", expected " + expected);
    }
  }

  private static void requireFinite(double[] values, String what) {
    for (double v : values) {
      requireFinite(v, what);
    }
  }

  private static void requireFinite(double v, String what) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be finite, got " + v);
    }
  }

  private static void requireHessianSum(double v, String what) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, got " + v);
    }
  }

  private static void requireHyperParameter(double v, String what) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, got " + v);
    }
  }

  /** σ(m) without overflow: exp is only ever taken of a non-positive number. */
  private static double sigmoid(double m) {
    if (m >= 0) {
      return 1 / (1 + Math.exp(-m));
    }
    double e = Math.exp(m);
    return e / (1 + e);
  }
}
