package challenge.threshold;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Reference threshold optimiser: the scores of positives and of negatives are sorted separately
 * (two primitive sorts), then one merge-like sweep from {@code +∞} down through the distinct scores
 * visits every candidate threshold with its counts, in O(n log n). A later (smaller) candidate
 * replaces the best one only when it is strictly better, so ties go to the largest threshold.
 */
public class ThresholdOptimizerImpl implements ThresholdOptimizer {

  public ThresholdOptimizerImpl() {}

  @Override
  public Confusion confusionAt(int[] y, double[] scores, double threshold) {
    requireSamples(y, scores);
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold is NaN");
    }
    long tp = 0;
    long fp = 0;
    long positives = 0;
    for (int i = 0; i < y.length; i++) {
      positives += y[i];
      if (scores[i] > threshold) {
        tp += y[i];
        fp += 1 - y[i];
      }
    }
    return new Confusion(tp, fp, y.length - positives - fp, positives - tp);
  }

  @Override
  public Choice maxFBeta(int[] y, double[] scores, double beta) {
    Sweep sweep = Sweep.of(y, scores);
    if (!(beta > 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be finite and > 0: " + beta);
    }
    double b2 = beta * beta;
    long positives = sweep.positives();
    return sweep.best(
        (tp, fp) -> {
          double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
          double recall = (double) tp / positives;
          return precision + recall == 0
              ? 0
              : (1 + b2) * precision * recall / (b2 * precision + recall);
        },
        false);
  }

  @Override
  public Choice minExpectedCost(int[] y, double[] scores, double costFP, double costFN) {
    Sweep sweep = Sweep.of(y, scores);
    requireCost(costFP, "costFP");
    requireCost(costFN, "costFN");
    long positives = sweep.positives();
    return sweep.best((tp, fp) -> costFP * fp + costFN * (positives - tp), true);
  }

  @Override
  public OptionalDouble maxPrecisionAtRecall(int[] y, double[] scores, double minRecall) {
    Sweep sweep = Sweep.of(y, scores);
    if (!(minRecall > 0 && minRecall <= 1)) {
      throw new IllegalArgumentException("minRecall must be in (0, 1]: " + minRecall);
    }
    long positives = sweep.positives();
    Choice choice =
        sweep.best(
            (tp, fp) -> {
              double recall = (double) tp / positives;
              if (!(recall >= minRecall)) {
                return Double.NEGATIVE_INFINITY;
              }
              return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            },
            false);
    return choice.value() == Double.NEGATIVE_INFINITY
        ? OptionalDouble.empty()
        : OptionalDouble.of(choice.threshold());
  }

  private static void requireCost(double cost, String name) {
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0: " + cost);
    }
  }

  private static void requireSamples(int[] y, double[] scores) {
    if (y.length != scores.length) {
      throw new IllegalArgumentException(y.length + " labels but " + scores.length + " scores");
    }
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("label " + i + " is not 0 or 1: " + y[i]);
      }
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is not finite: " + scores[i]);
      }
    }
  }

  /** An objective evaluated from the counts at one candidate threshold. */
  private interface Objective {
    double at(long tp, long fp);
  }

  /** The sorted scores of the positive and of the negative samples. */
  private record Sweep(double[] positiveScores, double[] negativeScores) {

    static Sweep of(int[] y, double[] scores) {
      requireSamples(y, scores);
      int positives = 0;
      for (int label : y) {
        positives += label;
      }
      if (positives == 0) {
        throw new IllegalArgumentException("at least one positive label is required");
      }
      double[] pos = new double[positives];
      double[] neg = new double[y.length - positives];
      int p = 0;
      int n = 0;
      for (int i = 0; i < y.length; i++) {
        if (y[i] == 1) {
          pos[p++] = scores[i];
        } else {
          neg[n++] = scores[i];
        }
      }
      Arrays.sort(pos);
      Arrays.sort(neg);
      return new Sweep(pos, neg);
    }

    long positives() {
      return positiveScores.length;
    }

    /**
     * The best candidate from {@code +∞} downwards; only a strictly better value replaces the
     * incumbent.
     */
    Choice best(Objective objective, boolean minimise) {
      double bestThreshold = Double.POSITIVE_INFINITY;
      double bestValue = objective.at(0, 0);
      long bestTp = 0;
      long bestFp = 0;
      int i = positiveScores.length - 1;
      int j = negativeScores.length - 1;
      long tp = 0;
      long fp = 0;
      while (i >= 0 || j >= 0) {
        double t =
            i < 0
                ? negativeScores[j]
                : j < 0 ? positiveScores[i] : Math.max(positiveScores[i], negativeScores[j]);
        double value = objective.at(tp, fp); // counts of the scores strictly above t
        if (minimise ? value < bestValue : value > bestValue) {
          bestThreshold = t;
          bestValue = value;
          bestTp = tp;
          bestFp = fp;
        }
        for (; i >= 0 && positiveScores[i] >= t; i--) {
          tp++;
        }
        for (; j >= 0 && negativeScores[j] >= t; j--) {
          fp++;
        }
      }
      long negatives = negativeScores.length;
      return new Choice(
          bestThreshold,
          bestValue,
          new Confusion(bestTp, bestFp, negatives - bestFp, positives() - bestTp));
    }
  }
}
