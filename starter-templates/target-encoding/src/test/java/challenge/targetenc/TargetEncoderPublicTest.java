package challenge.targetenc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import challenge.targetenc.TargetEncoder.Model;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public examples from the statement; the hidden suite checks much more. */
class TargetEncoderPublicTest {

  private static final double TOL = 1e-12;
  private static final String[] CATS = {"a", "b", "a", "c", "b", "a", "c", "a"};
  private static final double[] Y = {1, 0, 1, 0, 1, 0, 1, 1};

  private final TargetEncoder encoder = new TargetEncoderImpl();

  @Test
  void statementExampleFit() {
    Model model = encoder.fit(CATS, Y, 2.0);
    assertEquals(0.625, model.prior(), TOL);
    assertEquals(3, model.encoding().size());
    assertEquals(0.7083333333333334, model.encoding().get("a"), TOL);
    assertEquals(0.5625, model.encoding().get("b"), TOL);
    assertEquals(0.5625, model.encoding().get("c"), TOL);
  }

  @Test
  void statementExampleTransformWithUnseenAndMissingCategories() {
    Model model = encoder.fit(CATS, Y, 2.0);
    double[] out = encoder.transform(model, new String[] {"c", "a", "zzz", null});
    assertArrayEquals(new double[] {0.5625, 0.7083333333333334, 0.625, 0.625}, out, TOL);
  }

  @Test
  void transformAcceptsHandBuiltModel() {
    Model model = new Model(Map.of("red", 0.25), 0.5);
    assertArrayEquals(
        new double[] {0.25, 0.5, 0.5},
        encoder.transform(model, new String[] {"red", "blue", null}),
        TOL);
  }

  @Test
  void statementExampleOutOfFold() {
    String[] cats = {"a", "b", "a", "c", "b", "a", "c", "a", "b", "d", "c", "a"};
    double[] y = {1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1};
    int[] folds = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
    double[] oof = encoder.fitTransformOutOfFold(cats, y, 2.0, folds);
    assertArrayEquals(
        new double[] {
          0.4583333333333333, 0.4166666666666667, 0.875, 0.25, 0.4166666666666667, 0.875,
          0.25, 0.5416666666666666, 0.625, 0.375, 0.8125, 0.875
        },
        oof,
        TOL);
  }

  @Test
  void singleFoldIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            encoder.fitTransformOutOfFold(
                new String[] {"a", "b"}, new double[] {1, 0}, 1.0, new int[] {3, 3}));
  }
}
