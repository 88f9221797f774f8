package challenge.logreg;

/**
 * L2-regularized binary logistic regression: the mean log-loss, its gradient, predicted
 * probabilities, and batch gradient-descent training.
 *
 * <p>This file is given: do not edit it. Implement {@link LogisticRegressionImpl}.
 *
 * <p>Notation: {@code X} is {@code n × d} (rows are samples, {@code n ≥ 1}, rectangular, finite),
 * {@code y} holds {@code n} labels in {0, 1}, {@code w} has length {@code d}, {@code z_i = w·x_i +
 * b}, {@code σ} is the logistic sigmoid and {@code softplus(z) = max(z, 0) + log1p(exp(−|z|))}. No
 * method modifies its arguments, and every returned array is new.
 */
public interface LogisticRegression {

  /**
   * The regularized mean log-loss {@code L = (1/n) Σ_i [softplus(z_i) − y_i z_i] + (λ/2)‖w‖²}; the
   * bias is not regularized.
   *
   * @param lambda the L2 strength {@code λ ≥ 0}, finite
   * @throws IllegalArgumentException on invalid shapes, labels, non-finite values or a bad {@code
   *     lambda}
   */
  double loss(double[][] X, int[] y, double[] w, double b, double lambda);

  /**
   * The gradient of {@link #loss}: {@code dw = (1/n) Xᵀ(σ(z) − y) + λw} and {@code db = (1/n) Σ_i
   * (σ(z_i) − y_i)}.
   *
   * @throws IllegalArgumentException on invalid shapes, labels, non-finite values or a bad {@code
   *     lambda}
   */
  Gradient gradient(double[][] X, int[] y, double[] w, double b, double lambda);

  /**
   * The probabilities {@code σ(w·x_i + b)}, one per row, computed without overflow.
   *
   * @throws IllegalArgumentException on invalid shapes or non-finite values
   */
  double[] predictProba(double[][] X, double[] w, double b);

  /**
   * Batch gradient descent from w=0,b=0; simultaneous update; history[t] = loss after update t+1.
   *
   * <p>Each iteration computes the full gradient at the current {@code (w, b)}, then sets {@code w
   * ← w − η·dw} and {@code b ← b − η·db} together.
   *
   * @param learningRate the step size {@code η > 0}, finite
   * @param iterations the number of updates, {@code ≥ 0}
   * @throws IllegalArgumentException on invalid shapes, labels, non-finite values or bad
   *     hyper-parameters
   */
  Fit train(double[][] X, int[] y, double lambda, double learningRate, int iterations);

  /**
   * A gradient of the loss.
   *
   * @param dw the partial derivatives with respect to {@code w} (length {@code d})
   * @param db the partial derivative with respect to {@code b}
   */
  record Gradient(double[] dw, double db) {}

  /**
   * The outcome of {@link #train}.
   *
   * @param w the final weights (length {@code d})
   * @param b the final bias
   * @param lossHistory {@code iterations} values: entry {@code t} is the loss after update {@code
   *     t+1}
   */
  record Fit(double[] w, double b, double[] lossHistory) {}
}
