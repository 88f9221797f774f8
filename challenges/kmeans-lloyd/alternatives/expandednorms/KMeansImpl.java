package challenge.kmeans;

/**
 * Alternative: squared distances expanded as ‖x‖² − 2x·c + ‖c‖² with cached norms, centroids
 * updated as running means, and a do-while driver.
 */
public class KMeansImpl implements KMeans {

  public KMeansImpl() {}

  @Override
  public Result fit(double[][] X, double[][] initialCentroids, int maxIter) {
    int dims = checkedWidth(X);
    checkRows(initialCentroids, dims);
    int n = X.length;
    int k = initialCentroids.length;
    if (k > n) {
      throw new IllegalArgumentException("more clusters than points");
    }
    if (maxIter < 0) {
      throw new IllegalArgumentException("negative maxIter");
    }
    double[] pointNorms = new double[n];
    for (int i = 0; i < n; i++) {
      pointNorms[i] = dot(X[i], X[i]);
    }
    double[][] centers = new double[k][];
    for (int j = 0; j < k; j++) {
      centers[j] = initialCentroids[j].clone();
    }
    int[] assignment = nearest(centers, X, pointNorms);
    int done = 0;
    boolean stable = false;
    while (done < maxIter && !stable) {
      done++;
      centers = runningMeans(X, assignment, centers);
      int[] fresh = nearest(centers, X, pointNorms);
      stable = java.util.Arrays.equals(fresh, assignment);
      assignment = fresh;
    }
    double sse = 0;
    for (int i = 0; i < n; i++) {
      sse += squared(X[i], centers[assignment[i]]);
    }
    return new Result(centers, assignment, sse, done, stable);
  }

  @Override
  public int[] predict(double[][] centroids, double[][] X) {
    int dims = checkedWidth(X);
    checkRows(centroids, dims);
    double[] norms = new double[X.length];
    for (int i = 0; i < X.length; i++) {
      norms[i] = dot(X[i], X[i]);
    }
    return nearest(centroids, X, norms);
  }

  @Override
  public double inertia(double[][] X, double[][] centroids, int[] labels) {
    int dims = checkedWidth(X);
    checkRows(centroids, dims);
    if (labels.length != X.length) {
      throw new IllegalArgumentException("one label per point is required");
    }
    double sse = 0;
    for (int i = 0; i < X.length; i++) {
      int label = labels[i];
      if (label < 0 || label >= centroids.length) {
        throw new IllegalArgumentException("label " + label + " is not a centroid index");
      }
      sse += squared(X[i], centroids[label]);
    }
    return sse;
  }

  private static int[] nearest(double[][] centers, double[][] X, double[] pointNorms) {
    double[] centerNorms = new double[centers.length];
    for (int j = 0; j < centers.length; j++) {
      centerNorms[j] = dot(centers[j], centers[j]);
    }
    int[] out = new int[X.length];
    for (int i = 0; i < X.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      int arg = 0;
      for (int j = 0; j < centers.length; j++) {
        double dist = pointNorms[i] - 2 * dot(X[i], centers[j]) + centerNorms[j];
        if (dist < best) {
          best = dist;
          arg = j;
        }
      }
      out[i] = arg;
    }
    return out;
  }

  /**
   * Incremental means (m += (x − m)/count); a cluster that receives no point keeps its old center.
   */
  private static double[][] runningMeans(double[][] X, int[] assignment, double[][] old) {
    int k = old.length;
    int dims = old[0].length;
    double[][] means = new double[k][dims];
    int[] seen = new int[k];
    for (int i = 0; i < X.length; i++) {
      int j = assignment[i];
      seen[j]++;
      for (int c = 0; c < dims; c++) {
        means[j][c] += (X[i][c] - means[j][c]) / seen[j];
      }
    }
    for (int j = 0; j < k; j++) {
      if (seen[j] == 0) {
        means[j] = old[j].clone();
      }
    }
    return means;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      s += a[c] * b[c];
    }
    return s;
  }

  private static double squared(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      s += (a[c] - b[c]) * (a[c] - b[c]);
    }
    return s;
  }

  private static int checkedWidth(double[][] m) {
    if (m.length == 0 || m[0].length == 0) {
      throw new IllegalArgumentException("need at least one row and one column");
    }
    checkRows(m, m[0].length);
    return m[0].length;
  }

  private static void checkRows(double[][] m, int dims) {
    if (m.length == 0) {
      throw new IllegalArgumentException("need at least one row");
    }
    for (double[] row : m) {
      if (row.length != dims) {
        throw new IllegalArgumentException("rows must all have " + dims + " columns");
      }
      for (double v : row) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("non-finite coordinate");
        }
      }
    }
  }
}
