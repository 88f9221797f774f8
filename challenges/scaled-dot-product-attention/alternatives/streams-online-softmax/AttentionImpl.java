package challenge.attention;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Alternative: one pass over the keys per query with an online softmax (running maximum, rescaled
 * running sum and output, as in FlashAttention), the weights normalised at the end; streams for the
 * plumbing and the head split done by index arithmetic on the full projections.
 */
public class AttentionImpl implements Attention {

  public AttentionImpl() {}

  @Override
  public Result scaledDotProduct(double[][] Q, double[][] K, double[][] V, boolean[][] mask) {
    int dk = width(Q);
    if (width(K) != dk || width(V) < 1 || V.length != K.length) {
      throw new IllegalArgumentException("incompatible shapes");
    }
    if (mask != null
        && (mask.length != Q.length
            || Arrays.stream(mask)
                .anyMatch(r -> Objects.requireNonNull(r).length != K.length || !anyTrue(r)))) {
      throw new IllegalArgumentException("bad mask");
    }
    double[][] weights = new double[Q.length][];
    double[][] output = new double[Q.length][];
    for (int i = 0; i < Q.length; i++) {
      final int row = i;
      double[] scores =
          IntStream.range(0, K.length)
              .mapToDouble(
                  j ->
                      IntStream.range(0, dk).mapToDouble(c -> Q[row][c] * K[j][c]).sum()
                          / Math.sqrt(dk))
              .toArray();
      boolean[] allowed = mask == null ? null : mask[i];
      weights[i] = new double[K.length];
      output[i] = online(scores, allowed, V, weights[i]);
    }
    return new Result(output, weights);
  }

  /**
   * Online softmax over the allowed keys; fills {@code w} with the final weights and returns the
   * output row.
   */
  private static double[] online(double[] scores, boolean[] allowed, double[][] v, double[] w) {
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    double[] acc = new double[v[0].length];
    for (int j = 0; j < scores.length; j++) {
      if (allowed != null && !allowed[j]) {
        continue;
      }
      if (scores[j] > max) {
        double shrink = Math.exp(max - scores[j]); // 0 for the first allowed key
        sum *= shrink;
        for (int c = 0; c < acc.length; c++) {
          acc[c] *= shrink;
        }
        max = scores[j];
      }
      double e = Math.exp(scores[j] - max);
      sum += e;
      for (int c = 0; c < acc.length; c++) {
        acc[c] += e * v[j][c];
      }
    }
    for (int j = 0; j < scores.length; j++) {
      w[j] = allowed != null && !allowed[j] ? 0.0 : Math.exp(scores[j] - max) / sum;
    }
    final double total = sum;
    return Arrays.stream(acc).map(a -> a / total).toArray();
  }

  @Override
  public double[][] multiHead(
      double[][] X,
      double[][] Wq,
      double[][] Wk,
      double[][] Wv,
      double[][] Wo,
      int numHeads,
      boolean causal) {
    int d = width(X);
    for (double[][] w : Arrays.asList(Wq, Wk, Wv, Wo)) {
      if (width(w) != d || w.length != d) {
        throw new IllegalArgumentException("weights must be d_model x d_model");
      }
    }
    if (numHeads < 1 || d % numHeads != 0) {
      throw new IllegalArgumentException("bad head count");
    }
    double[][] q = product(X, Wq);
    double[][] k = product(X, Wk);
    double[][] v = product(X, Wv);
    int dh = d / numHeads;
    int n = X.length;
    double[][] concat = new double[n][d];
    for (int h = 0; h < numHeads; h++) {
      int off = h * dh;
      double[][] vh =
          Arrays.stream(v).map(r -> Arrays.copyOfRange(r, off, off + dh)).toArray(double[][]::new);
      for (int i = 0; i < n; i++) {
        final int row = i;
        int keys = causal ? i + 1 : n;
        double[] scores =
            IntStream.range(0, n)
                .mapToDouble(
                    j ->
                        j < keys
                            ? IntStream.range(off, off + dh)
                                    .mapToDouble(c -> q[row][c] * k[j][c])
                                    .sum()
                                / Math.sqrt(dh)
                            : 0)
                .toArray();
        boolean[] allowed = new boolean[n];
        Arrays.fill(allowed, 0, keys, true);
        double[] out = online(scores, allowed, vh, new double[n]);
        System.arraycopy(out, 0, concat[i], off, dh);
      }
    }
    return product(concat, Wo);
  }

  private static double[][] product(double[][] a, double[][] b) {
    return Arrays.stream(a)
        .map(
            row ->
                IntStream.range(0, b[0].length)
                    .mapToDouble(
                        c -> IntStream.range(0, b.length).mapToDouble(t -> row[t] * b[t][c]).sum())
                    .toArray())
        .toArray(double[][]::new);
  }

  private static boolean anyTrue(boolean[] row) {
    for (boolean b : row) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Validates a non-empty rectangular finite matrix and returns its width (≥ 1). */
  private static int width(double[][] m) {
    Objects.requireNonNull(m);
    if (m.length == 0) {
      throw new IllegalArgumentException("no rows");
    }
    int w = Objects.requireNonNull(m[0]).length;
    if (w == 0
        || Arrays.stream(m)
            .anyMatch(
                r ->
                    Objects.requireNonNull(r).length != w
                        || Arrays.stream(r).anyMatch(x -> !Double.isFinite(x)))) {
      throw new IllegalArgumentException("empty, ragged or non-finite matrix");
    }
    return w;
  }
}
