package challenge.arima;

/**
 * ARIMA(p, d, 0) by conditional least squares: difference a series, fit an autoregression with
 * ordinary least squares, and forecast on the original scale.
 *
 * <p>This file is given: do not edit it. Implement {@link ArForecasterImpl}. README.md states the
 * binding conventions.
 */
public interface ArForecaster {

  /**
   * The {@code d}-th difference {@code Δ^d y}: {@code Δy_t = y_{t+1} − y_t}, applied {@code d}
   * times.
   *
   * @param y the series, finite values, at least {@code d} of them; not modified
   * @param d the differencing order, 0, 1 or 2
   * @return a new array of length {@code y.length − d} (a copy of {@code y} when {@code d = 0})
   * @throws IllegalArgumentException if {@code d} is not 0, 1 or 2, {@code y} is shorter than
   *     {@code d}, or a value is NaN or infinite
   */
  double[] difference(double[] y, int d);

  /**
   * Fits {@code w_t = c + Σ_{j=1..p} φ_j w_{t−j}} by ordinary least squares over {@code t = p …
   * len(w)−1}, where {@code w = Δ^d y} and {@code c = 0} when {@code intercept} is false.
   *
   * @param y the observed series, finite values; not modified
   * @param p the autoregressive order, at least 0
   * @param d the differencing order, 0, 1 or 2
   * @param intercept whether to estimate the constant {@code c}
   * @return the fitted model; its {@code series} is a copy of {@code y}
   * @throws IllegalArgumentException if {@code p < 0}, {@code d} is not 0, 1 or 2, a value is NaN
   *     or infinite, there are fewer equations than unknowns (or none), or the regression design is
   *     rank deficient
   */
  Model fit(double[] y, int p, int d, boolean intercept);

  /**
   * Forecasts the next {@code horizon} values of the model's series on the original (undifferenced)
   * scale.
   *
   * @param model a model from {@link #fit} or built by hand with the same meaning; not modified
   * @param horizon how many steps ahead, at least 0
   * @return a new array of length {@code horizon}: the forecasts of {@code y_n, …, y_{n+horizon−1}}
   * @throws IllegalArgumentException if {@code horizon < 0} or the model is invalid (see README.md)
   */
  double[] forecast(Model model, int horizon);

  /**
   * A fitted ARIMA(p, d, 0) model.
   *
   * @param intercept the constant {@code c} on the differenced scale ({@code 0.0} when none was
   *     fitted)
   * @param phi the autoregressive coefficients {@code φ_1 … φ_p} (length {@code p}; {@code phi[0]}
   *     is lag 1)
   * @param d the differencing order, 0, 1 or 2
   * @param series the observed series on the original scale, {@code y_0 … y_{n−1}}, that forecasts
   *     continue
   */
  record Model(double intercept, double[] phi, int d, double[] series) {}
}
