package challenge.kmeans;

import java.util.Arrays;

/** Reference solution: Lloyd's iterations exactly as the statement's pseudo-code orders them. */
public class KMeansImpl implements KMeans {

  public KMeansImpl() {}

  @Override
  public Result fit(double[][] X, double[][] initialCentroids, int maxIter) {
    int d = requireMatrix(X, "X");
    requireSameWidth(initialCentroids, "initialCentroids", d);
    if (initialCentroids.length > X.length) {
      throw new IllegalArgumentException(
          "k = " + initialCentroids.length + " exceeds n = " + X.length);
    }
    if (maxIter < 0) {
      throw new IllegalArgumentException("maxIter must be >= 0: " + maxIter);
    }
    double[][] centroids = copy(initialCentroids);
    int[] labels = assign(centroids, X);
    int iterations = maxIter;
    boolean converged = false;
    for (int it = 1; it <= maxIter; it++) {
      centroids = clusterMeans(X, labels, centroids);
      int[] next = assign(centroids, X);
      boolean unchanged = Arrays.equals(next, labels);
      labels = next;
      if (unchanged) {
        converged = true;
        iterations = it;
        break;
      }
    }
    return new Result(centroids, labels, sumOfSquares(X, centroids, labels), iterations, converged);
  }

  @Override
  public int[] predict(double[][] centroids, double[][] X) {
    int d = requireMatrix(X, "X");
    requireSameWidth(centroids, "centroids", d);
    return assign(centroids, X);
  }

  @Override
  public double inertia(double[][] X, double[][] centroids, int[] labels) {
    int d = requireMatrix(X, "X");
    requireSameWidth(centroids, "centroids", d);
    if (labels == null) {
      throw new NullPointerException("labels is null");
    }
    if (labels.length != X.length) {
      throw new IllegalArgumentException("expected " + X.length + " labels, got " + labels.length);
    }
    for (int label : labels) {
      if (label < 0 || label >= centroids.length) {
        throw new IllegalArgumentException("label out of range: " + label);
      }
    }
    return sumOfSquares(X, centroids, labels);
  }

  /** Nearest centroid per point; the strict comparison keeps the lowest index on ties. */
  private static int[] assign(double[][] centroids, double[][] X) {
    int[] labels = new int[X.length];
    for (int i = 0; i < X.length; i++) {
      int best = 0;
      double bestDistance = squaredDistance(X[i], centroids[0]);
      for (int j = 1; j < centroids.length; j++) {
        double distance = squaredDistance(X[i], centroids[j]);
        if (distance <= bestDistance) {
          bestDistance = distance;
          best = j;
        }
      }
      labels[i] = best;
    }
    return labels;
  }

  /** Per-cluster means of X; a cluster without points keeps its previous centroid. */
  private static double[][] clusterMeans(double[][] X, int[] labels, double[][] previous) {
    int k = previous.length;
    int d = previous[0].length;
    double[][] sums = new double[k][d];
    int[] counts = new int[k];
    for (int i = 0; i < X.length; i++) {
      double[] sum = sums[labels[i]];
      for (int c = 0; c < d; c++) {
        sum[c] += X[i][c];
      }
      counts[labels[i]]++;
    }
    for (int j = 0; j < k; j++) {
      if (counts[j] == 0) {
        sums[j] = previous[j].clone();
      } else {
        for (int c = 0; c < d; c++) {
          sums[j][c] /= counts[j];
        }
      }
    }
    return sums;
  }

  private static double sumOfSquares(double[][] X, double[][] centroids, int[] labels) {
    double total = 0;
    for (int i = 0; i < X.length; i++) {
      total += squaredDistance(X[i], centroids[labels[i]]);
    }
    return total;
  }

  private static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      double diff = a[c] - b[c];
      s += diff * diff;
    }
    return s;
  }

  /**
   * Checks a non-empty rectangular finite matrix with at least one column and returns its width.
   */
  private static int requireMatrix(double[][] m, String name) {
    if (m == null) {
      throw new NullPointerException(name + " is null");
    }
    if (m.length == 0) {
      throw new IllegalArgumentException(name + " has no rows");
    }
    if (m[0] == null) {
      throw new NullPointerException(name + "[0] is null");
    }
    int d = m[0].length;
    if (d == 0) {
      throw new IllegalArgumentException(name + " has no columns");
    }
    requireSameWidth(m, name, d);
    return d;
  }

  private static void requireSameWidth(double[][] m, String name, int d) {
    if (m == null) {
      throw new NullPointerException(name + " is null");
    }
    if (m.length == 0) {
      throw new IllegalArgumentException(name + " has no rows");
    }
    for (int i = 0; i < m.length; i++) {
      if (m[i] == null) {
        throw new NullPointerException(name + "[" + i + "] is null");
      }
      if (m[i].length != d) {
        throw new IllegalArgumentException(
            name + "[" + i + "] has " + m[i].length + " columns, expected " + d);
      }
      for (double v : m[i]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(name + "[" + i + "] holds a non-finite value: " + v);
        }
      }
    }
  }

  private static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }
}
