package challenge.scaler;

// my z-score scaler
public class ZScoreScalerImpl implements ZScoreScaler
{
    private double[] mu;
    private double[] sigma;

    public ZScoreScalerImpl()
    {
    }

    @Override
    public void fit(double[][] data)
    {
        if (data == null || data.length == 0) throw new IllegalArgumentException("empty input");

        int width = data[0].length;
        mu = new double[width];
        sigma = new double[width];

        for (double[] sample : data)
        {
            if (sample.length != width) throw new IllegalArgumentException("rows differ in length");
            for (int c = 0; c < width; c++) mu[c] += sample[c];
        }
        for (int c = 0; c < width; c++) mu[c] /= data.length;

        for (double[] sample : data)
        {
            for (int c = 0; c < width; c++)
            {
                double diff = sample[c] - mu[c];
                sigma[c] += diff * diff;
            }
        }
        for (int c = 0; c < width; c++)
        {
            double std = Math.sqrt(sigma[c] / data.length);
            sigma[c] = std == 0 ? 1 : std;   /* constant feature */
        }
    }

    @Override
    public double[][] transform(double[][] data)
    {
        ensureFit();
        double[][] result = new double[data.length][];
        for (int r = 0; r < data.length; r++)
        {
            result[r] = new double[data[r].length];
            for (int c = 0; c < data[r].length; c++) result[r][c] = (data[r][c] - mu[c]) / sigma[c];
        }
        return result;
    }

    @Override
    public double[][] inverseTransform(double[][] data)
    {
        ensureFit();
        double[][] result = new double[data.length][];
        for (int r = 0; r < data.length; r++)
        {
            result[r] = new double[data[r].length];
            for (int c = 0; c < data[r].length; c++) result[r][c] = data[r][c] * sigma[c] + mu[c];
        }
        return result;
    }

    private void ensureFit()
    {
        if (mu == null) throw new IllegalStateException("not fitted");
    }
}
