package challenge.toymean;

import java.util.Arrays;

public class MeanCalculatorImpl implements MeanCalculator {
  private final Summation summation = new Summation();

  @Override
  public double mean(double[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("mean of an empty array");
    }
    return summation.kahan(xs) / xs.length;
  }

  @Override
  public String toString() {
    return "MeanCalculatorImpl" + Arrays.toString(new int[0]);
  }
}
