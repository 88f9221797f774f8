package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  public double mean(double[] xs) {
    String line = "x".repeat(1000);
    for (int i = 0; i < 20_000; i++) {
      System.out.println(line);
    }
    if (xs.length == 0) {
      throw new IllegalArgumentException("empty");
    }
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.length;
  }
}
