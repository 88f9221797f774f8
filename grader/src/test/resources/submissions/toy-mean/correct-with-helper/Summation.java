package challenge.toymean;

import java.util.function.DoubleBinaryOperator;

/** A helper class of the candidate's own, with a record and a lambda. */
class Summation {
  record Pair(double sum, double compensation) {}

  double kahan(double[] xs) {
    Pair p = new Pair(0, 0);
    DoubleBinaryOperator add = (a, b) -> a + b;
    for (double x : xs) {
      double y = x - p.compensation();
      double t = add.applyAsDouble(p.sum(), y);
      p = new Pair(t, (t - p.sum()) - y);
    }
    return p.sum();
  }
}
