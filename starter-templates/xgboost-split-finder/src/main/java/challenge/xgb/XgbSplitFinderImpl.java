package challenge.xgb;

import java.util.Optional;

/** Your implementation of {@link XgbSplitFinder}; see README.md for the binding conventions. */
public class XgbSplitFinderImpl implements XgbSplitFinder {

  public XgbSplitFinderImpl() {}

  @Override
  public GradPair squaredErrorGradients(double[] y, double[] pred) {
    throw new UnsupportedOperationException("squaredErrorGradients is not implemented yet");
  }

  @Override
  public GradPair logisticGradients(int[] y, double[] margin) {
    throw new UnsupportedOperationException("logisticGradients is not implemented yet");
  }

  @Override
  public double leafWeight(double sumG, double sumH, double lambda) {
    throw new UnsupportedOperationException("leafWeight is not implemented yet");
  }

  @Override
  public double splitGain(double gL, double hL, double gR, double hR, double lambda) {
    throw new UnsupportedOperationException("splitGain is not implemented yet");
  }

  @Override
  public Optional<Split> bestSplit(
      double[][] X, double[] g, double[] h, double lambda, double gamma, double minChildWeight) {
    throw new UnsupportedOperationException("bestSplit is not implemented yet");
  }
}
