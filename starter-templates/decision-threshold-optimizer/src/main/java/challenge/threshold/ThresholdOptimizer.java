package challenge.threshold;

import java.util.OptionalDouble;

/**
 * Chooses the decision threshold of a binary scorer: predict 1 iff {@code score >= threshold}.
 *
 * <p>This file is given: do not edit it. Implement {@link ThresholdOptimizerImpl}. README.md states
 * the binding conventions. The candidate thresholds of every optimisation are the distinct values
 * of {@code scores} plus {@code +∞} (which predicts nothing positive); ties go to the largest
 * threshold.
 */
public interface ThresholdOptimizer {

  /**
   * The confusion counts when predicting 1 iff {@code scores[i] >= threshold}.
   *
   * @param y labels in {0, 1}, same length as {@code scores}; not modified
   * @param scores finite scores; not modified
   * @param threshold any value but NaN ({@code +∞} predicts nothing, {@code −∞} everything)
   * @return the counts; {@code tp + fp + tn + fn == y.length}
   * @throws IllegalArgumentException on a label outside {0, 1}, different lengths, a NaN or
   *     infinite score, or a NaN threshold
   */
  Confusion confusionAt(int[] y, double[] scores, double threshold);

  /**
   * The candidate threshold with the largest {@code F_β = (1+β²)·P·R / (β²·P + R)} (0 when {@code P
   * + R = 0}).
   *
   * @param y labels in {0, 1} with at least one 1; not modified
   * @param scores finite scores, same length; not modified
   * @param beta the weight of recall, finite and {@code > 0}
   * @return the chosen threshold, its {@code F_β} and its confusion counts
   * @throws IllegalArgumentException on invalid labels or scores, or {@code beta} not finite and
   *     positive
   */
  Choice maxFBeta(int[] y, double[] scores, double beta);

  /**
   * The candidate threshold with the smallest total cost {@code costFP·FP + costFN·FN}.
   *
   * @param y labels in {0, 1} with at least one 1; not modified
   * @param scores finite scores, same length; not modified
   * @param costFP the cost of one false positive, finite and {@code >= 0}
   * @param costFN the cost of one false negative, finite and {@code >= 0}
   * @return the chosen threshold, its total cost and its confusion counts
   * @throws IllegalArgumentException on invalid labels or scores, or a cost that is negative, NaN
   *     or infinite
   */
  Choice minExpectedCost(int[] y, double[] scores, double costFP, double costFN);

  /**
   * The threshold with the highest precision among the candidates whose recall is at least {@code
   * minRecall}.
   *
   * @param y labels in {0, 1} with at least one 1; not modified
   * @param scores finite scores, same length; not modified
   * @param minRecall the recall floor, in {@code (0, 1]}
   * @return the chosen threshold (not the precision), or empty when no candidate reaches the floor
   * @throws IllegalArgumentException on invalid labels or scores, or {@code minRecall} outside
   *     {@code (0, 1]}
   */
  OptionalDouble maxPrecisionAtRecall(int[] y, double[] scores, double minRecall);

  /** Confusion counts at one threshold. */
  record Confusion(long tp, long fp, long tn, long fn) {}

  /**
   * The result of an optimisation.
   *
   * @param threshold the chosen candidate threshold (a value of {@code scores}, or {@code +∞})
   * @param value the objective at that threshold: {@code F_β} for {@link #maxFBeta}, the total cost
   *     for {@link #minExpectedCost}
   * @param confusion the confusion counts at that threshold
   */
  record Choice(double threshold, double value, Confusion confusion) {}
}
