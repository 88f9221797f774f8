package challenge.scaler;

/** Standardises each column to mean 0 and standard deviation 1. */
public class ZScoreScalerImpl implements ZScoreScaler {

  private double[] means;
  private double[] scales;

  public ZScoreScalerImpl() {}

  @Override
  public void fit(double[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("no rows to fit");
    }
    int columns = rows[0].length;
    means = new double[columns];
    scales = new double[columns];
    for (double[] row : rows) {
      if (row.length != columns) {
        throw new IllegalArgumentException("ragged rows");
      }
      for (int j = 0; j < columns; j++) {
        means[j] += row[j];
      }
    }
    for (int j = 0; j < columns; j++) {
      means[j] /= rows.length;
    }
    for (double[] row : rows) {
      for (int j = 0; j < columns; j++) {
        double d = row[j] - means[j];
        scales[j] += d * d;
      }
    }
    for (int j = 0; j < columns; j++) {
      double sd = Math.sqrt(scales[j] / rows.length);
      // A constant column keeps its values centred but unscaled.
      scales[j] = sd == 0 ? 1 : sd;
    }
  }

  @Override
  public double[][] transform(double[][] rows) {
    requireFitted();
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = new double[rows[i].length];
      for (int j = 0; j < rows[i].length; j++) {
        out[i][j] = (rows[i][j] - means[j]) / scales[j];
      }
    }
    return out;
  }

  @Override
  public double[][] inverseTransform(double[][] rows) {
    requireFitted();
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = new double[rows[i].length];
      for (int j = 0; j < rows[i].length; j++) {
        out[i][j] = rows[i][j] * scales[j] + means[j];
      }
    }
    return out;
  }

  private void requireFitted() {
    if (means == null) {
      throw new IllegalStateException("call fit first");
    }
  }
}
