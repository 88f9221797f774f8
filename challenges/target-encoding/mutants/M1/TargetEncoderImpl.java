package challenge.targetenc;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reference solution: one pass over the training rows collects per-category sums and counts;
 * out-of-fold mode repeats that fit once per distinct fold id, over the rows outside the fold.
 */
public class TargetEncoderImpl implements TargetEncoder {

  public TargetEncoderImpl() {}

  @Override
  public Model fit(String[] categories, double[] y, double smoothing) {
    validate(categories, y, smoothing);
    return fitRows(categories, y, smoothing, i -> true);
  }

  @Override
  public double[] transform(Model model, String[] categories) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(categories, "categories");
    Map<String, Double> encoding = Objects.requireNonNull(model.encoding(), "model.encoding");
    double[] out = new double[categories.length];
    for (int i = 0; i < categories.length; i++) {
      Double value = categories[i] == null ? null : encoding.get(categories[i]);
      out[i] = value == null ? model.prior() : value;
    }
    return out;
  }

  @Override
  public double[] fitTransformOutOfFold(
      String[] categories, double[] y, double smoothing, int[] foldOf) {
    validate(categories, y, smoothing);
    Objects.requireNonNull(foldOf, "foldOf");
    if (foldOf.length != y.length) {
      throw new IllegalArgumentException("foldOf must have one entry per row");
    }
    Set<Integer> folds = new LinkedHashSet<>();
    for (int f : foldOf) {
      folds.add(f);
    }
    if (folds.size() < 2) {
      throw new IllegalArgumentException(
          "every fold needs training rows: at least two distinct fold ids");
    }
    double[] out = new double[y.length];
    for (int fold : folds) {
      Model model = fitRows(categories, y, smoothing, i -> foldOf[i] == fold);
      for (int i = 0; i < y.length; i++) {
        if (foldOf[i] == fold) {
          Double value = model.encoding().get(categories[i]);
          out[i] = value == null ? model.prior() : value;
        }
      }
    }
    return out;
  }

  /** Fits on the rows accepted by {@code training}; there is at least one such row. */
  private static Model fitRows(String[] categories, double[] y, double m, IntPredicate training) {
    Map<String, double[]> sums = new HashMap<>();
    double total = 0;
    long rows = 0;
    for (int i = 0; i < y.length; i++) {
      if (training.test(i)) {
        double[] s = sums.computeIfAbsent(categories[i], c -> new double[2]);
        s[0] += y[i];
        s[1] += 1;
        total += y[i];
        rows++;
      }
    }
    double prior = total / rows;
    Map<String, Double> encoding = new HashMap<>();
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      encoding.put(e.getKey(), (s[0] + m * prior) / (s[1] + m));
    }
    return new Model(encoding, prior);
  }

  private static void validate(String[] categories, double[] y, double smoothing) {
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(y, "y");
    if (categories.length != y.length) {
      throw new IllegalArgumentException("categories and y must have the same length");
    }
    if (y.length == 0) {
      throw new IllegalArgumentException("need at least one row");
    }
    if (!(smoothing >= 0) || Double.isInfinite(smoothing)) {
      throw new IllegalArgumentException("smoothing must be finite and >= 0");
    }
    for (int i = 0; i < y.length; i++) {
      if (categories[i] == null) {
        throw new IllegalArgumentException("null category at row " + i);
      }
      if (!Double.isFinite(y[i])) {
        throw new IllegalArgumentException("non-finite target at row " + i);
      }
    }
  }
}
