package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  public double mean(double[] xs) {
    return java.util.Arrays.stream(xs).parallel().average().orElse(0);
  }
}
