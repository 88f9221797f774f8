package challenge.attention;

import java.util.Objects;

/**
 * Reference solution: plain row-major loops; each query row gets its scores, a max-subtracted
 * softmax over the allowed keys (masked keys are skipped, so their weight stays exactly 0.0), then
 * the weighted sum of the value rows.
 */
public class AttentionImpl implements Attention {

  public AttentionImpl() {}

  @Override
  public Result scaledDotProduct(double[][] Q, double[][] K, double[][] V, boolean[][] mask) {
    int dk = requireMatrix(Q, "Q");
    if (requireMatrix(K, "K") != dk) {
      throw new IllegalArgumentException("K must have " + dk + " columns like Q");
    }
    requireMatrix(V, "V");
    if (V.length != K.length) {
      throw new IllegalArgumentException("V must have " + K.length + " rows like K");
    }
    if (mask != null) {
      requireMask(mask, Q.length, K.length);
    }
    return attend(Q, K, V, mask);
  }

  @Override
  public double[][] multiHead(
      double[][] X,
      double[][] Wq,
      double[][] Wk,
      double[][] Wv,
      double[][] Wo,
      int numHeads,
      boolean causal) {
    int dModel = requireMatrix(X, "X");
    requireSquare(Wq, dModel, "Wq");
    requireSquare(Wk, dModel, "Wk");
    requireSquare(Wv, dModel, "Wv");
    requireSquare(Wo, dModel, "Wo");
    if (numHeads < 1 || dModel % numHeads != 0) {
      throw new IllegalArgumentException("numHeads must be >= 1 and divide d_model = " + dModel);
    }
    int n = X.length;
    int dh = dModel / numHeads;
    double[][] q = multiply(X, Wq);
    double[][] k = multiply(X, Wk);
    double[][] v = multiply(X, Wv);
    boolean[][] mask = causal ? causalMask(n) : null;
    double[][] concat = new double[n][dModel];
    for (int h = 0; h < numHeads; h++) {
      int from = h * dh;
      double[][] out =
          attend(columns(q, from, dh), columns(k, from, dh), columns(v, from, dh), mask).output();
      for (int i = 0; i < n; i++) {
        System.arraycopy(out[i], 0, concat[i], from, dh);
      }
    }
    return multiply(concat, Wo);
  }

  /** The attention itself, on validated inputs. */
  private static Result attend(double[][] q, double[][] k, double[][] v, boolean[][] mask) {
    int nq = q.length;
    int nk = k.length;
    int dv = v[0].length;
    double scale = 1 / Math.sqrt(q[0].length);
    double[][] weights = new double[nq][nk];
    double[][] output = new double[nq][dv];
    for (int j = 0; j < nk; j++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < nq; i++) {
        if (mask == null || mask[i][j]) {
          weights[i][j] = dot(q[i], k[j]) * scale;
          max = Math.max(max, weights[i][j]);
        }
      }
      double sum = 0;
      for (int i = 0; i < nq; i++) {
        if (mask == null || mask[i][j]) {
          weights[i][j] = Math.exp(weights[i][j] - max);
          sum += weights[i][j];
        }
      }
      for (int i = 0; i < nq; i++) {
        weights[i][j] = sum == 0 ? 0 : weights[i][j] / sum;
      }
    }
    for (int i = 0; i < nq; i++) {
      double[] w = weights[i];
      double[] o = output[i];
      for (int j = 0; j < nk; j++) {
        if (w[j] != 0) {
          double[] vj = v[j];
          for (int c = 0; c < dv; c++) {
            o[c] += w[j] * vj[c];
          }
        }
      }
    }
    return new Result(output, weights);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      s += a[c] * b[c];
    }
    return s;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int inner = b.length;
    int cols = b[0].length;
    double[][] out = new double[a.length][cols];
    for (int i = 0; i < a.length; i++) {
      double[] row = out[i];
      for (int t = 0; t < inner; t++) {
        double x = a[i][t];
        double[] bt = b[t];
        for (int c = 0; c < cols; c++) {
          row[c] += x * bt[c];
        }
      }
    }
    return out;
  }

  private static double[][] columns(double[][] m, int from, int count) {
    double[][] out = new double[m.length][count];
    for (int i = 0; i < m.length; i++) {
      System.arraycopy(m[i], from, out[i], 0, count);
    }
    return out;
  }

  private static boolean[][] causalMask(int n) {
    boolean[][] mask = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        mask[i][j] = true;
      }
    }
    return mask;
  }

  /**
   * Checks that m is non-empty, rectangular, with at least one column and finite values; returns
   * its width.
   */
  private static int requireMatrix(double[][] m, String name) {
    Objects.requireNonNull(m, name);
    if (m.length == 0) {
      throw new IllegalArgumentException(name + " must have at least one row");
    }
    int cols = Objects.requireNonNull(m[0], name + " row 0").length;
    if (cols == 0) {
      throw new IllegalArgumentException(name + " must have at least one column");
    }
    for (int i = 0; i < m.length; i++) {
      double[] row = Objects.requireNonNull(m[i], name + " row");
      if (row.length != cols) {
        throw new IllegalArgumentException(name + " is ragged at row " + i);
      }
      for (double x : row) {
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException(name + " has a non-finite value in row " + i);
        }
      }
    }
    return cols;
  }

  private static void requireSquare(double[][] w, int size, String name) {
    if (requireMatrix(w, name) != size || w.length != size) {
      throw new IllegalArgumentException(name + " must be " + size + " x " + size);
    }
  }

  private static void requireMask(boolean[][] mask, int rows, int cols) {
    if (mask.length != rows) {
      throw new IllegalArgumentException("mask must have " + rows + " rows");
    }
    for (int i = 0; i < rows; i++) {
      boolean[] row = Objects.requireNonNull(mask[i], "mask row");
      if (row.length != cols) {
        throw new IllegalArgumentException("mask must have " + cols + " columns");
      }
      boolean any = false;
      for (boolean allowed : row) {
        any |= allowed;
      }
      if (!any) {
        throw new IllegalArgumentException("mask row " + i + " allows no key");
      }
    }
  }
}
