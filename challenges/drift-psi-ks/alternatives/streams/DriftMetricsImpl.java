package challenge.drift;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Alternative: stream-based, NumPy's two-sided lerp for the quantiles, {@code Arrays.binarySearch}
 * for the bins, and an exact integer form {@code |i·m − j·n| / (n·m)} of the KS gap.
 */
public class DriftMetricsImpl implements DriftMetrics {

  public DriftMetricsImpl() {}

  @Override
  public double[] quantileBinEdges(double[] reference, int bins) {
    checkSample(reference);
    if (bins < 2) {
      throw new IllegalArgumentException("bins < 2");
    }
    double[] sorted = DoubleStream.of(reference).sorted().toArray();
    int last = sorted.length - 1;
    return IntStream.range(1, bins)
        .mapToDouble(i -> lerpQuantile(sorted, (double) last * i / bins))
        .sorted()
        .distinct()
        .toArray();
  }

  /** NumPy's _lerp: a + t(b − a) below t = 0.5, b − (1 − t)(b − a) from 0.5 on. */
  private static double lerpQuantile(double[] sorted, double h) {
    int lo = (int) h;
    double t = h - lo;
    if (t == 0) {
      return sorted[lo];
    }
    double a = sorted[lo];
    double b = sorted[lo + 1];
    return t < 0.5 ? a + t * (b - a) : b - (1 - t) * (b - a);
  }

  @Override
  public long[] binCounts(double[] data, double[] edges) {
    checkValues(data);
    checkValues(edges);
    if (IntStream.range(1, edges.length).anyMatch(j -> !(edges[j - 1] < edges[j]))) {
      throw new IllegalArgumentException("edges must increase strictly");
    }
    long[] counts = new long[edges.length + 1];
    DoubleStream.of(data).mapToInt(v -> bin(edges, v)).forEach(j -> counts[j]++);
    return counts;
  }

  private static int bin(double[] edges, double v) {
    int found = Arrays.binarySearch(edges, v);
    return found >= 0 ? found : -found - 1;
  }

  @Override
  public double psi(double[] reference, double[] current, int bins, double epsilon) {
    checkSample(current);
    if (Double.isNaN(epsilon) || epsilon <= 0 || epsilon > 0.01) {
      throw new IllegalArgumentException("epsilon not in (0, 0.01]");
    }
    double[] edges = quantileBinEdges(reference, bins);
    long[] ref = binCounts(reference, edges);
    long[] cur = binCounts(current, edges);
    return IntStream.range(0, ref.length)
        .mapToDouble(
            j -> {
              double r = Math.max(ref[j] / (double) reference.length, epsilon);
              double c = Math.max(cur[j] / (double) current.length, epsilon);
              return (c - r) * Math.log(c / r);
            })
        .sum();
  }

  @Override
  public KsResult ks(double[] reference, double[] current) {
    checkSample(reference);
    checkSample(current);
    double[] a = DoubleStream.of(reference).sorted().toArray();
    double[] b = DoubleStream.of(current).sorted().toArray();
    long n = a.length;
    long m = b.length;
    long widest = 0;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      double v = a[i] <= b[j] ? a[i] : b[j];
      while (i < n && a[i] == v) {
        i++;
      }
      while (j < m && b[j] == v) {
        j++;
      }
      widest = Math.max(widest, Math.abs(i * m - j * n));
    }
    double d = widest / ((double) n * m);
    double lambda = d * Math.sqrt((double) n * m / (double) (n + m));
    return new KsResult(d, survival(lambda));
  }

  private static double survival(double lambda) {
    if (lambda < 0.18) {
      return 1.0;
    }
    double twoLambdaSq = 2 * lambda * lambda;
    double sum =
        IntStream.rangeClosed(1, 100)
            .mapToDouble(k -> (k % 2 == 1 ? 1 : -1) * Math.exp(-twoLambdaSq * k * k))
            .takeWhile(term -> Math.abs(term) >= 1e-16)
            .sum();
    return Math.max(0, Math.min(1, 2 * sum));
  }

  private static void checkSample(double[] x) {
    checkValues(x);
    if (x.length == 0) {
      throw new IllegalArgumentException("empty sample");
    }
  }

  private static void checkValues(double[] x) {
    if (DoubleStream.of(x).anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException("non-finite value");
    }
  }
}
