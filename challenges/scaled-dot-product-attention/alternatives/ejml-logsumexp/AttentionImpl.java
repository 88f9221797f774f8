package challenge.attention;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Alternative: EJML matrices for every product (scores by {@code multTransB}, then a scale), and a
 * log-sum-exp softmax {@code w = exp(s − lse)}; masked scores are set to −∞ so that their weight is
 * exp(−∞) = 0.
 */
public class AttentionImpl implements Attention {

  public AttentionImpl() {}

  @Override
  public Result scaledDotProduct(double[][] Q, double[][] K, double[][] V, boolean[][] mask) {
    check(Q, "Q");
    check(K, "K");
    check(V, "V");
    if (Q[0].length != K[0].length || K.length != V.length) {
      throw new IllegalArgumentException("shapes do not match");
    }
    if (mask != null) {
      if (mask.length != Q.length) {
        throw new IllegalArgumentException("mask rows");
      }
      for (boolean[] row : mask) {
        if (row.length != K.length) {
          throw new IllegalArgumentException("mask columns");
        }
        boolean any = false;
        for (boolean b : row) {
          any = any || b;
        }
        if (!any) {
          throw new IllegalArgumentException("a query may attend no key");
        }
      }
    }
    DMatrixRMaj weights = weights(new DMatrixRMaj(Q), new DMatrixRMaj(K), mask);
    DMatrixRMaj out = new DMatrixRMaj(Q.length, V[0].length);
    CommonOps_DDRM.mult(weights, new DMatrixRMaj(V), out);
    return new Result(toArray(out), toArray(weights));
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
    check(X, "X");
    int d = X[0].length;
    for (double[][] w : new double[][][] {Wq, Wk, Wv, Wo}) {
      check(w, "W");
      if (w.length != d || w[0].length != d) {
        throw new IllegalArgumentException("projection matrices must be d_model x d_model");
      }
    }
    if (numHeads <= 0 || d % numHeads != 0) {
      throw new IllegalArgumentException("numHeads must divide d_model");
    }
    int n = X.length;
    DMatrixRMaj x = new DMatrixRMaj(X);
    DMatrixRMaj q = new DMatrixRMaj(n, d);
    DMatrixRMaj k = new DMatrixRMaj(n, d);
    DMatrixRMaj v = new DMatrixRMaj(n, d);
    CommonOps_DDRM.mult(x, new DMatrixRMaj(Wq), q);
    CommonOps_DDRM.mult(x, new DMatrixRMaj(Wk), k);
    CommonOps_DDRM.mult(x, new DMatrixRMaj(Wv), v);
    boolean[][] mask = null;
    if (causal) {
      mask = new boolean[n][n];
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(mask[i], 0, i + 1, true);
      }
    }
    int dh = d / numHeads;
    DMatrixRMaj concat = new DMatrixRMaj(n, d);
    for (int h = 0; h < numHeads; h++) {
      int c0 = h * dh;
      DMatrixRMaj w =
          weights(
              CommonOps_DDRM.extract(q, 0, n, c0, c0 + dh),
              CommonOps_DDRM.extract(k, 0, n, c0, c0 + dh),
              mask);
      DMatrixRMaj head = new DMatrixRMaj(n, dh);
      CommonOps_DDRM.mult(w, CommonOps_DDRM.extract(v, 0, n, c0, c0 + dh), head);
      CommonOps_DDRM.insert(head, concat, 0, c0);
    }
    DMatrixRMaj out = new DMatrixRMaj(n, d);
    CommonOps_DDRM.mult(concat, new DMatrixRMaj(Wo), out);
    return toArray(out);
  }

  /** Row-wise softmax of QKᵀ/√d_k over the allowed keys, via log-sum-exp. */
  private static DMatrixRMaj weights(DMatrixRMaj q, DMatrixRMaj k, boolean[][] mask) {
    DMatrixRMaj s = new DMatrixRMaj(q.numRows, k.numRows);
    CommonOps_DDRM.multTransB(q, k, s);
    CommonOps_DDRM.scale(1.0 / Math.sqrt(q.numCols), s);
    for (int i = 0; i < s.numRows; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < s.numCols; j++) {
        if (mask != null && !mask[i][j]) {
          s.set(i, j, Double.NEGATIVE_INFINITY);
        }
        max = Math.max(max, s.get(i, j));
      }
      double acc = 0;
      for (int j = 0; j < s.numCols; j++) {
        acc += Math.exp(s.get(i, j) - max);
      }
      double lse = max + Math.log(acc);
      for (int j = 0; j < s.numCols; j++) {
        s.set(i, j, Math.exp(s.get(i, j) - lse));
      }
    }
    return s;
  }

  private static double[][] toArray(DMatrixRMaj m) {
    double[][] out = new double[m.numRows][m.numCols];
    for (int i = 0; i < m.numRows; i++) {
      System.arraycopy(m.data, i * m.numCols, out[i], 0, m.numCols);
    }
    return out;
  }

  private static void check(double[][] m, String name) {
    if (m.length == 0 || m[0].length == 0) {
      throw new IllegalArgumentException(name + " is empty");
    }
    for (double[] row : m) {
      if (row.length != m[0].length) {
        throw new IllegalArgumentException(name + " is ragged");
      }
      for (double v : row) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          throw new IllegalArgumentException(name + " has a non-finite entry");
        }
      }
    }
  }
}
