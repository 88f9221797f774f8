package challenge.drift;

/**
 * Data-drift metrics between a reference sample (e.g. training data) and a current sample (e.g.
 * last week's production traffic): the Population Stability Index over quantile bins of the
 * reference, and the two-sample Kolmogorov–Smirnov statistic with its asymptotic p-value.
 *
 * <p>Given file: do not edit. Implement it in {@link DriftMetricsImpl}. No method modifies its
 * arguments, and every returned array is a new array.
 */
public interface DriftMetrics {

  /**
   * The bin edges of {@code reference}: its type-7 quantiles at {@code p = i / bins} for {@code i =
   * 1 .. bins − 1}, ascending, with duplicate values removed (so between 1 and {@code bins − 1}
   * edges).
   *
   * @param reference the sample the edges come from; non-empty, finite values, in any order
   * @param bins the number of quantile bins asked for; at least 2
   * @return the strictly increasing edges
   * @throws IllegalArgumentException if {@code reference} is empty or holds NaN or an infinity, or
   *     {@code bins < 2}
   */
  double[] quantileBinEdges(double[] reference, int bins);

  /**
   * How many values of {@code data} fall in each right-closed bin {@code (−∞, e1], (e1, e2], …,
   * (e_last, +∞)} defined by {@code edges}.
   *
   * @param data the values to count; finite, in any order, possibly empty
   * @param edges strictly increasing finite edges; possibly empty (then there is one bin)
   * @return {@code edges.length + 1} counts that sum to {@code data.length}
   * @throws IllegalArgumentException if a value is NaN or infinite, or the edges are not strictly
   *     increasing
   */
  long[] binCounts(double[] data, double[] edges);

  /**
   * The Population Stability Index {@code Σ_j (c_j − r_j)·ln(c_j / r_j)} of {@code current} against
   * {@code reference}, over the bins of {@link #quantileBinEdges(double[], int)
   * quantileBinEdges(reference, bins)}, with the proportions floored at {@code epsilon}: {@code r_j
   * = max(count_j / n, epsilon)} and likewise {@code c_j}; there is no renormalization.
   *
   * @param reference the baseline sample; non-empty, finite
   * @param current the sample compared with it; non-empty, finite
   * @param bins the number of quantile bins asked for; at least 2
   * @param epsilon the floor of each proportion; in {@code (0, 0.01]}
   * @return the PSI, at least 0
   * @throws IllegalArgumentException on an empty sample, NaN or infinite values, {@code bins < 2}
   *     or {@code epsilon} outside {@code (0, 0.01]}
   */
  double psi(double[] reference, double[] current, int bins, double epsilon);

  /**
   * The two-sample Kolmogorov–Smirnov statistic {@code D = sup_x |F_ref(x) − F_cur(x)|} of the two
   * right-continuous empirical CDFs, and its asymptotic p-value {@code Q_KS(√(nm/(n+m))·D)}.
   *
   * @param reference the first sample; non-empty, finite
   * @param current the second sample; non-empty, finite
   * @return the statistic and p-value
   * @throws IllegalArgumentException on an empty sample or NaN or infinite values
   */
  KsResult ks(double[] reference, double[] current);

  /**
   * The result of a two-sample KS test.
   *
   * @param statistic {@code D ∈ [0, 1]}
   * @param pValue the asymptotic (Kolmogorov distribution) p-value, in {@code [0, 1]}
   */
  record KsResult(double statistic, double pValue) {}
}
