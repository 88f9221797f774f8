package challenge.drift;

/**
 * Your implementation of {@link DriftMetrics}; the grader creates it with the public no-arg
 * constructor.
 */
public class DriftMetricsImpl implements DriftMetrics {

  public DriftMetricsImpl() {}

  @Override
  public double[] quantileBinEdges(double[] reference, int bins) {
    throw new UnsupportedOperationException("TODO: implement quantileBinEdges");
  }

  @Override
  public long[] binCounts(double[] data, double[] edges) {
    throw new UnsupportedOperationException("TODO: implement binCounts");
  }

  @Override
  public double psi(double[] reference, double[] current, int bins, double epsilon) {
    throw new UnsupportedOperationException("TODO: implement psi");
  }

  @Override
  public KsResult ks(double[] reference, double[] current) {
    throw new UnsupportedOperationException("TODO: implement ks");
  }
}
