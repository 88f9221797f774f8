package challenge.recmetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The examples of README.md. Run them with {@code mvn test}. */
class RankingMetricsPublicTest {

  private static final double TOL = 1e-12;
  private static final int[] RANKED = {4, 10, 2, 8, 6};
  private static final Set<Integer> RELEVANT = Set.of(2, 6, 11);

  private final RankingMetrics metrics = new RankingMetricsImpl();

  @Test
  @DisplayName("README example: precision, recall and AP at several k")
  void precisionRecallAp() {
    assertEquals(1.0 / 3, metrics.precisionAtK(RANKED, RELEVANT, 3), TOL);
    assertEquals(1.0 / 3, metrics.recallAtK(RANKED, RELEVANT, 3), TOL);
    assertEquals(1.0 / 9, metrics.averagePrecisionAtK(RANKED, RELEVANT, 3), TOL);
    assertEquals(0.4, metrics.precisionAtK(RANKED, RELEVANT, 5), TOL);
    assertEquals(2.0 / 3, metrics.recallAtK(RANKED, RELEVANT, 5), TOL);
    assertEquals((1.0 / 3 + 2.0 / 5) / 3, metrics.averagePrecisionAtK(RANKED, RELEVANT, 5), TOL);
    assertEquals(0.25, metrics.precisionAtK(RANKED, RELEVANT, 8), TOL); // divides by k = 8
    assertEquals(1.0 / 3, metrics.reciprocalRank(RANKED, RELEVANT), TOL);
  }

  @Test
  @DisplayName("README example: NDCG with an unretrieved item in the ideal ranking")
  void ndcg() {
    Map<Integer, Double> gains = new HashMap<>();
    gains.put(2, 2.0);
    gains.put(6, 1.0);
    gains.put(11, 4.0);
    // sklearn.metrics.ndcg_score with items [4, 10, 2, 8, 6] scored 5..1 and item 11 scored lowest
    assertEquals(0.17355508213282722, metrics.ndcgAtK(RANKED, gains, 3), TOL);
    assertEquals(0.24069535286573285, metrics.ndcgAtK(RANKED, gains, 5), TOL);
  }

  @Test
  @DisplayName("README example: ties by ascending id, and -0.0 ties with 0.0")
  void rankByScore() {
    assertArrayEquals(
        new int[] {1, 0, 2, 3, 4}, metrics.rankByScore(new double[] {0.2, 0.8, 0.2, -0.0, 0.0}));
  }

  @Test
  @DisplayName("README example: evaluate skips users without relevant items")
  void evaluate() {
    Map<Integer, int[]> ranked = Map.of(1, RANKED, 2, new int[] {3, 1}, 3, new int[] {5});
    Map<Integer, Set<Integer>> relevant = Map.of(1, RELEVANT, 2, Set.of(1), 3, Set.of());
    RankingMetrics.Summary s = metrics.evaluate(ranked, relevant, 3);
    assertEquals(2, s.usersEvaluated());
    assertEquals(1.0 / 3, s.precision(), TOL);
    assertEquals((1.0 / 3 + 1) / 2, s.recall(), TOL);
    assertEquals((1.0 / 9 + 0.5) / 2, s.map(), TOL);
    assertEquals((0.23463936301137822 + 0.6309297535714575) / 2, s.ndcg(), TOL);
    assertEquals((1.0 / 3 + 0.5) / 2, s.mrr(), TOL);
    assertEquals(1.0, s.hitRate(), TOL);
  }

  @Test
  @DisplayName("k must be at least 1 and ids must be distinct")
  void errors() {
    assertThrows(IllegalArgumentException.class, () -> metrics.precisionAtK(RANKED, RELEVANT, 0));
    assertThrows(
        IllegalArgumentException.class, () -> metrics.recallAtK(new int[] {1, 2, 1}, RELEVANT, 2));
  }
}
