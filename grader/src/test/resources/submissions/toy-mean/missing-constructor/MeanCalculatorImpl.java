package challenge.toymean;

public class MeanCalculatorImpl implements MeanCalculator {
  private final double offset;

  public MeanCalculatorImpl(double offset) {
    this.offset = offset;
  }

  @Override
  public double mean(double[] xs) {
    return offset;
  }
}
