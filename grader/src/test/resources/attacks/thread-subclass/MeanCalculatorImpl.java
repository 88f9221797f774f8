package challenge.toymean;
public class MeanCalculatorImpl extends Thread implements MeanCalculator {
  public double mean(double[] xs) {
    start();
    return 0;
  }
}
