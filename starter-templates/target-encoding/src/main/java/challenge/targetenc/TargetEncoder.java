package challenge.targetenc;

import java.util.Map;

/**
 * Smoothed target (mean) encoding of one categorical feature, with an out-of-fold mode that keeps a
 * row's own target out of its encoding.
 *
 * <p>This file is given: do not edit it. Implement {@link TargetEncoderImpl}.
 */
public interface TargetEncoder {

  /**
   * Learns {@code prior = mean(y)} and, for every distinct category {@code c}, {@code enc(c) =
   * (Σ_{i: c_i = c} y_i + m·prior) / (n_c + m)}.
   *
   * @param categories one category per row, none null (compared with {@link String#equals}); not
   *     modified
   * @param y one finite target per row, same length, at least one row; not modified
   * @param smoothing the smoothing strength {@code m}, finite and {@code ≥ 0} ({@code m = 0}: plain
   *     category means)
   * @return the encoding of every distinct category seen, and the prior
   * @throws IllegalArgumentException on a null category, mismatched lengths, no rows, a non-finite
   *     target or an invalid smoothing
   */
  Model fit(String[] categories, double[] y, double smoothing);

  /**
   * Encodes categories with a fitted model: a category present in {@code model.encoding()} gets its
   * value; an unseen or {@code null} category gets {@code model.prior()}.
   *
   * @param model any model, including one built by hand; not modified
   * @param categories the categories to encode (may contain nulls, may be empty); not modified
   * @return a new array with one value per category
   */
  double[] transform(Model model, String[] categories);

  /**
   * Out-of-fold encoding: for each distinct fold value {@code f}, fits on the rows with {@code
   * foldOf[i] ≠ f} (prior included) and encodes the rows with {@code foldOf[i] = f} with that fit.
   *
   * @param categories one category per row, none null; not modified
   * @param y one finite target per row; not modified
   * @param smoothing the smoothing strength {@code m}, finite and {@code ≥ 0}
   * @param foldOf the fold id of every row, any int values; not modified
   * @return a new array with the out-of-fold encoding of every row
   * @throws IllegalArgumentException as {@link #fit}, on mismatched lengths, and when some fold has
   *     no training rows (fewer than two distinct fold ids)
   */
  double[] fitTransformOutOfFold(String[] categories, double[] y, double smoothing, int[] foldOf);

  /**
   * A fitted encoder.
   *
   * @param encoding the encoded value of every category seen in training
   * @param prior the mean target of the training rows, used for unseen and null categories
   */
  record Model(Map<String, Double> encoding, double prior) {}
}
