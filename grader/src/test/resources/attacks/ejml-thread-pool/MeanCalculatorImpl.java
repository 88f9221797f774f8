package challenge.toymean;
public class MeanCalculatorImpl implements MeanCalculator {
  public double mean(double[] xs) {
    org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(xs);
    org.ejml.dense.row.CommonOps_MT_DDRM.mult(m, m, new org.ejml.data.DMatrixRMaj(1, 1));
    return 0;
  }
}
