package challenge.drift;

import java.util.Arrays;

/** Reference solution: PSI over reference quantile bins and the asymptotic two-sample KS test. */
public class DriftMetricsImpl implements DriftMetrics {

  /**
   * Below this λ the Kolmogorov series converges too slowly to sum; Q_KS is 1 to double precision.
   */
  private static final double SMALL_LAMBDA = 0.18;

  private static final double TERM_CUTOFF = 1e-16;
  private static final int MAX_TERMS = 100;

  public DriftMetricsImpl() {}

  @Override
  public double[] quantileBinEdges(double[] reference, int bins) {
    requireSample(reference, "reference");
    requireBins(bins);
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    return edgesOfSorted(sorted, bins);
  }

  @Override
  public long[] binCounts(double[] data, double[] edges) {
    requireFinite(data, "data");
    requireEdges(edges);
    long[] counts = new long[edges.length + 1];
    for (double x : data) {
      counts[binOf(x, edges)]++;
    }
    return counts;
  }

  @Override
  public double psi(double[] reference, double[] current, int bins, double epsilon) {
    requireSample(reference, "reference");
    requireSample(current, "current");
    requireBins(bins);
    if (!(epsilon > 0 && epsilon <= 0.01)) {
      throw new IllegalArgumentException("epsilon must lie in (0, 0.01]: " + epsilon);
    }
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    double[] edges = edgesOfSorted(sorted, bins);
    long[] refCounts = binCounts(reference, edges);
    long[] curCounts = binCounts(current, edges);
    double psi = 0;
    for (int j = 0; j < refCounts.length; j++) {
      double r = Math.max((double) refCounts[j] / reference.length, epsilon);
      double c = Math.max((double) curCounts[j] / current.length, epsilon);
      psi += (c - r) * Math.log(c / r);
    }
    return psi;
  }

  @Override
  public KsResult ks(double[] reference, double[] current) {
    requireSample(reference, "reference");
    requireSample(current, "current");
    double[] a = reference.clone();
    double[] b = current.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    double d = supDistance(a, b);
    double n = a.length;
    double m = b.length;
    double lambda = Math.sqrt(n * m / (n + m)) * d;
    return new KsResult(d, kolmogorovSurvival(lambda));
  }

  /** sup |F_a − F_b|, evaluated after each complete group of equal values of the pooled sample. */
  private static double supDistance(double[] a, double[] b) {
    int i = 0;
    int j = 0;
    double d = 0;
    while (i < a.length && j < b.length) {
      double x = Math.min(a[i], b[j]);
      while (i < a.length && a[i] == x) {
        i++;
      }
      while (j < b.length && b[j] == x) {
        j++;
      }
      d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
    }
    return d;
  }

  /**
   * Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} exp(−2k²λ²), the survival function of the Kolmogorov
   * distribution.
   */
  private static double kolmogorovSurvival(double lambda) {
    if (lambda < SMALL_LAMBDA) {
      return 1.0;
    }
    double sum = 0;
    for (int k = 1; k <= MAX_TERMS; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += (k % 2 == 1) ? term : -term;
      if (term < TERM_CUTOFF) {
        break;
      }
    }
    return Math.min(1.0, Math.max(0.0, 2 * sum));
  }

  private static double[] edgesOfSorted(double[] sorted, int bins) {
    double[] quantiles = new double[bins - 1];
    for (int i = 1; i < bins; i++) {
      quantiles[i - 1] = type7(sorted, (double) i / bins);
    }
    Arrays.sort(quantiles);
    int kept = 0;
    for (double q : quantiles) {
      if (kept == 0 || q != quantiles[kept - 1]) {
        quantiles[kept++] = q;
      }
    }
    return Arrays.copyOf(quantiles, kept);
  }

  /**
   * NumPy's default ("linear") quantile of ascending values: h = (n−1)p, interpolated between
   * neighbours.
   */
  private static double type7(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = (int) Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The index of the first edge ≥ x, i.e. the right-closed bin of x; edges.length if x is above
   * them all.
   */
  private static int binOf(double x, double[] edges) {
    int lo = 0;
    int hi = edges.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void requireSample(double[] values, String name) {
    requireFinite(values, name);
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " is empty");
    }
  }

  private static void requireFinite(double[] values, String name) {
    if (values == null) {
      throw new NullPointerException(name + " is null");
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(name + " holds a non-finite value: " + v);
      }
    }
  }

  private static void requireEdges(double[] edges) {
    requireFinite(edges, "edges");
    for (int j = 1; j < edges.length; j++) {
      if (!(edges[j - 1] < edges[j])) {
        throw new IllegalArgumentException("edges must be strictly increasing at index " + j);
      }
    }
  }

  private static void requireBins(int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be at least 2: " + bins);
    }
  }
}
