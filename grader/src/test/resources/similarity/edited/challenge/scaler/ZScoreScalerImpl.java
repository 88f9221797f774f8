package challenge.scaler;

/** Z-scores per column. */
public class ZScoreScalerImpl implements ZScoreScaler {

  private double[] means;
  private double[] scales;

  public ZScoreScalerImpl() {}

  private void requireFitted() {
    if (means == null) {
      throw new IllegalStateException("fit() must be called before transform()");
    }
  }

  @Override
  public void fit(double[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("no rows to fit");
    }
    final int columns = rows[0].length;
    means = new double[columns];
    scales = new double[columns];
    for (double[] row : rows) {
      if (row.length != columns) {
        throw new IllegalArgumentException("ragged rows");
      }
      for (int j = 0; j < columns; j++) {
        means[j] = means[j] + row[j];
      }
    }
    for (int j = 0; j < columns; j++) {
      means[j] = means[j] / rows.length;
    }
    for (double[] row : rows) {
      for (int j = 0; j < columns; j++) {
        double d = row[j] - means[j];
        scales[j] += d * d;
      }
    }
    for (int j = 0; j < columns; j++) {
      double sd = Math.sqrt(scales[j] / rows.length);
      if (sd == 0) {
        sd = 1;
      }
      scales[j] = sd;
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
}
