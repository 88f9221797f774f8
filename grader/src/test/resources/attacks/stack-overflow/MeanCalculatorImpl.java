package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  public double mean(double[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("empty");
    }
    return deeper(xs, 0);
  }

  private double deeper(double[] xs, int depth) {
    return deeper(xs, depth + 1) + 1;
  }
}
