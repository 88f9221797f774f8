package challenge.attention;

/**
 * Scaled dot-product attention with an optional mask, and multi-head self-attention built on it.
 *
 * <p>This file is given: do not edit it. Implement {@link AttentionImpl}; README.md states the
 * binding conventions (scaling by √d_k, stable row-wise softmax, exact zeros for masked keys,
 * contiguous heads).
 *
 * <p>Matrices are row-major {@code double[rows][cols]} and must be rectangular. No method modifies
 * its arguments; every returned array (outer and rows) is new.
 */
public interface Attention {

  /**
   * {@code softmax(QKᵀ/√d_k) V}, row by row, where {@code d_k} is the number of columns of {@code
   * Q}.
   *
   * <p>mask may be null; mask[i][j] == true ⇒ query i may attend key j.
   *
   * @param Q queries, {@code n_q × d_k} with {@code n_q ≥ 1}, {@code d_k ≥ 1}, finite; not modified
   * @param K keys, {@code n_k × d_k} with {@code n_k ≥ 1}, finite; not modified
   * @param V values, {@code n_k × d_v} with {@code d_v ≥ 1}, finite; not modified
   * @param mask {@code null} (every key allowed) or {@code n_q × n_k}; every row allows at least
   *     one key; not modified
   * @return the {@code n_q × d_v} output and the {@code n_q × n_k} attention weights (each row sums
   *     to 1, masked-out weights are exactly {@code 0.0})
   * @throws IllegalArgumentException if a shape is wrong or ragged, a dimension is 0, a value is
   *     NaN or ±∞, or a mask row allows no key
   * @throws NullPointerException (or IllegalArgumentException) if {@code Q}, {@code K}, {@code V}
   *     or a row (of them or of a non-null mask) is {@code null}
   */
  Result scaledDotProduct(double[][] Q, double[][] K, double[][] V, boolean[][] mask);

  /**
   * Multi-head self-attention: {@code Q = X·Wq}, {@code K = X·Wk}, {@code V = X·Wv}; head {@code h}
   * attends with the contiguous columns {@code [h·d_h, (h+1)·d_h)} of each and scales by {@code
   * √d_h}, where {@code d_h = d_model / numHeads}; the head outputs are concatenated in order and
   * multiplied by {@code Wo}.
   *
   * @param X the sequence, {@code n × d_model} with {@code n ≥ 1}, {@code d_model ≥ 1}, finite; not
   *     modified
   * @param Wq query projection, {@code d_model × d_model}, finite; not modified
   * @param Wk key projection, {@code d_model × d_model}, finite; not modified
   * @param Wv value projection, {@code d_model × d_model}, finite; not modified
   * @param Wo output projection, {@code d_model × d_model}, finite; not modified
   * @param numHeads the number of heads, {@code ≥ 1}, dividing {@code d_model}
   * @param causal if true, position {@code i} attends only positions {@code j ≤ i}
   * @return the new {@code n × d_model} output
   * @throws IllegalArgumentException if a shape is wrong or ragged, a dimension is 0, a value is
   *     NaN or ±∞, {@code numHeads < 1} or {@code d_model % numHeads != 0}
   * @throws NullPointerException (or IllegalArgumentException) if a matrix or one of its rows is
   *     {@code null}
   */
  double[][] multiHead(
      double[][] X,
      double[][] Wq,
      double[][] Wk,
      double[][] Wv,
      double[][] Wo,
      int numHeads,
      boolean causal);

  /**
   * The result of {@link #scaledDotProduct}.
   *
   * @param output {@code weights · V}, {@code n_q × d_v}
   * @param weights the attention weights, {@code n_q × n_k}
   */
  record Result(double[][] output, double[][] weights) {}
}
