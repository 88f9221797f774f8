package challenge.toymean;

public class MeanCalculatorImpl implements MeanCalculator {
  @Override
  public double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }
}
