package challenge.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import challenge.attention.Attention.Result;
import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class AttentionPublicTest {

  private static final double TOL = 1e-12;

  private final Attention attention = new AttentionImpl();

  @Test
  void statementExampleSingleQuery() {
    // scores 2/√2 = √2, 0, √2
    Result r =
        attention.scaledDotProduct(
            new double[][] {{2, 0}},
            new double[][] {{1, 0}, {0, 0}, {1, 1}},
            new double[][] {{4}, {0}, {2}},
            null);
    double e = Math.exp(Math.sqrt(2));
    double[] expected = {e / (2 * e + 1), 1 / (2 * e + 1), e / (2 * e + 1)};
    assertArrayEquals(expected, r.weights()[0], TOL);
    assertEquals(2.6748496446456187, r.output()[0][0], TOL);
  }

  @Test
  void statementExampleCausalMask() {
    double[][] q = {{1, 0}, {0, 2}};
    double[][] k = {{2, 0}, {0, 1}};
    double[][] v = {{1, -1}, {3, 5}};
    boolean[][] causal = {{true, false}, {true, true}};
    Result r = attention.scaledDotProduct(q, k, v, causal);
    assertArrayEquals(new double[] {1.0, 0.0}, r.weights()[0], TOL);
    assertEquals(0.0, r.weights()[0][1]); // masked: exactly zero
    assertArrayEquals(new double[] {0.19557031749304313, 0.8044296825069569}, r.weights()[1], TOL);
    assertArrayEquals(new double[] {1, -1}, r.output()[0], TOL);
    assertArrayEquals(new double[] {2.608859365013914, 3.826578095041741}, r.output()[1], TOL);
  }

  @Test
  void statementExampleMultiHeadWithIdentityWeights() {
    double[][] x = {{1, 0}, {0, 1}};
    double[][] id = {{1, 0}, {0, 1}};
    double[][] out = attention.multiHead(x, id, id, id, id, 2, true);
    assertArrayEquals(new double[] {1, 0}, out[0], TOL);
    assertArrayEquals(new double[] {0.5, 0.7310585786300049}, out[1], TOL);
  }

  @Test
  void largeLogitsStayFinite() {
    Result r =
        attention.scaledDotProduct(
            new double[][] {{2000}}, new double[][] {{1}, {-1}}, new double[][] {{1}, {2}}, null);
    assertArrayEquals(new double[] {1.0, 0.0}, r.weights()[0], TOL);
    assertArrayEquals(new double[] {1.0}, r.output()[0], TOL);
  }

  @Test
  void headCountMustDivideTheModelWidth() {
    double[][] id = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    assertThrows(
        IllegalArgumentException.class,
        () -> attention.multiHead(new double[2][3], id, id, id, id, 2, false));
  }
}
