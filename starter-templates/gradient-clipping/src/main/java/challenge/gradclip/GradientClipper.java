package challenge.gradclip;

/**
 * Gradient clipping as done before an optimizer step: by the global L2 norm over all parameter
 * tensors, or element-wise by value.
 *
 * <p>This file is given: do not edit it. Implement {@link GradientClipperImpl}.
 *
 * <p>Gradients are passed as {@code double[][] grads}: each row is one parameter tensor, flattened.
 * Rows may have different lengths, and a row may be empty; the outer array may be empty too. No
 * method modifies {@code grads}, and every returned array (outer and rows) is new.
 */
public interface GradientClipper {

  /**
   * The global L2 norm {@code sqrt(Σ_i Σ_j g_ij²)} of all entries of all tensors, computed without
   * spurious overflow or underflow.
   *
   * @param grads the tensors; finite values; not modified
   * @return the norm, {@code 0} for no entries or all-zero entries
   * @throws IllegalArgumentException if an entry is NaN or ±∞, or the norm exceeds {@link
   *     Double#MAX_VALUE}
   * @throws NullPointerException (or IllegalArgumentException) if {@code grads} or a row is {@code
   *     null}
   */
  double globalNorm(double[][] grads);

  /**
   * Scales every tensor by the same factor {@code scale = maxNorm / max(globalNorm, maxNorm)} (no
   * epsilon).
   *
   * @param grads the tensors; finite values; not modified
   * @param maxNorm the largest allowed global norm; finite and {@code > 0}
   * @return new arrays {@code g·scale} of the same shape, the global norm before clipping, and the
   *     scale
   * @throws IllegalArgumentException if {@code maxNorm} is not finite and positive, an entry is NaN
   *     or ±∞, or the norm exceeds {@link Double#MAX_VALUE}
   * @throws NullPointerException (or IllegalArgumentException) if {@code grads} or a row is {@code
   *     null}
   */
  ClipResult clipByGlobalNorm(double[][] grads, double maxNorm);

  /**
   * Clamps every entry to {@code [-clipValue, clipValue]}; no norm is computed.
   *
   * @param grads the tensors; finite values; not modified
   * @param clipValue the bound; finite and {@code > 0}
   * @return new arrays of the same shape
   * @throws IllegalArgumentException if {@code clipValue} is not finite and positive, or an entry
   *     is NaN or ±∞
   * @throws NullPointerException (or IllegalArgumentException) if {@code grads} or a row is {@code
   *     null}
   */
  double[][] clipByValue(double[][] grads, double clipValue);

  /**
   * The outcome of {@link #clipByGlobalNorm}.
   *
   * @param grads the clipped tensors (new arrays, same shape as the input)
   * @param globalNorm the global norm of the input, before clipping
   * @param scale the factor every entry was multiplied by; exactly {@code 1.0} when nothing was
   *     clipped
   */
  record ClipResult(double[][] grads, double globalNorm, double scale) {}
}
