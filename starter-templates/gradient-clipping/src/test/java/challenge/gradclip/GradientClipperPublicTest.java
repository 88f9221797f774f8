package challenge.gradclip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class GradientClipperPublicTest {

  private static final double TOL = 1e-12;

  private final GradientClipper clipper = new GradientClipperImpl();

  @Test
  void statementExampleIsClippedByTheJointNorm() {
    GradientClipper.ClipResult r = clipper.clipByGlobalNorm(new double[][] {{3, 4}, {12}}, 6.5);
    assertEquals(13.0, r.globalNorm(), TOL);
    assertEquals(0.5, r.scale(), TOL);
    assertArrayEquals(new double[] {1.5, 2}, r.grads()[0], TOL);
    assertArrayEquals(new double[] {6}, r.grads()[1], TOL);
  }

  @Test
  void smallGradientsAreReturnedUnchangedWithScaleOne() {
    double[][] grads = {{1, -2, 2, 0}, {4}};
    GradientClipper.ClipResult r = clipper.clipByGlobalNorm(grads, 10.0);
    assertEquals(5.0, r.globalNorm(), TOL);
    assertEquals(1.0, r.scale());
    assertArrayEquals(new double[] {1, -2, 2, 0}, r.grads()[0]);
    assertArrayEquals(new double[] {4}, r.grads()[1]);
  }

  @Test
  void clipByValueClampsEachEntry() {
    double[][] out = clipper.clipByValue(new double[][] {{-3, 0.5, 2}, {7, -0.2}}, 1.0);
    assertArrayEquals(new double[] {-1, 0.5, 1}, out[0]);
    assertArrayEquals(new double[] {1, -0.2}, out[1]);
  }

  @Test
  void hugeEntriesDoNotOverflow() {
    assertEquals(
        1.414213562373095e200,
        clipper.globalNorm(new double[][] {{1e200, 1e200}}),
        1e-12 * 1.414213562373095e200);
  }

  @Test
  void nonPositiveMaxNormIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> clipper.clipByGlobalNorm(new double[][] {{1}}, 0.0));
  }
}
