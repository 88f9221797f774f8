package mlgrader.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

  @Test
  void everyScoreLandsInItsTenthAndAHundredInTheLast() {
    ScoreHistogram h = ScoreHistogram.of(List.of(0.0, 9.99, 10.0, 55.0, 100.0, 100.0, 95.0));
    assertEquals(List.of(2, 1, 0, 0, 0, 1, 0, 0, 0, 3), h.bars().stream().map(ScoreHistogram.Bar::count).toList());
    assertEquals("90–100", h.bars().get(9).label());
    assertEquals("gap", h.bars().get(0).level());
    assertEquals("strong", h.bars().get(9).level());
  }

  @Test
  void barHeightsAreProportionalAndStandOnTheBaseline() {
    ScoreHistogram h = ScoreHistogram.of(List.of(5.0, 5.0, 5.0, 5.0, 95.0, 95.0));
    ScoreHistogram.Bar four = h.bars().get(0);
    ScoreHistogram.Bar two = h.bars().get(9);
    assertEquals(h.baseline(), four.y() + four.height());
    assertEquals(h.baseline(), two.y() + two.height());
    assertEquals(four.height(), 2 * two.height(), 1);
    assertEquals(0, h.bars().get(5).height());
    assertTrue(h.gridLines().stream().allMatch(g -> g.y() <= h.baseline() && g.y() >= 0));
    assertEquals("4", h.gridLines().get(h.gridLines().size() - 1).label());
  }

  @Test
  void anEmptyCohortDrawsAnEmptyChart() {
    ScoreHistogram h = ScoreHistogram.of(List.of());
    assertTrue(h.bars().stream().allMatch(b -> b.count() == 0 && b.height() == 0));
  }
}
