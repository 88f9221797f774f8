package challenge.drift;

import java.util.Arrays;

/**
 * Alternative: plain loops; bins counted by sorting the data and sweeping the edges; ECDFs
 * evaluated by upper-bound search at every pooled value; the small-λ theta form of the Kolmogorov
 * survival function.
 */
public class DriftMetricsImpl implements DriftMetrics {

  public DriftMetricsImpl() {}

  @Override
  public double[] quantileBinEdges(double[] reference, int bins) {
    double[] sorted = sortedCopy(reference, true);
    if (bins < 2) {
      throw new IllegalArgumentException("need at least two bins, got " + bins);
    }
    double[] out = new double[bins - 1];
    int size = 0;
    for (int i = 1; i < bins; i++) {
      double pos = (sorted.length - 1) * ((double) i / bins);
      int below = (int) Math.floor(pos);
      int above = Math.min(below + 1, sorted.length - 1);
      double w = pos - below;
      double q =
          w == 0 || sorted[below] == sorted[above]
              ? sorted[below]
              : sorted[below] * (1 - w) + sorted[above] * w;
      if (size > 0 && q <= out[size - 1]) {
        continue; // an equal quantile is a duplicate; quantiles never decrease with p
      }
      out[size++] = q;
    }
    return Arrays.copyOf(out, size);
  }

  @Override
  public long[] binCounts(double[] data, double[] edges) {
    double[] sorted = sortedCopy(data, false);
    requireFinite(edges);
    for (int j = 0; j + 1 < edges.length; j++) {
      if (edges[j] >= edges[j + 1]) {
        throw new IllegalArgumentException("edges are not strictly increasing");
      }
    }
    long[] counts = new long[edges.length + 1];
    int k = 0;
    for (int j = 0; j < edges.length; j++) {
      int start = k;
      while (k < sorted.length && sorted[k] <= edges[j]) {
        k++;
      }
      counts[j] = k - start;
    }
    counts[edges.length] = sorted.length - k;
    return counts;
  }

  @Override
  public double psi(double[] reference, double[] current, int bins, double epsilon) {
    if (!(epsilon > 0) || epsilon > 0.01) {
      throw new IllegalArgumentException("epsilon must be in (0, 0.01]");
    }
    sortedCopy(current, true);
    double[] edges = quantileBinEdges(reference, bins);
    long[] refCounts = binCounts(reference, edges);
    long[] curCounts = binCounts(current, edges);
    double total = 0;
    for (int j = 0; j < refCounts.length; j++) {
      double pr = Math.max(refCounts[j] / (double) reference.length, epsilon);
      double pc = Math.max(curCounts[j] / (double) current.length, epsilon);
      total += (pc - pr) * (Math.log(pc) - Math.log(pr));
    }
    return total;
  }

  @Override
  public KsResult ks(double[] reference, double[] current) {
    double[] a = sortedCopy(reference, true);
    double[] b = sortedCopy(current, true);
    double d = 0;
    for (double[] sample : new double[][] {a, b}) {
      for (double v : sample) {
        double fa = upperBound(a, v) / (double) a.length;
        double fb = upperBound(b, v) / (double) b.length;
        d = Math.max(d, Math.abs(fa - fb));
      }
    }
    double effective = (double) a.length * b.length / ((double) a.length + b.length);
    return new KsResult(d, kolmogorovSf(Math.sqrt(effective) * d));
  }

  /** Number of values ≤ v in ascending {@code sorted}. */
  private static int upperBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Q_KS(λ). For λ < 1 the equivalent Jacobi-theta form 1 − (√(2π)/λ) Σ exp(−(2k−1)²π²/(8λ²))
   * converges in a few terms; above it the alternating series of the statement does.
   */
  private static double kolmogorovSf(double lambda) {
    if (lambda < 0.18) {
      return 1.0;
    }
    if (lambda < 1) {
      double s = 0;
      for (int k = 1; k <= 20; k++) {
        double odd = 2 * k - 1;
        s += Math.exp(-odd * odd * Math.PI * Math.PI / (8 * lambda * lambda));
      }
      return 1 - Math.sqrt(2 * Math.PI) / lambda * s;
    }
    double s = 0;
    double sign = 1;
    for (int k = 1; k <= 100; k++) {
      double term = Math.exp(-2 * (double) k * k * lambda * lambda);
      s += sign * term;
      sign = -sign;
      if (term < 1e-16) {
        break;
      }
    }
    return Math.max(0, 2 * s);
  }

  private static void requireFinite(double[] values) {
    for (double v : values) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("values must be finite");
      }
    }
  }

  private static double[] sortedCopy(double[] values, boolean nonEmpty) {
    requireFinite(values);
    if (nonEmpty && values.length == 0) {
      throw new IllegalArgumentException("sample is empty");
    }
    double[] copy = Arrays.copyOf(values, values.length);
    Arrays.sort(copy);
    return copy;
  }
}
