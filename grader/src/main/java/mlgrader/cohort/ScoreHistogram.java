package mlgrader.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the score distribution: ten bars, one per tenth of the score, as SVG coordinates.
 *
 * @param width the chart's width
 * @param height the chart's height
 * @param baseline the y of the x axis
 * @param centre the x of the axis title
 * @param bars the bars, lowest scores first
 * @param gridLines horizontal guides with their counts
 */
public record ScoreHistogram(int width, int height, int baseline, int centre, List<Bar> bars, List<GridLine> gridLines) {

  static final int WIDTH = 1160;
  static final int HEIGHT = 260;
  static final int LEFT = 44;
  static final int TOP = 22;
  static final int BOTTOM = 40;
  static final int BINS = 10;

  /**
   * One bar.
   *
   * @param x its left edge
   * @param y its top
   * @param width its width
   * @param height its height
   * @param count how many candidates it holds
   * @param label its range, "40–50"
   * @param labelX the x of its labels' centre
   * @param level the level word of its range (for its colour)
   */
  public record Bar(int x, int y, int width, int height, int count, String label, int labelX, String level) {}

  /**
   * A horizontal guide.
   *
   * @param y its y
   * @param label the count it marks
   */
  public record GridLine(int y, String label) {}

  /** The histogram of scores in percent; the last bin includes 100. */
  static ScoreHistogram of(List<Double> percents) {
    int[] counts = new int[BINS];
    percents.forEach(p -> counts[Math.max(0, Math.min(BINS - 1, (int) Math.floor(p / 10)))]++);
    int max = 0;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    int top = niceCeiling(max);
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int baseline = HEIGHT - BOTTOM;
    int slot = (WIDTH - LEFT - 8) / BINS;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      int h = top == 0 ? 0 : Math.round((float) counts[i] * plotHeight / top);
      int x = LEFT + i * slot + 4;
      bars.add(new Bar(x, baseline - h, slot - 8, h, counts[i], (i * 10) + "–" + (i == BINS - 1 ? "100" : Integer.toString(i * 10 + 10)),
          x + (slot - 8) / 2, CohortHtmlView.level(i * 10 + 5)));
    }
    List<GridLine> grid = new ArrayList<>();
    int steps = Math.min(4, Math.max(1, top));
    for (int s = 0; s <= steps; s++) {
      int value = top * s / steps;
      grid.add(new GridLine(baseline - (top == 0 ? 0 : value * plotHeight / top), Integer.toString(value)));
    }
    return new ScoreHistogram(WIDTH, HEIGHT, baseline, LEFT + (WIDTH - LEFT) / 2, bars, grid);
  }

  /** The axis maximum: the count rounded up so that four guides fall on whole numbers. */
  private static int niceCeiling(int max) {
    if (max <= 4) {
      return Math.max(max, 1);
    }
    return (max + 3) / 4 * 4;
  }
}
