package challenge.scaler;

/** Your implementation of {@link ZScoreScaler}; see README.md for the binding conventions. */
public class ZScoreScalerImpl implements ZScoreScaler {

  public ZScoreScalerImpl() {}

  @Override
  public void fit(double[][] rows) {
    throw new UnsupportedOperationException("fit is not implemented yet");
  }

  @Override
  public double[][] transform(double[][] rows) {
    throw new UnsupportedOperationException("transform is not implemented yet");
  }

  @Override
  public double[][] inverseTransform(double[][] rows) {
    throw new UnsupportedOperationException("inverseTransform is not implemented yet");
  }
}
