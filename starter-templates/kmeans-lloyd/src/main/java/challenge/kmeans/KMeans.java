package challenge.kmeans;

/**
 * Deterministic Lloyd's k-means: starting from given centroids, alternate assigning every point to
 * its nearest centroid and moving every centroid to the mean of its points, until the assignment
 * stops changing.
 *
 * <p>Given file: do not edit. Implement it in {@link KMeansImpl}. Matrices are row-major with one
 * point (or centroid) per row and must be rectangular. No method modifies its arguments, and every
 * returned array is a new array.
 */
public interface KMeans {

  /**
   * Runs Lloyd's algorithm from {@code initialCentroids} for at most {@code maxIter} iterations.
   *
   * @param X the {@code n × d} points; finite, {@code n ≥ 1}, {@code d ≥ 1}
   * @param initialCentroids the {@code k × d} starting centroids; finite, {@code 1 ≤ k ≤ n}
   * @param maxIter the largest number of update steps; at least 0
   * @return the final centroids, the labels consistent with them, their inertia, the number of
   *     iterations run and whether the assignment converged
   * @throws IllegalArgumentException on empty, ragged or mismatched matrices, NaN or infinite
   *     values, {@code k > n} or {@code maxIter < 0}
   */
  Result fit(double[][] X, double[][] initialCentroids, int maxIter);

  /**
   * The index of the nearest centroid of each point by squared Euclidean distance; ties go to the
   * lowest index.
   *
   * @param centroids the {@code k × d} centroids; finite, {@code k ≥ 1} (any k, even above n)
   * @param X the {@code n × d} points; finite, {@code n ≥ 1}
   * @return {@code n} labels in {@code [0, k)}
   * @throws IllegalArgumentException on empty, ragged or mismatched matrices, or NaN or infinite
   *     values
   */
  int[] predict(double[][] centroids, double[][] X);

  /**
   * The sum over points of the squared Euclidean distance to the centroid their label names
   * (whether or not it is the nearest one).
   *
   * @param X the {@code n × d} points; finite, {@code n ≥ 1}
   * @param centroids the {@code k × d} centroids; finite, {@code k ≥ 1}
   * @param labels {@code n} labels in {@code [0, k)}
   * @return the inertia, at least 0
   * @throws IllegalArgumentException on empty, ragged or mismatched matrices, NaN or infinite
   *     values, a label count other than n, or a label outside {@code [0, k)}
   */
  double inertia(double[][] X, double[][] centroids, int[] labels);

  /**
   * The outcome of {@link #fit}.
   *
   * @param centroids the final {@code k × d} centroids
   * @param labels {@code predict(centroids, X)}
   * @param inertia {@code inertia(X, centroids, labels)}
   * @param iterations the number of update steps performed
   * @param converged whether an update step left the labels unchanged
   */
  record Result(
      double[][] centroids, int[] labels, double inertia, int iterations, boolean converged) {}
}
