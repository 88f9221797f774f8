package challenge.arima;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.linsol.qr.LinearSolverQrHouseCol_DDRM;

/**
 * Reference ARIMA(p, d, 0): iterated differencing, conditional least squares by Householder QR
 * (with a singular-value rank test on R), recursive forecasts on the differenced scale, then
 * integration anchored at the last observed value of every differencing level.
 */
public class ArForecasterImpl implements ArForecaster {

  /**
   * The design is rank deficient when its smallest singular value is at most this times its
   * largest.
   */
  private static final double RANK_TOLERANCE = 1e-9;

  public ArForecasterImpl() {}

  @Override
  public double[] difference(double[] y, int d) {
    requireFinite(y, "y");
    requireOrder(d);
    if (y.length < d) {
      throw new IllegalArgumentException("y has " + y.length + " values, fewer than d = " + d);
    }
    return differenced(y, d);
  }

  @Override
  public Model fit(double[] y, int p, int d, boolean intercept) {
    requireFinite(y, "y");
    requireOrder(d);
    if (p < 0) {
      throw new IllegalArgumentException("p must be >= 0: " + p);
    }
    long equations = (long) y.length - d - p;
    long unknowns = (long) p + (intercept ? 1 : 0);
    if (equations < 1 || equations < unknowns) {
      throw new IllegalArgumentException(
          equations
              + " equations for "
              + unknowns
              + " unknowns (n = "
              + y.length
              + ", p = "
              + p
              + ", d = "
              + d
              + ")");
    }
    double[] w = differenced(y, d);
    double[] beta =
        unknowns == 0 ? new double[0] : leastSquares(design(w, p, intercept), target(w, p));
    int first = intercept ? 1 : 0;
    return new Model(
        intercept ? beta[0] : 0.0, Arrays.copyOfRange(beta, first, beta.length), d, y.clone());
  }

  @Override
  public double[] forecast(Model model, int horizon) {
    requireValid(model);
    if (horizon < 0) {
      throw new IllegalArgumentException("horizon must be >= 0: " + horizon);
    }
    double[] w = differenced(model.series(), model.d());
    double[] phi = model.phi();
    double[] path = Arrays.copyOf(w, w.length + horizon);
    for (int t = w.length; t < path.length; t++) {
      double next = model.intercept();
      for (int j = 1; j <= phi.length; j++) {
        next += phi[j - 1] * path[t - j];
      }
      path[t] = next;
    }
    return integrate(Arrays.copyOfRange(path, w.length, path.length), model.series(), model.d());
  }

  /**
   * Undoes {@code d} differences, from the deepest level up, each anchored at that level's last
   * value.
   */
  private static double[] integrate(double[] steps, double[] series, int d) {
    double[] out = steps;
    for (int level = d - 1; level >= 0; level--) {
      double[] observed = differenced(series, level);
      double running = observed[observed.length - 1];
      for (int h = 0; h < out.length; h++) {
        running += out[h];
        out[h] = running;
      }
    }
    return out;
  }

  private static double[] differenced(double[] y, int d) {
    double[] w = y.clone();
    for (int k = 0; k < d; k++) {
      double[] next = new double[w.length - 1];
      for (int t = 0; t < next.length; t++) {
        next[t] = w[t + 1] - w[t];
      }
      w = next;
    }
    return w;
  }

  /** Row {@code i} (time {@code t = p + i}) holds {@code [1,] w_{t−1}, …, w_{t−p}}. */
  private static DMatrixRMaj design(double[] w, int p, boolean intercept) {
    int first = intercept ? 1 : 0;
    DMatrixRMaj x = new DMatrixRMaj(w.length - p, p + first);
    for (int i = 0; i < x.numRows; i++) {
      int t = p + i;
      if (intercept) {
        x.set(i, 0, 1.0);
      }
      for (int j = 1; j <= p; j++) {
        x.set(i, first + j - 1, w[t - j]);
      }
    }
    return x;
  }

  private static DMatrixRMaj target(double[] w, int p) {
    DMatrixRMaj b = new DMatrixRMaj(w.length - p, 1);
    for (int i = 0; i < b.numRows; i++) {
      b.set(i, 0, w[p + i]);
    }
    return b;
  }

  private static double[] leastSquares(DMatrixRMaj x, DMatrixRMaj b) {
    LinearSolverQrHouseCol_DDRM solver = new LinearSolverQrHouseCol_DDRM();
    if (!solver.setA(x)) {
      throw new IllegalArgumentException("the regression design is rank deficient");
    }
    double[] singular = SingularOps_DDRM.singularValues(solver.getDecomposition().getR(null, true));
    double largest = Arrays.stream(singular).max().orElse(0);
    double smallest = Arrays.stream(singular).min().orElse(0);
    if (!(smallest > RANK_TOLERANCE * largest)) {
      throw new IllegalArgumentException("the regression design is rank deficient");
    }
    DMatrixRMaj beta = new DMatrixRMaj(x.numCols, 1);
    solver.solve(b, beta);
    return beta.data;
  }

  private static void requireValid(Model model) {
    double[] phi = model.phi();
    double[] series = model.series();
    requireFinite(phi, "phi");
    requireFinite(series, "series");
    requireOrder(model.d());
    if (!Double.isFinite(model.intercept())) {
      throw new IllegalArgumentException("intercept is not finite: " + model.intercept());
    }
    if ((long) series.length < (long) model.d() + phi.length + 1) {
      throw new IllegalArgumentException(
          "series too short for p = " + phi.length + ", d = " + model.d());
    }
  }

  private static void requireOrder(int d) {
    if (d < 0 || d > 2) {
      throw new IllegalArgumentException("d must be 0, 1 or 2: " + d);
    }
  }

  private static void requireFinite(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + values[i]);
      }
    }
  }
}
