package challenge.recmetrics;

import java.util.Map;
import java.util.Set;

/** Your implementation of {@link RankingMetrics}; see README.md for the binding conventions. */
public class RankingMetricsImpl implements RankingMetrics {

  public RankingMetricsImpl() {}

  @Override
  public int[] rankByScore(double[] scores) {
    throw new UnsupportedOperationException("rankByScore is not implemented yet");
  }

  @Override
  public double precisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    throw new UnsupportedOperationException("precisionAtK is not implemented yet");
  }

  @Override
  public double recallAtK(int[] ranked, Set<Integer> relevant, int k) {
    throw new UnsupportedOperationException("recallAtK is not implemented yet");
  }

  @Override
  public double averagePrecisionAtK(int[] ranked, Set<Integer> relevant, int k) {
    throw new UnsupportedOperationException("averagePrecisionAtK is not implemented yet");
  }

  @Override
  public double ndcgAtK(int[] ranked, Map<Integer, Double> gains, int k) {
    throw new UnsupportedOperationException("ndcgAtK is not implemented yet");
  }

  @Override
  public double reciprocalRank(int[] ranked, Set<Integer> relevant) {
    throw new UnsupportedOperationException("reciprocalRank is not implemented yet");
  }

  @Override
  public Summary evaluate(
      Map<Integer, int[]> rankedByUser, Map<Integer, Set<Integer>> relevantByUser, int k) {
    throw new UnsupportedOperationException("evaluate is not implemented yet");
  }
}
