package challenge.kmeans;

/**
 * Your implementation of {@link KMeans}; the grader creates it with the public no-arg constructor.
 */
public class KMeansImpl implements KMeans {

  public KMeansImpl() {}

  @Override
  public Result fit(double[][] X, double[][] initialCentroids, int maxIter) {
    throw new UnsupportedOperationException("TODO: implement fit");
  }

  @Override
  public int[] predict(double[][] centroids, double[][] X) {
    throw new UnsupportedOperationException("TODO: implement predict");
  }

  @Override
  public double inertia(double[][] X, double[][] centroids, int[] labels) {
    throw new UnsupportedOperationException("TODO: implement inertia");
  }
}
