package challenge.logreg;

import java.util.Arrays;
import java.util.Objects;

/**
 * Mutant M6: train updates b with the gradient at the already updated w (not simultaneous).
 *
 * <p>Otherwise identical to the reference.
 */
public class LogisticRegressionImpl implements LogisticRegression {

  public LogisticRegressionImpl() {}

  @Override
  public double loss(double[][] X, int[] y, double[] w, double b, double lambda) {
    checkData(X, y);
    checkModel(X, w, b);
    checkLambda(lambda);
    return lossOf(X, y, w, b, lambda);
  }

  @Override
  public Gradient gradient(double[][] X, int[] y, double[] w, double b, double lambda) {
    checkData(X, y);
    checkModel(X, w, b);
    checkLambda(lambda);
    double[] dw = new double[w.length];
    double db = gradientOf(X, y, w, b, lambda, dw);
    return new Gradient(dw, db);
  }

  @Override
  public double[] predictProba(double[][] X, double[] w, double b) {
    checkMatrix(X);
    checkModel(X, w, b);
    double[] p = new double[X.length];
    for (int i = 0; i < X.length; i++) {
      p[i] = sigmoid(dot(w, X[i]) + b);
    }
    return p;
  }

  @Override
  public Fit train(double[][] X, int[] y, double lambda, double learningRate, int iterations) {
    checkData(X, y);
    checkLambda(lambda);
    if (!(learningRate > 0) || learningRate == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "learningRate must be finite and > 0, got " + learningRate);
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
    }
    int d = X[0].length;
    double[] w = new double[d];
    double b = 0;
    double[] dw = new double[d];
    double[] history = new double[iterations];
    for (int t = 0; t < iterations; t++) {
      gradientOf(X, y, w, b, lambda, dw);
      for (int j = 0; j < d; j++) {
        w[j] -= learningRate * dw[j];
      }
      double db = gradientOf(X, y, w, b, lambda, dw);
      b -= learningRate * db;
      history[t] = lossOf(X, y, w, b, lambda);
    }
    return new Fit(w, b, history);
  }

  /** The loss of validated arguments. */
  private static double lossOf(double[][] X, int[] y, double[] w, double b, double lambda) {
    double sum = 0;
    for (int i = 0; i < X.length; i++) {
      double z = dot(w, X[i]) + b;
      sum += softplus(z) - y[i] * z;
    }
    return sum / X.length + 0.5 * lambda * dot(w, w);
  }

  /** Writes dw into {@code dw} and returns db, for validated arguments. */
  private static double gradientOf(
      double[][] X, int[] y, double[] w, double b, double lambda, double[] dw) {
    int n = X.length;
    Arrays.fill(dw, 0);
    double db = 0;
    for (int i = 0; i < n; i++) {
      double[] x = X[i];
      double r = sigmoid(dot(w, x) + b) - y[i];
      for (int j = 0; j < dw.length; j++) {
        dw[j] += x[j] * r;
      }
      db += r;
    }
    for (int j = 0; j < dw.length; j++) {
      dw[j] = dw[j] / n + lambda * w[j];
    }
    return db / n;
  }

  private static double softplus(double z) {
    return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }

  private static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  /** X is non-empty, rectangular and finite; y has one 0/1 label per row. */
  private static void checkData(double[][] X, int[] y) {
    checkMatrix(X);
    Objects.requireNonNull(y, "y");
    if (y.length != X.length) {
      throw new IllegalArgumentException("y has " + y.length + " labels for " + X.length + " rows");
    }
    for (int label : y) {
      if (label != 0 && label != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1, got " + label);
      }
    }
  }

  private static void checkMatrix(double[][] X) {
    Objects.requireNonNull(X, "X");
    if (X.length == 0) {
      throw new IllegalArgumentException("X has no rows");
    }
    int d = Objects.requireNonNull(X[0], "X row").length;
    for (double[] row : X) {
      Objects.requireNonNull(row, "X row");
      if (row.length != d) {
        throw new IllegalArgumentException("X is ragged");
      }
      requireFinite(row, "X");
    }
  }

  private static void checkModel(double[][] X, double[] w, double b) {
    Objects.requireNonNull(w, "w");
    if (w.length != X[0].length) {
      throw new IllegalArgumentException(
          "w has length " + w.length + " but X has " + X[0].length + " columns");
    }
    requireFinite(w, "w");
    if (!Double.isFinite(b)) {
      throw new IllegalArgumentException("b must be finite, got " + b);
    }
  }

  private static void checkLambda(double lambda) {
    if (!(lambda >= 0) || lambda == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
    }
  }

  private static void requireFinite(double[] values, String what) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " has a non-finite value");
      }
    }
  }
}
