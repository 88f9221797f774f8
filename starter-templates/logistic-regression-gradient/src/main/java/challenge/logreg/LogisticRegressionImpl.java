package challenge.logreg;

/** Your implementation of {@link LogisticRegression}; see README.md for the binding conventions. */
public class LogisticRegressionImpl implements LogisticRegression {

  public LogisticRegressionImpl() {}

  @Override
  public double loss(double[][] X, int[] y, double[] w, double b, double lambda) {
    throw new UnsupportedOperationException("loss is not implemented yet");
  }

  @Override
  public Gradient gradient(double[][] X, int[] y, double[] w, double b, double lambda) {
    throw new UnsupportedOperationException("gradient is not implemented yet");
  }

  @Override
  public double[] predictProba(double[][] X, double[] w, double b) {
    throw new UnsupportedOperationException("predictProba is not implemented yet");
  }

  @Override
  public Fit train(double[][] X, int[] y, double lambda, double learningRate, int iterations) {
    throw new UnsupportedOperationException("train is not implemented yet");
  }
}
