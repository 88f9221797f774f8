package challenge.threshold;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.LongBinaryOperator;

/**
 * Alternative: no sweep state at all. All scores and the positives' scores are sorted once; the
 * counts at a candidate t are then read off by binary search ("how many scores are ≥ t").
 * Candidates are visited from the smallest distinct score upwards and +∞ last, and a candidate
 * replaces the incumbent on ties too, so the largest tied threshold wins. F_β is computed from
 * counts: (1+β²)·TP / (TP + β²·(TP+FN) + FP).
 */
public class ThresholdOptimizerImpl implements ThresholdOptimizer {

  public ThresholdOptimizerImpl() {}

  @Override
  public Confusion confusionAt(int[] y, double[] scores, double threshold) {
    validate(y, scores);
    if (threshold != threshold) {
      throw new IllegalArgumentException("threshold must not be NaN");
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (int i = 0; i < y.length; i++) {
      boolean predicted = scores[i] >= threshold;
      if (y[i] == 1) {
        if (predicted) {
          tp++;
        } else {
          fn++;
        }
      } else if (predicted) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, tn, fn);
  }

  @Override
  public Choice maxFBeta(int[] y, double[] scores, double beta) {
    Counts counts = Counts.of(y, scores);
    if (!(beta > 0 && beta < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("beta must be positive and finite");
    }
    double b2 = beta * beta;
    long p = counts.positives();
    return counts.optimise(
        (tp, fp) -> Double.doubleToRawLongBits(tp == 0 ? 0.0 : (1 + b2) * tp / (tp + b2 * p + fp)),
        1);
  }

  @Override
  public Choice minExpectedCost(int[] y, double[] scores, double costFP, double costFN) {
    Counts counts = Counts.of(y, scores);
    if (!(costFP >= 0
        && costFP < Double.POSITIVE_INFINITY
        && costFN >= 0
        && costFN < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("costs must be finite and non-negative");
    }
    long p = counts.positives();
    return counts.optimise(
        (tp, fp) -> Double.doubleToRawLongBits(costFN * (p - tp) + costFP * fp), -1);
  }

  @Override
  public OptionalDouble maxPrecisionAtRecall(int[] y, double[] scores, double minRecall) {
    Counts counts = Counts.of(y, scores);
    if (!(minRecall > 0 && minRecall <= 1)) {
      throw new IllegalArgumentException("minRecall must be in (0, 1]");
    }
    long p = counts.positives();
    Choice best =
        counts.optimise(
            (tp, fp) ->
                Double.doubleToRawLongBits(
                    (double) tp / p >= minRecall
                        ? (double) tp / (tp + fp)
                        : Double.NEGATIVE_INFINITY),
            1);
    return best.value() > Double.NEGATIVE_INFINITY
        ? OptionalDouble.of(best.threshold())
        : OptionalDouble.empty();
  }

  private static void validate(int[] y, double[] scores) {
    if (y.length != scores.length) {
      throw new IllegalArgumentException("y and scores differ in length");
    }
    for (int label : y) {
      if ((label & ~1) != 0) {
        throw new IllegalArgumentException("labels must be 0 or 1");
      }
    }
    for (double s : scores) {
      if (!(Math.abs(s) <= Double.MAX_VALUE)) {
        throw new IllegalArgumentException("scores must be finite");
      }
    }
  }

  /** Sorted copies of all scores and of the positives' scores. */
  private static final class Counts {
    private final double[] all;
    private final double[] positive;

    private Counts(double[] all, double[] positive) {
      this.all = all;
      this.positive = positive;
    }

    static Counts of(int[] y, double[] scores) {
      validate(y, scores);
      double[] all = scores.clone();
      double[] positive = new double[Arrays.stream(y).sum()];
      if (positive.length == 0) {
        throw new IllegalArgumentException("need at least one positive label");
      }
      for (int i = 0, k = 0; i < y.length; i++) {
        if (y[i] == 1) {
          positive[k++] = scores[i];
        }
      }
      Arrays.sort(all);
      Arrays.sort(positive);
      return new Counts(all, positive);
    }

    long positives() {
      return positive.length;
    }

    /** Number of elements of the ascending array {@code a} that are {@code >= t}. */
    private static int atLeast(double[] a, double t) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < t) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return a.length - lo;
    }

    /**
     * Scans candidates upwards; {@code objective} returns the raw bits of a double, {@code sign} is
     * +1 to maximise and −1 to minimise. Ties replace the incumbent, so the largest tied candidate
     * survives.
     */
    Choice optimise(LongBinaryOperator objective, int sign) {
      double bestT = Double.NaN;
      double bestV = Double.NaN;
      long bestTp = 0;
      long bestFp = 0;
      int k = 0;
      while (k <= all.length) {
        double t = k < all.length ? all[k] : Double.POSITIVE_INFINITY;
        long tp = atLeast(positive, t);
        long fp = atLeast(all, t) - tp;
        double v = Double.longBitsToDouble(objective.applyAsLong(tp, fp));
        if (Double.isNaN(bestV) || sign * v >= sign * bestV) {
          bestT = t;
          bestV = v;
          bestTp = tp;
          bestFp = fp;
        }
        // skip to the next distinct value (or past the end, to +∞)
        int next = k + 1;
        while (next < all.length && all[next] == t) {
          next++;
        }
        k = next;
      }
      long negatives = all.length - positive.length;
      return new Choice(
          bestT,
          bestV,
          new Confusion(bestTp, bestFp, negatives - bestFp, positive.length - bestTp));
    }
  }
}
