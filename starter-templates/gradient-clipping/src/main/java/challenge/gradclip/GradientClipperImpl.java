package challenge.gradclip;

/** Your implementation of {@link GradientClipper}; see README.md for the binding conventions. */
public class GradientClipperImpl implements GradientClipper {

  public GradientClipperImpl() {}

  @Override
  public double globalNorm(double[][] grads) {
    throw new UnsupportedOperationException("globalNorm is not implemented yet");
  }

  @Override
  public ClipResult clipByGlobalNorm(double[][] grads, double maxNorm) {
    throw new UnsupportedOperationException("clipByGlobalNorm is not implemented yet");
  }

  @Override
  public double[][] clipByValue(double[][] grads, double clipValue) {
    throw new UnsupportedOperationException("clipByValue is not implemented yet");
  }
}
