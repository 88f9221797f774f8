package challenge.kmeans;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/** Alternative: stream style, with per-cluster sums gathered cluster by cluster. */
public class KMeansImpl implements KMeans {

  public KMeansImpl() {}

  @Override
  public Result fit(double[][] X, double[][] initialCentroids, int maxIter) {
    int d = validate(X, initialCentroids);
    if (initialCentroids.length > X.length || maxIter < 0) {
      throw new IllegalArgumentException("need k <= n and maxIter >= 0");
    }
    double[][] centroids =
        Arrays.stream(initialCentroids).map(double[]::clone).toArray(double[][]::new);
    int[] labels = labelsOf(centroids, X);
    for (int it = 1; it <= maxIter; it++) {
      double[][] previous = centroids;
      int[] members = labels;
      centroids =
          IntStream.range(0, previous.length)
              .mapToObj(j -> meanOrKeep(X, members, j, previous[j], d))
              .toArray(double[][]::new);
      int[] updated = labelsOf(centroids, X);
      if (Arrays.equals(updated, labels)) {
        return new Result(centroids, updated, sse(X, centroids, updated), it, true);
      }
      labels = updated;
    }
    return new Result(centroids, labels, sse(X, centroids, labels), maxIter, false);
  }

  @Override
  public int[] predict(double[][] centroids, double[][] X) {
    validate(X, centroids);
    return labelsOf(centroids, X);
  }

  @Override
  public double inertia(double[][] X, double[][] centroids, int[] labels) {
    validate(X, centroids);
    Objects.requireNonNull(labels, "labels");
    if (labels.length != X.length
        || Arrays.stream(labels).anyMatch(l -> l < 0 || l >= centroids.length)) {
      throw new IllegalArgumentException("labels must name a centroid for every point");
    }
    return sse(X, centroids, labels);
  }

  private static double[] meanOrKeep(
      double[][] X, int[] labels, int cluster, double[] previous, int d) {
    int[] members = IntStream.range(0, X.length).filter(i -> labels[i] == cluster).toArray();
    if (members.length == 0) {
      return previous.clone();
    }
    double[] mean = new double[d];
    for (int i : members) {
      for (int c = 0; c < d; c++) {
        mean[c] += X[i][c];
      }
    }
    for (int c = 0; c < d; c++) {
      mean[c] /= members.length;
    }
    return mean;
  }

  private static int[] labelsOf(double[][] centroids, double[][] X) {
    return Arrays.stream(X).mapToInt(x -> argmin(distancesTo(x, centroids))).toArray();
  }

  private static double[] distancesTo(double[] x, double[][] centroids) {
    return Arrays.stream(centroids).mapToDouble(c -> distance2(x, c)).toArray();
  }

  /**
   * The first index of the smallest value: the reduction keeps the left operand unless the right is
   * smaller.
   */
  private static int argmin(double[] values) {
    return IntStream.range(0, values.length)
        .reduce((a, b) -> values[b] < values[a] ? b : a)
        .orElseThrow();
  }

  private static double sse(double[][] X, double[][] centroids, int[] labels) {
    return IntStream.range(0, X.length)
        .mapToDouble(i -> distance2(X[i], centroids[labels[i]]))
        .sum();
  }

  private static double distance2(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      double t = a[c] - b[c];
      s += t * t;
    }
    return s;
  }

  /**
   * Checks both matrices (non-empty, rectangular, finite, same width ≥ 1) and returns the width.
   */
  private static int validate(double[][] X, double[][] centroids) {
    Objects.requireNonNull(X, "X");
    Objects.requireNonNull(centroids, "centroids");
    if (X.length == 0 || centroids.length == 0) {
      throw new IllegalArgumentException("empty matrix");
    }
    int d = Objects.requireNonNull(X[0], "row").length;
    boolean bad =
        d == 0
            || IntStream.range(0, X.length + centroids.length)
                .mapToObj(i -> i < X.length ? X[i] : centroids[i - X.length])
                .map(row -> Objects.requireNonNull(row, "row"))
                .anyMatch(
                    row ->
                        row.length != d || Arrays.stream(row).anyMatch(v -> !Double.isFinite(v)));
    if (bad) {
      throw new IllegalArgumentException("matrices must be rectangular, finite and of equal width");
    }
    return d;
  }
}
