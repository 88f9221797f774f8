package challenge.toymean;

public class MeanCalculatorImpl {
  public double mean(double[] xs) {
    return 0;
  }
}
