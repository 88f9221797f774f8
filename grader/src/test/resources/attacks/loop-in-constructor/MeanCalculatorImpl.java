package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  private final long spins;

  public MeanCalculatorImpl() {
    long n = 0;
    while (n >= 0) {
      n = (n + 1) % 1000;
    }
    spins = n;
  }

  public double mean(double[] xs) {
    return spins;
  }
}
