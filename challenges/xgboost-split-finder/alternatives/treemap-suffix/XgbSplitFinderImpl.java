package challenge.xgb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Alternative: per feature, a TreeMap groups the rows by value; the candidates of a feature are
 * collected first with suffix sums (right child summed from the largest value down) and only then
 * compared.
 */
public class XgbSplitFinderImpl implements XgbSplitFinder {

  private record Candidate(
      int feature,
      double threshold,
      boolean missingLeft,
      double gL,
      double hL,
      double gR,
      double hR) {}

  public XgbSplitFinderImpl() {}

  @Override
  public GradPair squaredErrorGradients(double[] y, double[] pred) {
    Objects.requireNonNull(y);
    Objects.requireNonNull(pred);
    if (y.length != pred.length
        || DoubleStream.concat(DoubleStream.of(y), DoubleStream.of(pred))
            .anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException("y and pred must be finite and of equal length");
    }
    return new GradPair(
        IntStream.range(0, y.length).mapToDouble(i -> pred[i] - y[i]).toArray(),
        DoubleStream.generate(() -> 1.0).limit(y.length).toArray());
  }

  @Override
  public GradPair logisticGradients(int[] y, double[] margin) {
    Objects.requireNonNull(y);
    if (y.length != margin.length
        || IntStream.of(y).anyMatch(v -> v != 0 && v != 1)
        || DoubleStream.of(margin).anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException("labels must be 0/1 and margins finite, of equal length");
    }
    double[] p =
        DoubleStream.of(margin)
            .map(m -> m < 0 ? Math.exp(m) / (1 + Math.exp(m)) : 1 / (1 + Math.exp(-m)))
            .toArray();
    return new GradPair(
        IntStream.range(0, y.length).mapToDouble(i -> p[i] - y[i]).toArray(),
        DoubleStream.of(p).map(q -> q * (1 - q)).toArray());
  }

  @Override
  public double leafWeight(double sumG, double sumH, double lambda) {
    requireStats(sumG, sumH);
    requireParam(lambda);
    double den = sumH + lambda;
    return den == 0 ? 0 : -(sumG / den);
  }

  @Override
  public double splitGain(double gL, double hL, double gR, double hR, double lambda) {
    requireStats(gL, hL);
    requireStats(gR, hR);
    requireParam(lambda);
    return gainOf(gL, hL, gR, hR, lambda);
  }

  private static double gainOf(double gL, double hL, double gR, double hR, double lambda) {
    double left = hL + lambda == 0 ? 0 : Math.pow(gL, 2) / (hL + lambda);
    double right = hR + lambda == 0 ? 0 : Math.pow(gR, 2) / (hR + lambda);
    double g = gL + gR;
    double h = hL + hR + lambda;
    double parent = h == 0 ? 0 : g * g / h;
    return left - parent + right;
  }

  private static void requireStats(double g, double h) {
    if (!Double.isFinite(g) || !Double.isFinite(h) || h < 0) {
      throw new IllegalArgumentException(
          "gradient sums must be finite, hessian sums finite and >= 0");
    }
  }

  private static void requireParam(double v) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException("hyper-parameter must be finite and >= 0");
    }
  }

  @Override
  public Optional<Split> bestSplit(
      double[][] X, double[] g, double[] h, double lambda, double gamma, double minChildWeight) {
    Objects.requireNonNull(X);
    Objects.requireNonNull(g);
    Objects.requireNonNull(h);
    requireParam(lambda);
    requireParam(gamma);
    requireParam(minChildWeight);
    int n = X.length;
    if (n == 0 || g.length != n || h.length != n) {
      throw new IllegalArgumentException("X, g and h must have the same non-zero number of rows");
    }
    int d = Objects.requireNonNull(X[0]).length;
    for (int i = 0; i < n; i++) {
      if (Objects.requireNonNull(X[i]).length != d || d == 0) {
        throw new IllegalArgumentException("X must be rectangular with at least one column");
      }
      if (DoubleStream.of(X[i]).anyMatch(Double::isInfinite)) {
        throw new IllegalArgumentException("infinite value in X");
      }
      requireStats(g[i], h[i]);
    }

    Candidate best = null;
    double bestGain = 0;
    for (int f = 0; f < d; f++) {
      for (Candidate c : candidates(X, g, h, f)) {
        if (c.hL() < minChildWeight || c.hR() < minChildWeight) {
          continue;
        }
        double gain = gainOf(c.gL(), c.hL(), c.gR(), c.hR(), lambda);
        if (gain > gamma && (best == null || gain > bestGain)) {
          best = c;
          bestGain = gain;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Split(
            best.feature(),
            best.threshold(),
            best.missingLeft(),
            bestGain,
            leafWeight(best.gL(), best.hL(), lambda),
            leafWeight(best.gR(), best.hR(), lambda)));
  }

  /**
   * The candidates of one feature in evaluation order: thresholds ascending, missing right before
   * left.
   */
  private static List<Candidate> candidates(double[][] X, double[] g, double[] h, int f) {
    TreeMap<Double, double[]> byValue = new TreeMap<>();
    double missG = 0;
    double missH = 0;
    int missing = 0;
    for (int i = 0; i < X.length; i++) {
      double v = X[i][f];
      if (Double.isNaN(v)) {
        missG += g[i];
        missH += h[i];
        missing++;
      } else {
        double[] acc = byValue.computeIfAbsent(v == 0 ? 0.0 : v, k -> new double[2]);
        acc[0] += g[i];
        acc[1] += h[i];
      }
    }
    List<Map.Entry<Double, double[]>> groups = new ArrayList<>(byValue.entrySet());
    int m = groups.size();
    // suffix[j] = sums over the groups j..m-1
    double[] sufG = new double[m + 1];
    double[] sufH = new double[m + 1];
    for (int j = m - 1; j >= 0; j--) {
      sufG[j] = sufG[j + 1] + groups.get(j).getValue()[0];
      sufH[j] = sufH[j + 1] + groups.get(j).getValue()[1];
    }
    List<Candidate> out = new ArrayList<>();
    double preG = 0;
    double preH = 0;
    for (int j = 0; j + 1 < m; j++) {
      preG += groups.get(j).getValue()[0];
      preH += groups.get(j).getValue()[1];
      double lo = groups.get(j).getKey();
      double hi = groups.get(j + 1).getKey();
      double t = 0.5 * lo + 0.5 * hi;
      out.add(new Candidate(f, t, false, preG, preH, sufG[j + 1] + missG, sufH[j + 1] + missH));
      if (missing > 0) {
        out.add(new Candidate(f, t, true, preG + missG, preH + missH, sufG[j + 1], sufH[j + 1]));
      }
    }
    return out;
  }
}
