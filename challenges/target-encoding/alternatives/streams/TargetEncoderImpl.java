package challenge.targetenc;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Alternative solution in a stream style: {@code Collectors.groupingBy} with summary statistics
 * (whose sums are compensated, unlike a plain loop) for each fit; the out-of-fold mode streams over
 * the distinct fold ids.
 */
public class TargetEncoderImpl implements TargetEncoder {

  public TargetEncoderImpl() {}

  @Override
  public Model fit(String[] categories, double[] y, double smoothing) {
    check(categories, y, smoothing);
    return fitOn(IntStream.range(0, y.length), categories, y, smoothing);
  }

  @Override
  public double[] transform(Model model, String[] categories) {
    Map<String, Double> encoding = model.encoding();
    double prior = model.prior();
    return Arrays.stream(categories)
        .mapToDouble(c -> c != null && encoding.containsKey(c) ? encoding.get(c) : prior)
        .toArray();
  }

  @Override
  public double[] fitTransformOutOfFold(
      String[] categories, double[] y, double smoothing, int[] foldOf) {
    check(categories, y, smoothing);
    if (foldOf.length != y.length) {
      throw new IllegalArgumentException("foldOf length");
    }
    int[] distinct = Arrays.stream(foldOf).distinct().toArray();
    if (distinct.length < 2) {
      throw new IllegalArgumentException("need at least two folds");
    }
    double[] result = new double[y.length];
    Arrays.stream(distinct)
        .forEach(
            fold -> {
              Model model =
                  fitOn(
                      IntStream.range(0, y.length).filter(i -> foldOf[i] != fold),
                      categories,
                      y,
                      smoothing);
              IntStream.range(0, y.length)
                  .filter(i -> foldOf[i] == fold)
                  .forEach(
                      i -> result[i] = model.encoding().getOrDefault(categories[i], model.prior()));
            });
    return result;
  }

  private static Model fitOn(IntStream rows, String[] categories, double[] y, double m) {
    Map<String, DoubleSummaryStatistics> stats =
        rows.boxed()
            .collect(
                Collectors.groupingBy(i -> categories[i], Collectors.summarizingDouble(i -> y[i])));
    double sum = stats.values().stream().mapToDouble(DoubleSummaryStatistics::getSum).sum();
    long count = stats.values().stream().mapToLong(DoubleSummaryStatistics::getCount).sum();
    double prior = sum / count;
    Map<String, Double> encoding = new HashMap<>();
    stats.forEach((c, s) -> encoding.put(c, (s.getSum() + m * prior) / (s.getCount() + m)));
    return new Model(Map.copyOf(encoding), prior);
  }

  private static void check(String[] categories, double[] y, double smoothing) {
    Objects.requireNonNull(categories);
    Objects.requireNonNull(y);
    if (categories.length != y.length || y.length == 0) {
      throw new IllegalArgumentException("need equally long, non-empty categories and targets");
    }
    if (Arrays.stream(categories).anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("null category");
    }
    if (Arrays.stream(y).anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException("targets must be finite");
    }
    if (Double.isNaN(smoothing) || smoothing < 0 || smoothing == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("bad smoothing");
    }
  }
}
