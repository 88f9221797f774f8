package challenge.scaler;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Welford's one-pass mean and variance; transforms with streams. */
public class ZScoreScalerImpl implements ZScoreScaler {

  private Stats stats;

  public ZScoreScalerImpl() {}

  private record Stats(double[] mean, double[] std) {}

  @Override
  public void fit(double[][] rows) {
    if (rows == null || rows.length == 0 || Arrays.stream(rows).anyMatch(r -> r.length != rows[0].length)) {
      throw new IllegalArgumentException("rows must be non-empty and rectangular");
    }
    double[] mean = new double[rows[0].length];
    double[] m2 = new double[rows[0].length];
    long n = 0;
    for (double[] row : rows) {
      n++;
      for (int k = 0; k < row.length; k++) {
        double delta = row[k] - mean[k];
        mean[k] += delta / n;
        m2[k] += delta * (row[k] - mean[k]);
      }
    }
    final long count = n;
    double[] std = Arrays.stream(m2).map(v -> Math.sqrt(v / count)).map(s -> s > 0 ? s : 1.0).toArray();
    stats = new Stats(mean, std);
  }

  @Override
  public double[][] transform(double[][] rows) {
    Stats s = fitted();
    return Arrays.stream(rows)
        .map(r -> IntStream.range(0, r.length).mapToDouble(k -> (r[k] - s.mean()[k]) / s.std()[k]).toArray())
        .toArray(double[][]::new);
  }

  @Override
  public double[][] inverseTransform(double[][] rows) {
    Stats s = fitted();
    return Arrays.stream(rows)
        .map(r -> IntStream.range(0, r.length).mapToDouble(k -> Math.fma(r[k], s.std()[k], s.mean()[k])).toArray())
        .toArray(double[][]::new);
  }

  private Stats fitted() {
    if (stats == null) {
      throw new IllegalStateException("fit has not been called");
    }
    return stats;
  }
}
