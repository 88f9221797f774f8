package challenge.threshold;

import java.util.OptionalDouble;

/** Your implementation of {@link ThresholdOptimizer}; see README.md for the binding conventions. */
public class ThresholdOptimizerImpl implements ThresholdOptimizer {

  public ThresholdOptimizerImpl() {}

  @Override
  public Confusion confusionAt(int[] y, double[] scores, double threshold) {
    throw new UnsupportedOperationException("confusionAt is not implemented yet");
  }

  @Override
  public Choice maxFBeta(int[] y, double[] scores, double beta) {
    throw new UnsupportedOperationException("maxFBeta is not implemented yet");
  }

  @Override
  public Choice minExpectedCost(int[] y, double[] scores, double costFP, double costFN) {
    throw new UnsupportedOperationException("minExpectedCost is not implemented yet");
  }

  @Override
  public OptionalDouble maxPrecisionAtRecall(int[] y, double[] scores, double minRecall) {
    throw new UnsupportedOperationException("maxPrecisionAtRecall is not implemented yet");
  }
}
