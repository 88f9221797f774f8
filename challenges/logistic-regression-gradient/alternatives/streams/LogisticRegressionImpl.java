package challenge.logreg;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Alternative in stream style: the sigmoid as {@code ½(1 + tanh(z/2))}, the log-loss as {@code
 * log(1 + e^{−|z|}) + max(z, 0) − y·z} summed with {@code DoubleStream.sum()}, and the gradient
 * built column by column ({@code dw_j = mean_i x_ij r_i}) instead of row by row.
 */
public class LogisticRegressionImpl implements LogisticRegression {

  public LogisticRegressionImpl() {}

  @Override
  public double loss(double[][] X, int[] y, double[] w, double b, double lambda) {
    validate(X, y, w, b, lambda);
    return objective(X, y, w, b, lambda);
  }

  @Override
  public Gradient gradient(double[][] X, int[] y, double[] w, double b, double lambda) {
    validate(X, y, w, b, lambda);
    return grad(X, y, w, b, lambda);
  }

  @Override
  public double[] predictProba(double[][] X, double[] w, double b) {
    validateX(X);
    validateModel(X[0].length, w, b);
    return Arrays.stream(X).mapToDouble(x -> sigma(linear(w, x, b))).toArray();
  }

  @Override
  public Fit train(double[][] X, int[] y, double lambda, double learningRate, int iterations) {
    int d = validateX(X);
    validate(X, y, new double[d], 0.0, lambda);
    if (!Double.isFinite(learningRate) || learningRate <= 0) {
      throw new IllegalArgumentException("learning rate");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations");
    }
    double[] w = new double[d];
    double b = 0.0;
    double[] history = new double[iterations];
    for (int t = 0; t < iterations; t++) {
      Gradient g = grad(X, y, w, b, lambda);
      double[] current = w;
      w = IntStream.range(0, d).mapToDouble(j -> current[j] - learningRate * g.dw()[j]).toArray();
      b = b - learningRate * g.db();
      history[t] = objective(X, y, w, b, lambda);
    }
    return new Fit(w, b, history);
  }

  private static double objective(double[][] X, int[] y, double[] w, double b, double lambda) {
    double data =
        IntStream.range(0, X.length)
            .mapToDouble(
                i -> {
                  double z = linear(w, X[i], b);
                  return Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0.0) - y[i] * z;
                })
            .sum();
    double squaredNorm = Arrays.stream(w).map(v -> v * v).sum();
    return data / X.length + lambda * squaredNorm / 2;
  }

  private static Gradient grad(double[][] X, int[] y, double[] w, double b, double lambda) {
    int n = X.length;
    double[] residual =
        IntStream.range(0, n).mapToDouble(i -> sigma(linear(w, X[i], b)) - y[i]).toArray();
    double[] dw =
        IntStream.range(0, w.length)
            .mapToDouble(
                j ->
                    IntStream.range(0, n).mapToDouble(i -> X[i][j] * residual[i]).sum() / n
                        + lambda * w[j])
            .toArray();
    double db = Arrays.stream(residual).sum() / n;
    return new Gradient(dw, db);
  }

  private static double linear(double[] w, double[] x, double b) {
    return IntStream.range(0, w.length).mapToDouble(j -> w[j] * x[j]).sum() + b;
  }

  private static double sigma(double z) {
    return 0.5 * (1 + Math.tanh(0.5 * z));
  }

  private static void validate(double[][] X, int[] y, double[] w, double b, double lambda) {
    int d = validateX(X);
    Objects.requireNonNull(y, "y");
    if (y.length != X.length || Arrays.stream(y).anyMatch(v -> v != 0 && v != 1)) {
      throw new IllegalArgumentException("y must hold one 0/1 label per row");
    }
    validateModel(d, w, b);
    if (!Double.isFinite(lambda) || lambda < 0) {
      throw new IllegalArgumentException("lambda");
    }
  }

  /** Returns d. */
  private static int validateX(double[][] X) {
    Objects.requireNonNull(X, "X");
    if (X.length == 0) {
      throw new IllegalArgumentException("empty X");
    }
    Arrays.stream(X).forEach(row -> Objects.requireNonNull(row, "row"));
    int d = X[0].length;
    if (Arrays.stream(X).anyMatch(row -> row.length != d)) {
      throw new IllegalArgumentException("ragged X");
    }
    if (!Arrays.stream(X).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite)) {
      throw new IllegalArgumentException("non-finite X");
    }
    return d;
  }

  private static void validateModel(int d, double[] w, double b) {
    Objects.requireNonNull(w, "w");
    if (w.length != d || !Arrays.stream(w).allMatch(Double::isFinite) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("bad model");
    }
  }
}
