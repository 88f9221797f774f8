package mlgrader.kit;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.opentest4j.AssertionFailedError;

/**
 * Central finite-difference gradient checks (catalog-spec §2.4: h = 1e-6 and
 * {@code max|a−n| / max(1e-8, |a|+|n|) < 1e-6}).
 */
public final class GradientCheck {

  /** The step of the central differences. */
  public static final double STEP = 1e-6;
  /** The largest accepted relative error. */
  public static final double THRESHOLD = 1e-6;

  private GradientCheck() {}

  /** The central-difference gradient of {@code f} at {@code x}; {@code x} is left unchanged. */
  public static double[] numericGradient(ToDoubleFunction<double[]> f, double[] x, double h) {
    double[] point = x.clone();
    double[] grad = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double saved = point[i];
      point[i] = saved + h;
      double up = f.applyAsDouble(point.clone());
      point[i] = saved - h;
      double down = f.applyAsDouble(point.clone());
      point[i] = saved;
      grad[i] = (up - down) / (2 * h);
    }
    return grad;
  }

  /** The relative error {@code max_i |a_i−n_i| / max(1e-8, |a_i|+|n_i|)}; NaN anywhere gives infinity. */
  public static double relativeError(double[] analytic, double[] numeric) {
    if (analytic.length != numeric.length) {
      throw new IllegalArgumentException("lengths differ");
    }
    double worst = 0;
    for (int i = 0; i < analytic.length; i++) {
      double err = Math.abs(analytic[i] - numeric[i]) / Math.max(1e-8, Math.abs(analytic[i]) + Math.abs(numeric[i]));
      if (Double.isNaN(err)) {
        return Double.POSITIVE_INFINITY;
      }
      worst = Math.max(worst, err);
    }
    return worst;
  }

  /** Fails unless {@code analytic} matches the central differences of {@code f} at {@code x}. */
  public static void assertGradient(double[] analytic, ToDoubleFunction<double[]> f, double[] x, String what) {
    if (analytic == null || analytic.length != x.length) {
      throw new AssertionFailedError(what + ": gradient has the wrong length");
    }
    double err = relativeError(analytic, numericGradient(f, x, STEP));
    if (!(err < THRESHOLD)) {
      throw new AssertionFailedError(
          String.format(Locale.ROOT, "%s: analytic gradient disagrees with finite differences (relative error %.3g)", what, err));
    }
  }
}
