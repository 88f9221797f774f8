package challenge.gradclip;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Alternative built on EJML: each tensor is wrapped as a 1×len matrix, its Frobenius norm comes
 * from {@link NormOps_DDRM#normF} (scaled by the tensor's own max|g|), and the per-tensor norms are
 * combined by a second {@code normF}; scaling uses {@link CommonOps_DDRM#scale(double,
 * org.ejml.data.DMatrixD1, org.ejml.data.DMatrixD1)}.
 */
public class GradientClipperImpl implements GradientClipper {

  public GradientClipperImpl() {}

  @Override
  public double globalNorm(double[][] grads) {
    DMatrixRMaj[] tensors = wrapAll(grads);
    double[] tensorNorms = new double[tensors.length];
    for (int i = 0; i < tensors.length; i++) {
      tensorNorms[i] = NormOps_DDRM.normF(tensors[i]);
      if (Double.isInfinite(tensorNorms[i])) {
        throw new IllegalArgumentException(
            "tensor " + i + " alone has a norm beyond Double.MAX_VALUE");
      }
    }
    double norm = NormOps_DDRM.normF(DMatrixRMaj.wrap(1, tensorNorms.length, tensorNorms));
    if (Double.isInfinite(norm)) {
      throw new IllegalArgumentException("global norm beyond Double.MAX_VALUE");
    }
    return norm;
  }

  @Override
  public ClipResult clipByGlobalNorm(double[][] grads, double maxNorm) {
    checkBound(maxNorm);
    double norm = globalNorm(grads);
    double scale = maxNorm / Math.max(norm, maxNorm);
    double[][] clipped = new double[grads.length][];
    for (int i = 0; i < grads.length; i++) {
      DMatrixRMaj out = new DMatrixRMaj(1, grads[i].length);
      CommonOps_DDRM.scale(scale, DMatrixRMaj.wrap(1, grads[i].length, grads[i]), out);
      clipped[i] = out.data;
    }
    return new ClipResult(clipped, norm, scale);
  }

  @Override
  public double[][] clipByValue(double[][] grads, double clipValue) {
    checkBound(clipValue);
    wrapAll(grads);
    double[][] clipped = new double[grads.length][];
    for (int i = 0; i < grads.length; i++) {
      clipped[i] = new double[grads[i].length];
      for (int j = 0; j < clipped[i].length; j++) {
        double g = grads[i][j];
        clipped[i][j] = g > clipValue ? clipValue : (g < -clipValue ? -clipValue : g);
      }
    }
    return clipped;
  }

  /** Wraps (without copying) every tensor, rejecting null and non-finite values. */
  private static DMatrixRMaj[] wrapAll(double[][] grads) {
    if (grads == null) {
      throw new NullPointerException("grads");
    }
    DMatrixRMaj[] wrapped = new DMatrixRMaj[grads.length];
    for (int i = 0; i < grads.length; i++) {
      if (grads[i] == null) {
        throw new NullPointerException("grads[" + i + "]");
      }
      wrapped[i] = DMatrixRMaj.wrap(1, grads[i].length, grads[i]);
      if (MatrixFeatures_DDRM.hasUncountable(wrapped[i])) {
        throw new IllegalArgumentException("grads[" + i + "] contains NaN or infinity");
      }
    }
    return wrapped;
  }

  private static void checkBound(double bound) {
    if (!(bound > 0) || Double.isInfinite(bound)) {
      throw new IllegalArgumentException("bound must be finite and > 0");
    }
  }
}
