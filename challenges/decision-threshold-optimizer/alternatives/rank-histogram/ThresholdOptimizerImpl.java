package challenge.threshold;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Alternative: a histogram over distinct scores. The distinct scores are sorted once, every sample
 * is ranked among them by binary search, and the positives and negatives per rank are counted;
 * candidates are then visited from the top rank down. The cost is kept as a running total, F_β uses
 * the weighted harmonic-mean form, and the best candidate is kept as a small mutable object.
 */
public class ThresholdOptimizerImpl implements ThresholdOptimizer {

  public ThresholdOptimizerImpl() {}

  @Override
  public Confusion confusionAt(int[] y, double[] scores, double threshold) {
    check(y, scores, false);
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("NaN threshold");
    }
    long tp = IntStream.range(0, y.length).filter(i -> y[i] == 1 && scores[i] >= threshold).count();
    long fp = IntStream.range(0, y.length).filter(i -> y[i] == 0 && scores[i] >= threshold).count();
    long pos = IntStream.of(y).filter(v -> v == 1).count();
    long neg = y.length - pos;
    return new Confusion(tp, fp, neg - fp, pos - tp);
  }

  @Override
  public Choice maxFBeta(int[] y, double[] scores, double beta) {
    check(y, scores, true);
    if (Double.isNaN(beta) || Double.isInfinite(beta) || beta <= 0) {
      throw new IllegalArgumentException("beta");
    }
    double b2 = beta * beta;
    Best best = new Best(true);
    walk(
        y,
        scores,
        (t, tp, fp, pos, neg) -> {
          double f = 0;
          if (tp > 0) {
            double precision = tp / (double) (tp + fp);
            double recall = tp / (double) pos;
            f = 1 / ((1 / (1 + b2)) / precision + (b2 / (1 + b2)) / recall);
          }
          best.offer(t, f, tp, fp, pos, neg);
        });
    return best.toChoice();
  }

  @Override
  public Choice minExpectedCost(int[] y, double[] scores, double costFP, double costFN) {
    check(y, scores, true);
    if (!Double.isFinite(costFP) || !Double.isFinite(costFN) || costFP < 0 || costFN < 0) {
      throw new IllegalArgumentException("costs");
    }
    Best best = new Best(false);
    double[] running = {Double.NaN};
    long[] last = {0, 0};
    walk(
        y,
        scores,
        (t, tp, fp, pos, neg) -> {
          if (Double.isNaN(running[0])) {
            running[0] = costFN * pos; // predicting nothing: every positive is missed
          }
          running[0] += costFP * (fp - last[1]) - costFN * (tp - last[0]);
          last[0] = tp;
          last[1] = fp;
          best.offer(t, running[0], tp, fp, pos, neg);
        });
    return best.toChoice();
  }

  @Override
  public OptionalDouble maxPrecisionAtRecall(int[] y, double[] scores, double minRecall) {
    check(y, scores, true);
    if (Double.isNaN(minRecall) || minRecall <= 0 || minRecall > 1) {
      throw new IllegalArgumentException("minRecall");
    }
    Best best = new Best(true);
    walk(
        y,
        scores,
        (t, tp, fp, pos, neg) -> {
          double recall = tp / (double) pos;
          if (recall >= minRecall) {
            best.offer(t, tp + fp == 0 ? 0 : tp / (double) (tp + fp), tp, fp, pos, neg);
          }
        });
    return best.found ? OptionalDouble.of(best.threshold) : OptionalDouble.empty();
  }

  /** Receives every candidate, from +∞ downwards, with the counts of the scores at or above it. */
  private interface Visitor {
    void visit(double threshold, long tp, long fp, long positives, long negatives);
  }

  private static void walk(int[] y, double[] scores, Visitor visitor) {
    // rank every sample among the distinct scores, then histogram positives and negatives per rank
    double[] distinct = DoubleStream.of(scores).sorted().toArray();
    int m = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (m == 0 || distinct[i] != distinct[m - 1]) {
        distinct[m++] = distinct[i];
      }
    }
    long[] posAt = new long[m];
    long[] negAt = new long[m];
    for (int i = 0; i < y.length; i++) {
      int rank = rankOf(distinct, m, scores[i]);
      if (y[i] == 1) {
        posAt[rank]++;
      } else {
        negAt[rank]++;
      }
    }
    long pos = LongStream.of(posAt).sum();
    long neg = y.length - pos;
    visitor.visit(Double.POSITIVE_INFINITY, 0, 0, pos, neg);
    long tp = 0;
    long fp = 0;
    for (int r = m - 1; r >= 0; r--) {
      tp += posAt[r];
      fp += negAt[r];
      visitor.visit(distinct[r], tp, fp, pos, neg);
    }
  }

  /** The index of {@code v} among the first {@code m} (ascending, distinct) values. */
  private static int rankOf(double[] distinct, int m, double v) {
    int lo = 0;
    int hi = m - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The incumbent; a candidate replaces it only when strictly better, so the earliest (largest) tie
   * stays.
   */
  private static final class Best {
    final boolean maximise;
    boolean found;
    double threshold;
    double value;
    long tp;
    long fp;
    long pos;
    long neg;

    Best(boolean maximise) {
      this.maximise = maximise;
    }

    void offer(double t, double v, long tp, long fp, long pos, long neg) {
      if (!found || (maximise ? v > value : v < value)) {
        found = true;
        threshold = t;
        value = v;
        this.tp = tp;
        this.fp = fp;
        this.pos = pos;
        this.neg = neg;
      }
    }

    Choice toChoice() {
      return new Choice(threshold, value, new Confusion(tp, fp, neg - fp, pos - tp));
    }
  }

  private static void check(int[] y, double[] scores, boolean needPositive) {
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(scores, "scores");
    if (y.length != scores.length) {
      throw new IllegalArgumentException("length mismatch");
    }
    boolean anyPositive = false;
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1");
      }
      if (Double.isNaN(scores[i]) || Double.isInfinite(scores[i])) {
        throw new IllegalArgumentException("scores must be finite");
      }
      anyPositive |= y[i] == 1;
    }
    if (needPositive && !anyPositive) {
      throw new IllegalArgumentException("no positive label");
    }
  }
}
