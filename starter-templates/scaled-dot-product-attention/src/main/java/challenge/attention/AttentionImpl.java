package challenge.attention;

/** Your implementation of {@link Attention}; see README.md for the binding conventions. */
public class AttentionImpl implements Attention {

  public AttentionImpl() {}

  @Override
  public Result scaledDotProduct(double[][] Q, double[][] K, double[][] V, boolean[][] mask) {
    throw new UnsupportedOperationException("scaledDotProduct is not implemented yet");
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
    throw new UnsupportedOperationException("multiHead is not implemented yet");
  }
}
