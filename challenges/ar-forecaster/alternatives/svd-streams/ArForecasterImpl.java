package challenge.arima;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;

/**
 * Alternative: EJML's {@link SimpleMatrix} API and streams. Least squares through the thin SVD (the
 * pseudo-inverse route statsmodels takes), with the rank read from the same singular values;
 * forecasts by a growing history array, integrated level by level.
 */
public class ArForecasterImpl implements ArForecaster {

  private static final double RCOND = 1e-10;

  public ArForecasterImpl() {}

  @Override
  public double[] difference(double[] y, int d) {
    validateSeries(y);
    validateOrder(d);
    if (y.length < d) {
      throw new IllegalArgumentException("need at least d values");
    }
    return diff(y, d);
  }

  private static double[] diff(double[] y, int d) {
    double[] w = Arrays.copyOf(y, y.length);
    for (int round = 0; round < d; round++) {
      double[] prev = w;
      w = IntStream.range(0, prev.length - 1).mapToDouble(t -> prev[t + 1] - prev[t]).toArray();
    }
    return w;
  }

  @Override
  public Model fit(double[] y, int p, int d, boolean intercept) {
    validateSeries(y);
    validateOrder(d);
    if (p < 0) {
      throw new IllegalArgumentException("p < 0");
    }
    long available = (long) y.length - d - p;
    if (available < 1 || available < (long) p + (intercept ? 1 : 0)) {
      throw new IllegalArgumentException("too few observations for the requested orders");
    }
    int cols = p + (intercept ? 1 : 0);
    int rows = (int) available;
    double[] w = diff(y, d);
    if (cols == 0) {
      return new Model(0.0, new double[0], d, y.clone());
    }
    SimpleMatrix x = new SimpleMatrix(rows, cols);
    SimpleMatrix target = new SimpleMatrix(rows, 1);
    for (int r = 0; r < rows; r++) {
      int t = r + p;
      int c = 0;
      if (intercept) {
        x.set(r, c++, 1.0);
      }
      for (int lag = 1; lag <= p; lag++) {
        x.set(r, c++, w[t - lag]);
      }
      target.set(r, 0, w[t]);
    }
    double[] beta = svdSolve(x, target);
    double c0 = intercept ? beta[0] : 0.0;
    double[] phi = Arrays.copyOfRange(beta, intercept ? 1 : 0, beta.length);
    return new Model(c0, phi, d, y.clone());
  }

  private static double[] svdSolve(SimpleMatrix x, SimpleMatrix target) {
    SimpleSVD<SimpleMatrix> svd = x.svd(true);
    double[] sv = svd.getSingularValues();
    double max = DoubleStream.of(sv).max().orElse(0.0);
    if (DoubleStream.of(sv).anyMatch(s -> !(s > RCOND * max))) {
      throw new IllegalArgumentException("singular design");
    }
    SimpleMatrix u = svd.getU();
    SimpleMatrix w = svd.getW();
    SimpleMatrix v = svd.getV();
    SimpleMatrix utb = u.transpose().mult(target);
    for (int i = 0; i < w.getNumRows(); i++) {
      utb.set(i, 0, utb.get(i, 0) / w.get(i, i));
    }
    SimpleMatrix beta = v.mult(utb);
    return IntStream.range(0, beta.getNumRows()).mapToDouble(i -> beta.get(i, 0)).toArray();
  }

  @Override
  public double[] forecast(Model model, int horizon) {
    Objects.requireNonNull(model, "model");
    double[] phi = Objects.requireNonNull(model.phi(), "phi");
    double[] series = Objects.requireNonNull(model.series(), "series");
    validateSeries(phi);
    validateSeries(series);
    validateOrder(model.d());
    if (!Double.isFinite(model.intercept()) || horizon < 0) {
      throw new IllegalArgumentException("bad intercept or horizon");
    }
    if (series.length - model.d() - phi.length < 1) {
      throw new IllegalArgumentException("series too short for the model");
    }
    double[] w = diff(series, model.d());
    double[] history = Arrays.copyOf(w, w.length + horizon);
    for (int t = w.length; t < history.length; t++) {
      final int now = t;
      history[t] =
          model.intercept()
              + IntStream.range(0, phi.length)
                  .mapToDouble(j -> phi[j] * history[now - 1 - j])
                  .sum();
    }
    double[] path = Arrays.copyOfRange(history, w.length, history.length);
    for (int level = model.d() - 1; level >= 0; level--) {
      double[] observed = diff(series, level);
      double anchor = observed[observed.length - 1];
      double[] steps = path;
      double[] acc = new double[steps.length];
      double run = anchor;
      for (int h = 0; h < steps.length; h++) {
        run += steps[h];
        acc[h] = run;
      }
      path = acc;
    }
    return path;
  }

  private static void validateOrder(int d) {
    if (d < 0 || d > 2) {
      throw new IllegalArgumentException("d out of range");
    }
  }

  private static void validateSeries(double[] v) {
    if (DoubleStream.of(v).anyMatch(x -> !Double.isFinite(x))) {
      throw new IllegalArgumentException("NaN or infinite value");
    }
  }
}
