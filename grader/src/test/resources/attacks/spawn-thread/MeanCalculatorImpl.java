package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  public double mean(double[] xs) {
    new Thread(() -> { while (true) { } }).start();
    return 0;
  }
}
