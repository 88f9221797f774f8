package challenge.shap;

import java.util.function.ToDoubleFunction;

/**
 * Exact interventional Shapley values of a black-box model, by enumerating every coalition of
 * features.
 *
 * <p>This file is given: do not edit it. Implement {@link ShapleyExplainerImpl}.
 *
 * <p>Notation: {@code d = x.length} features, a background set {@code B} of {@code |B|} rows of
 * length {@code d}, and the value function {@code v(S) = (1/|B|) Σ_{b∈B} f(z)} where {@code z_j =
 * x_j} for {@code j ∈ S} and {@code z_j = b_j} otherwise.
 */
public interface ShapleyExplainer {

  /**
   * The base value {@code (1/|B|) Σ_{b∈B} f(b)}, the model's mean prediction on the background.
   *
   * @param model the model; it may modify the array it is given, so every call gets a fresh copy
   * @param background at least one row, all of the same length {@code d ≥ 1}, finite values; not
   *     modified
   * @return the mean model output over the background rows
   * @throws IllegalArgumentException if the background is empty, ragged, has zero-length rows or a
   *     non-finite value
   */
  double baseValue(ToDoubleFunction<double[]> model, double[][] background);

  /**
   * The exact Shapley values {@code φ_i = Σ_{S⊆F∖{i}} |S|!(d−|S|−1)!/d! · (v(S∪{i}) − v(S))}.
   *
   * @param model the model; it may modify the array it is given, so every call gets a fresh array
   * @param x the instance to explain, {@code 1 ≤ d ≤ 16} finite values; not modified
   * @param background at least one row of length {@code d}, finite values; not modified
   * @return a new array of length {@code d}; it sums to {@code f(x) − baseValue(model, background)}
   * @throws IllegalArgumentException if {@code d} is outside {@code [1, 16]}, the background is
   *     empty, a row has the wrong length, or any value is NaN or infinite
   */
  double[] exactShapley(ToDoubleFunction<double[]> model, double[] x, double[][] background);
}
