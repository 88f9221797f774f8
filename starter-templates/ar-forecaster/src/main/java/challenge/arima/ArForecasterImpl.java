package challenge.arima;

/** Your implementation of {@link ArForecaster}; see README.md for the binding conventions. */
public class ArForecasterImpl implements ArForecaster {

  public ArForecasterImpl() {}

  @Override
  public double[] difference(double[] y, int d) {
    throw new UnsupportedOperationException("difference is not implemented yet");
  }

  @Override
  public Model fit(double[] y, int p, int d, boolean intercept) {
    throw new UnsupportedOperationException("fit is not implemented yet");
  }

  @Override
  public double[] forecast(Model model, int horizon) {
    throw new UnsupportedOperationException("forecast is not implemented yet");
  }
}
