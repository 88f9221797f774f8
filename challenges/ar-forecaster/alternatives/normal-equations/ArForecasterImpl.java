package challenge.arima;

/**
 * Alternative: plain arrays only. The Gram matrix XᵀX and Xᵀw are accumulated in one pass without
 * building the design, the rank is read off the eigenvalues of XᵀX (cyclic Jacobi), and the system
 * is solved by Cholesky. Second differences use the closed form y_{t+2} − 2y_{t+1} + y_t.
 */
public class ArForecasterImpl implements ArForecaster {

  /**
   * σ_min/σ_max ≤ 1e-7 means rank deficient; on the eigenvalues of XᵀX that is a ratio of 1e-14.
   */
  private static final double EIGEN_RATIO = 1e-14;

  public ArForecasterImpl() {}

  @Override
  public double[] difference(double[] y, int d) {
    checkValues(y);
    checkD(d);
    if (y.length < d) {
      throw new IllegalArgumentException("series shorter than d");
    }
    return diff(y, d);
  }

  private static double[] diff(double[] y, int d) {
    int n = y.length - d;
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      if (d == 0) {
        out[t] = y[t];
      } else if (d == 1) {
        out[t] = y[t + 1] - y[t];
      } else {
        out[t] = y[t + 2] - 2 * y[t + 1] + y[t];
      }
    }
    return out;
  }

  @Override
  public Model fit(double[] y, int p, int d, boolean intercept) {
    checkValues(y);
    checkD(d);
    if (p < 0) {
      throw new IllegalArgumentException("negative p");
    }
    int off = intercept ? 1 : 0;
    long rows = (long) y.length - d - p;
    if (rows < 1 || rows < (long) p + off) {
      throw new IllegalArgumentException("not enough observations");
    }
    double[] w = diff(y, d);
    int k = p + off;
    double[][] gram = new double[k][k];
    double[] rhs = new double[k];
    double[] row = new double[k];
    for (int t = p; t < w.length; t++) {
      if (intercept) {
        row[0] = 1;
      }
      for (int j = 0; j < p; j++) {
        row[off + j] = w[t - 1 - j];
      }
      for (int a = 0; a < k; a++) {
        rhs[a] += row[a] * w[t];
        for (int b = 0; b <= a; b++) {
          gram[a][b] += row[a] * row[b];
        }
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        gram[a][b] = gram[b][a];
      }
    }
    double[] coef = k == 0 ? new double[0] : solveSpd(gram, rhs);
    double[] phi = new double[p];
    System.arraycopy(coef, off, phi, 0, p);
    return new Model(intercept ? coef[0] : 0.0, phi, d, y.clone());
  }

  private static double[] solveSpd(double[][] g, double[] rhs) {
    double[] eig = jacobiEigenvalues(g);
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (double e : eig) {
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    }
    if (hi <= 0 || lo <= EIGEN_RATIO * hi) {
      throw new IllegalArgumentException("design matrix does not have full column rank");
    }
    int k = rhs.length;
    double[][] l = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = g[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (s <= 0) {
            throw new IllegalArgumentException("design matrix does not have full column rank");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      double s = rhs[i];
      for (int m = 0; m < i; m++) {
        s -= l[i][m] * z[m];
      }
      z[i] = s / l[i][i];
    }
    double[] x = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double s = z[i];
      for (int m = i + 1; m < k; m++) {
        s -= l[m][i] * x[m];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  /** Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations. */
  private static double[] jacobiEigenvalues(double[][] g) {
    int k = g.length;
    double[][] a = new double[k][];
    for (int i = 0; i < k; i++) {
      a[i] = g[i].clone();
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double total = 0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          total += a[i][j] * a[i][j];
          if (i != j) {
            off += a[i][j] * a[i][j];
          }
        }
      }
      if (off <= 1e-30 * total) {
        break;
      }
      for (int pi = 0; pi < k - 1; pi++) {
        for (int q = pi + 1; q < k; q++) {
          if (a[pi][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[pi][pi]) / (2 * a[pi][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int r = 0; r < k; r++) {
            double arp = a[r][pi];
            double arq = a[r][q];
            a[r][pi] = c * arp - s * arq;
            a[r][q] = s * arp + c * arq;
          }
          for (int r = 0; r < k; r++) {
            double apr = a[pi][r];
            double aqr = a[q][r];
            a[pi][r] = c * apr - s * aqr;
            a[q][r] = s * apr + c * aqr;
          }
        }
      }
    }
    double[] ev = new double[k];
    for (int i = 0; i < k; i++) {
      ev[i] = a[i][i];
    }
    return ev;
  }

  @Override
  public double[] forecast(Model model, int horizon) {
    if (model == null) {
      throw new NullPointerException("model");
    }
    double[] phi = model.phi();
    double[] y = model.series();
    checkValues(phi);
    checkValues(y);
    checkD(model.d());
    if (!Double.isFinite(model.intercept())) {
      throw new IllegalArgumentException("intercept");
    }
    if (y.length < model.d() + phi.length + 1) {
      throw new IllegalArgumentException("series too short");
    }
    if (horizon < 0) {
      throw new IllegalArgumentException("negative horizon");
    }
    int p = phi.length;
    double[] w = diff(y, model.d());
    // the last p values of w, most recent first, as a circular window
    double[] window = new double[Math.max(p, 1)];
    for (int j = 0; j < p; j++) {
      window[j] = w[w.length - 1 - j];
    }
    int head = 0;
    double[] out = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      double v = model.intercept();
      for (int j = 0; j < p; j++) {
        v += phi[j] * window[(head + j) % p];
      }
      out[h] = v;
      if (p > 0) {
        head = (head - 1 + p) % p;
        window[head] = v;
      }
    }
    if (model.d() == 2) {
      double slope = y[y.length - 1] - y[y.length - 2];
      for (int h = 0; h < horizon; h++) {
        slope += out[h];
        out[h] = slope;
      }
    }
    if (model.d() >= 1) {
      double level = y[y.length - 1];
      for (int h = 0; h < horizon; h++) {
        level += out[h];
        out[h] = level;
      }
    }
    return out;
  }

  private static void checkD(int d) {
    if (d != 0 && d != 1 && d != 2) {
      throw new IllegalArgumentException("d must be 0, 1 or 2");
    }
  }

  private static void checkValues(double[] v) {
    for (double x : v) {
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        throw new IllegalArgumentException("non-finite value");
      }
    }
  }
}
