package challenge.xgb;

import java.util.Optional;

/**
 * The second-order split search of one XGBoost tree node ({@code tree_method=exact}): gradients and
 * hessians of two losses, the optimal leaf weight, the split gain, and the best split of a node
 * with a learned default direction for missing values.
 *
 * <p>This file is given: do not edit it. Implement {@link XgbSplitFinderImpl}; README.md states the
 * binding conventions (gain without the ½ factor, midpoint thresholds, {@code x < t} goes left, tie
 * rules).
 *
 * <p>No method modifies its arguments; every returned array is new.
 */
public interface XgbSplitFinder {

  /**
   * Gradients of the squared error {@code ½(pred − y)²} with respect to {@code pred}.
   *
   * @param y targets, finite; not modified
   * @param pred current predictions, finite, same length as {@code y} (both may be empty); not
   *     modified
   * @return new arrays {@code g_i = pred_i − y_i} and {@code h_i = 1}
   * @throws IllegalArgumentException if the lengths differ or a value is NaN or ±∞
   * @throws NullPointerException (or IllegalArgumentException) if an argument is {@code null}
   */
  GradPair squaredErrorGradients(double[] y, double[] pred);

  /**
   * Gradients of the logistic loss with respect to the margin (the raw score before the sigmoid).
   *
   * @param y labels in {@code {0, 1}}; not modified
   * @param margin current margins, finite, same length as {@code y} (both may be empty); not
   *     modified
   * @return new arrays {@code g_i = p_i − y_i} and {@code h_i = p_i(1 − p_i)} with {@code p_i =
   *     σ(margin_i)}, finite for every finite margin
   * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, or a margin is
   *     NaN or ±∞
   * @throws NullPointerException (or IllegalArgumentException) if an argument is {@code null}
   */
  GradPair logisticGradients(int[] y, double[] margin);

  /**
   * The optimal leaf weight {@code −G/(H + λ)}, or {@code 0} when {@code H + λ = 0}.
   *
   * @param sumG the sum of the gradients of the leaf's rows, finite
   * @param sumH the sum of their hessians, finite and {@code ≥ 0}
   * @param lambda the L2 regularisation {@code λ}, finite and {@code ≥ 0}
   * @return the weight
   * @throws IllegalArgumentException if an argument is NaN or ±∞, {@code sumH < 0} or {@code lambda
   *     < 0}
   */
  double leafWeight(double sumG, double sumH, double lambda);

  /**
   * The split gain as XGBoost reports it, without the ½ factor and without {@code γ}: {@code
   * G_L²/(H_L+λ) + G_R²/(H_R+λ) − (G_L+G_R)²/(H_L+H_R+λ)}, where a term whose denominator is {@code
   * 0} counts as {@code 0}.
   *
   * @param gL gradient sum of the left child, finite
   * @param hL hessian sum of the left child, finite and {@code ≥ 0}
   * @param gR gradient sum of the right child, finite
   * @param hR hessian sum of the right child, finite and {@code ≥ 0}
   * @param lambda the L2 regularisation {@code λ}, finite and {@code ≥ 0}
   * @return the gain (it may be negative when {@code λ > 0})
   * @throws IllegalArgumentException if an argument is NaN or ±∞, a hessian sum is negative or
   *     {@code lambda < 0}
   */
  double splitGain(double gL, double hL, double gR, double hR, double lambda);

  /**
   * The best admissible split of a node holding all rows of {@code X}; see README.md for the
   * candidate thresholds, the missing-value directions, admissibility and the tie rules.
   *
   * @param X {@code n × d} feature matrix, {@code n ≥ 1}, {@code d ≥ 1}, rectangular; {@code NaN}
   *     means missing, ±∞ is not allowed; not modified
   * @param g gradients, length {@code n}, finite; not modified
   * @param h hessians, length {@code n}, finite and {@code ≥ 0}; not modified
   * @param lambda the L2 regularisation {@code λ}, finite and {@code ≥ 0}
   * @param gamma the minimum gain {@code γ}, finite and {@code ≥ 0}; a split needs gain {@code > γ}
   * @param minChildWeight the minimum hessian sum of each child, finite and {@code ≥ 0}
   * @return the best split, or empty when no candidate is admissible
   * @throws IllegalArgumentException if a shape is wrong, {@code X} holds ±∞, a gradient or hessian
   *     is NaN or ±∞, a hessian is negative, or a hyper-parameter is negative, NaN or ±∞
   * @throws NullPointerException (or IllegalArgumentException) if an argument or a row of {@code X}
   *     is {@code null}
   */
  Optional<Split> bestSplit(
      double[][] X, double[] g, double[] h, double lambda, double gamma, double minChildWeight);

  /**
   * Per-row gradients and hessians.
   *
   * @param g first derivatives of the loss, one per row
   * @param h second derivatives of the loss, one per row
   */
  record GradPair(double[] g, double[] h) {}

  /**
   * One split of a node: rows with {@code X[i][feature] < threshold} go left, larger values go
   * right, and missing values ({@code NaN}) go left iff {@code missingGoesLeft}.
   *
   * @param feature the column index
   * @param threshold the midpoint between two consecutive distinct present values of the column
   * @param missingGoesLeft the learned default direction; {@code false} for a column with no
   *     missing value
   * @param gain the split gain as {@link #splitGain} computes it
   * @param leftWeight the leaf weight {@code −G_L/(H_L+λ)} of the left child, missing rows included
   *     if they go left
   * @param rightWeight the leaf weight {@code −G_R/(H_R+λ)} of the right child, missing rows
   *     included if they go right
   */
  record Split(
      int feature,
      double threshold,
      boolean missingGoesLeft,
      double gain,
      double leftWeight,
      double rightWeight) {}
}
