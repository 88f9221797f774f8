package challenge.toymean;

public class MeanCalculatorImpl implements MeanCalculator {
  @Override
  public double mean(double[] xs) {
    long spins = 0;
    while (xs.length == 0) {
      spins++;
    }
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length + spins;
  }
}
