package challenge.logreg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;

/**
 * Alternative with EJML matrix products: {@code z = Xw + b} by {@code mult}, {@code Xᵀr} by {@code
 * multTransA}; the loss uses the per-label form {@code softplus(−z)} for {@code y = 1} and {@code
 * softplus(z)} for {@code y = 0}.
 */
public class LogisticRegressionImpl implements LogisticRegression {

  public LogisticRegressionImpl() {}

  @Override
  public double loss(double[][] X, int[] y, double[] w, double b, double lambda) {
    Problem p = Problem.of(X, y);
    requireLambda(lambda);
    return p.loss(weights(w, p.d()), requireFinite(b), lambda);
  }

  @Override
  public Gradient gradient(double[][] X, int[] y, double[] w, double b, double lambda) {
    Problem p = Problem.of(X, y);
    requireLambda(lambda);
    DMatrixRMaj wm = weights(w, p.d());
    DMatrixRMaj dw = new DMatrixRMaj(p.d(), 1);
    double db = p.gradient(wm, requireFinite(b), lambda, dw);
    return new Gradient(dw.data.clone(), db);
  }

  @Override
  public double[] predictProba(double[][] X, double[] w, double b) {
    DMatrixRMaj xm = matrix(X);
    DMatrixRMaj z = logits(xm, weights(w, xm.numCols), requireFinite(b));
    double[] p = new double[z.numRows];
    for (int i = 0; i < p.length; i++) {
      p[i] = sigmoid(z.data[i]);
    }
    return p;
  }

  @Override
  public Fit train(double[][] X, int[] y, double lambda, double learningRate, int iterations) {
    Problem p = Problem.of(X, y);
    requireLambda(lambda);
    if (Double.isNaN(learningRate) || Double.isInfinite(learningRate) || learningRate <= 0) {
      throw new IllegalArgumentException("learningRate must be positive and finite");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must not be negative");
    }
    DMatrixRMaj w = new DMatrixRMaj(p.d(), 1);
    DMatrixRMaj dw = new DMatrixRMaj(p.d(), 1);
    double b = 0;
    double[] history = new double[iterations];
    for (int t = 0; t < iterations; t++) {
      double db = p.gradient(w, b, lambda, dw);
      CommonOps_DDRM.addEquals(w, -learningRate, dw);
      b -= learningRate * db;
      history[t] = p.loss(w, b, lambda);
    }
    return new Fit(w.data.clone(), b, history);
  }

  /** Validated training data as EJML matrices. */
  private record Problem(DMatrixRMaj x, int[] y) {

    static Problem of(double[][] X, int[] y) {
      DMatrixRMaj x = matrix(X);
      if (y == null) {
        throw new NullPointerException("y");
      }
      if (y.length != x.numRows) {
        throw new IllegalArgumentException("need one label per row");
      }
      for (int label : y) {
        if (label < 0 || label > 1) {
          throw new IllegalArgumentException("labels must be 0 or 1");
        }
      }
      return new Problem(x, y.clone());
    }

    int d() {
      return x.numCols;
    }

    double loss(DMatrixRMaj w, double b, double lambda) {
      DMatrixRMaj z = logits(x, w, b);
      double total = 0;
      for (int i = 0; i < y.length; i++) {
        total += softplus(y[i] == 1 ? -z.data[i] : z.data[i]);
      }
      return total / y.length + lambda / 2 * CommonOps_DDRM.dot(w, w);
    }

    /** Stores dw in {@code dw}, returns db. */
    double gradient(DMatrixRMaj w, double b, double lambda, DMatrixRMaj dw) {
      DMatrixRMaj residual = logits(x, w, b);
      double db = 0;
      for (int i = 0; i < y.length; i++) {
        residual.data[i] = sigmoid(residual.data[i]) - y[i];
        db += residual.data[i];
      }
      CommonOps_DDRM.multTransA(1.0 / y.length, x, residual, dw);
      CommonOps_DDRM.addEquals(dw, lambda, w);
      return db / y.length;
    }
  }

  private static DMatrixRMaj logits(DMatrixRMaj x, DMatrixRMaj w, double b) {
    DMatrixRMaj z = new DMatrixRMaj(x.numRows, 1);
    CommonOps_DDRM.mult(x, w, z);
    CommonOps_DDRM.add(z, b);
    return z;
  }

  private static DMatrixRMaj matrix(double[][] X) {
    if (X == null) {
      throw new NullPointerException("X");
    }
    if (X.length == 0) {
      throw new IllegalArgumentException("X must have at least one row");
    }
    int d = X[0].length;
    for (double[] row : X) {
      if (row.length != d) {
        throw new IllegalArgumentException("X must be rectangular");
      }
    }
    DMatrixRMaj m = new DMatrixRMaj(X);
    if (MatrixFeatures_DDRM.hasUncountable(m)) {
      throw new IllegalArgumentException("X must be finite");
    }
    return m;
  }

  private static DMatrixRMaj weights(double[] w, int d) {
    if (w.length != d) {
      throw new IllegalArgumentException("w must have one weight per column");
    }
    DMatrixRMaj m = new DMatrixRMaj(d, 1, true, w);
    if (MatrixFeatures_DDRM.hasUncountable(m)) {
      throw new IllegalArgumentException("w must be finite");
    }
    return m;
  }

  private static double requireFinite(double b) {
    if (Double.isNaN(b) || Double.isInfinite(b)) {
      throw new IllegalArgumentException("b must be finite");
    }
    return b;
  }

  private static void requireLambda(double lambda) {
    if (Double.isNaN(lambda) || Double.isInfinite(lambda) || lambda < 0) {
      throw new IllegalArgumentException("lambda must be finite and non-negative");
    }
  }

  /** log(1 + e^z) without overflow. */
  private static double softplus(double z) {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  }

  private static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
}
