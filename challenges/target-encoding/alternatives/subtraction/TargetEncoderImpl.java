package challenge.targetenc;

import java.util.HashMap;
import java.util.Map;

/**
 * Alternative solution in O(n) for any number of folds: one pass collects per-category totals and
 * per-(fold, category) sums; a fold's training statistics are the totals minus the fold's own
 * (subtractive arithmetic, so the rounding differs from re-summing the training rows).
 */
public class TargetEncoderImpl implements TargetEncoder {

  public TargetEncoderImpl() {}

  /** Running sum and count. */
  private static final class Acc {
    double sum;
    int count;

    void add(double v) {
      sum += v;
      count++;
    }
  }

  @Override
  public Model fit(String[] categories, double[] y, double smoothing) {
    validate(categories, y, smoothing);
    Map<String, Acc> byCategory = new HashMap<>();
    Acc all = new Acc();
    for (int i = 0; i < y.length; i++) {
      byCategory.computeIfAbsent(categories[i], k -> new Acc()).add(y[i]);
      all.add(y[i]);
    }
    double prior = all.sum / all.count;
    Map<String, Double> encoding = new HashMap<>();
    for (Map.Entry<String, Acc> e : byCategory.entrySet()) {
      encoding.put(e.getKey(), smooth(e.getValue().sum, e.getValue().count, prior, smoothing));
    }
    return new Model(encoding, prior);
  }

  @Override
  public double[] transform(Model model, String[] categories) {
    if (model == null || categories == null) {
      throw new IllegalArgumentException("null argument");
    }
    double[] out = new double[categories.length];
    for (int i = 0; i < out.length; i++) {
      String c = categories[i];
      Double e = c == null ? null : model.encoding().get(c);
      out[i] = e != null ? e : model.prior();
    }
    return out;
  }

  @Override
  public double[] fitTransformOutOfFold(
      String[] categories, double[] y, double smoothing, int[] foldOf) {
    validate(categories, y, smoothing);
    if (foldOf == null) {
      throw new IllegalArgumentException("foldOf is null");
    }
    if (foldOf.length != y.length) {
      throw new IllegalArgumentException("foldOf has the wrong length");
    }
    Map<String, Acc> total = new HashMap<>();
    Map<Integer, Acc> foldTotal = new HashMap<>();
    Map<Integer, Map<String, Acc>> foldByCategory = new HashMap<>();
    Acc all = new Acc();
    for (int i = 0; i < y.length; i++) {
      all.add(y[i]);
      total.computeIfAbsent(categories[i], k -> new Acc()).add(y[i]);
      foldTotal.computeIfAbsent(foldOf[i], k -> new Acc()).add(y[i]);
      foldByCategory
          .computeIfAbsent(foldOf[i], k -> new HashMap<>())
          .computeIfAbsent(categories[i], k -> new Acc())
          .add(y[i]);
    }
    if (foldTotal.size() < 2) {
      throw new IllegalArgumentException("a fold has no training rows");
    }
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      Acc held = foldTotal.get(foldOf[i]);
      int trainRows = all.count - held.count;
      double prior = (all.sum - held.sum) / trainRows;
      Acc cat = total.get(categories[i]);
      Acc heldCat = foldByCategory.get(foldOf[i]).get(categories[i]);
      int trainCount = cat.count - heldCat.count;
      out[i] =
          trainCount == 0 ? prior : smooth(cat.sum - heldCat.sum, trainCount, prior, smoothing);
    }
    return out;
  }

  private static double smooth(double sum, int count, double prior, double m) {
    return (sum + m * prior) / (count + m);
  }

  private static void validate(String[] categories, double[] y, double smoothing) {
    if (categories == null || y == null) {
      throw new IllegalArgumentException("null argument");
    }
    if (categories.length != y.length) {
      throw new IllegalArgumentException("length mismatch");
    }
    if (y.length == 0) {
      throw new IllegalArgumentException("no rows");
    }
    if (!(smoothing >= 0 && smoothing < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("smoothing must be finite and non-negative");
    }
    for (int i = 0; i < y.length; i++) {
      if (categories[i] == null || Double.isNaN(y[i]) || Double.isInfinite(y[i])) {
        throw new IllegalArgumentException("bad row " + i);
      }
    }
  }
}
