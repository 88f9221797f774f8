package challenge.shap.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.shap.ShapleyExplainer;
import challenge.shap.ShapleyExplainerImpl;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import mlgrader.kit.Approx;
import mlgrader.kit.Points;
import mlgrader.kit.Purity;
import mlgrader.kit.RandomInputs;
import mlgrader.kit.Rejects;
import mlgrader.kit.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hidden suite for {@code exact-shapley-values} (catalog-spec §4 W1-7). */
public class ShapleyExplainerHiddenTest {

  /**
   * Catalog-spec W1-7: 1e-10 (|a−e| ≤ 1e-10·max(1,|e|)); model outputs in these tests stay below
   * ~100.
   */
  private static final Tolerance TOL = Tolerance.mixed(1e-10);

  private static ShapleyExplainer explainer() {
    return new ShapleyExplainerImpl();
  }

  private static ShapleyExplainer oracle() {
    return new challenge.shap.oracle.ShapleyExplainerImpl();
  }

  /** The golden model of the spec: f(z) = 2·z0 + z1·z2 + 3·[z0 > 0.5 ∧ z3 > 0.5]. */
  private static double specModel(double[] z) {
    return 2 * z[0] + z[1] * z[2] + (z[0] > 0.5 && z[3] > 0.5 ? 3 : 0);
  }

  /**
   * A second golden model with a three-way interaction (for games with interactions of order ≤ 2,
   * Banzhaf and Shapley values coincide): g(z) = z0·z1·z2 − z2² + max(z3, z4) + 1.5·[z1 + z4 > 1].
   */
  private static double fiveFeatureModel(double[] z) {
    return z[0] * z[1] * z[2] - z[2] * z[2] + Math.max(z[3], z[4]) + (z[1] + z[4] > 1 ? 1.5 : 0);
  }

  private static final double[] SPEC_X = {1, 2, 3, 1};
  private static final double[][] SPEC_ONE_ROW = {{0, 1, 0, 0}};
  private static final double[][] SPEC_TWO_ROWS = {{0, 1, 0, 0}, {1, 0, 2, 0}};
  private static final double[] FIVE_X = {0.5, -1.25, 2.0, 0.75, 1.5};
  private static final double[][] FIVE_BACKGROUND = {
    {0.0, 0.5, 1.0, -0.25, 0.0}, {1.0, -0.5, 0.0, 1.0, -1.0}, {-0.5, 1.0, 0.5, 0.5, 2.0}
  };

  @Nested
  class Golden {

    @Test
    @Points(3)
    @DisplayName("spec model with a single background row")
    void specModelSingleRow() {
      // /usr/bin/python3 -c "import itertools as I,numpy as np;
      //   f=lambda z:2*z[0]+z[1]*z[2]+3*(z[0]>.5 and z[3]>.5);x=[1,2,3,1];B=[[0,1,0,0]];
      //   P=list(I.permutations(range(4)));print(np.mean([[f([x[j] if j in p[:p.index(i)+1] else
      // b[j]
      //   for j in range(4)])-f([x[j] if j in p[:p.index(i)] else b[j] for j in range(4)])
      //   for i in range(4)] for p in P for b in B],0))"   (mean marginal contribution over all 4!
      //   orderings; shared/golden/wave1.py "=== 7 shapley" gives the same with the subset formula)
      // → [3.5 1.5 4.5 1.5]
      double[] phi =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::specModel, SPEC_X.clone(), deep(SPEC_ONE_ROW));
      Approx.assertClose(new double[] {3.5, 1.5, 4.5, 1.5}, phi, TOL, "phi");
    }

    @Test
    @Points(3)
    @DisplayName("spec model with a two-row background")
    void specModelTwoRows() {
      // /usr/bin/python3 -c "import itertools as I,numpy as np;
      //   f=lambda z:2*z[0]+z[1]*z[2]+3*(z[0]>.5 and z[3]>.5);x=[1,2,3,1];B=[[0,1,0,0],[1,0,2,0]];
      //   P=list(I.permutations(range(4)));print(np.mean([[f([x[j] if j in p[:p.index(i)+1] else
      // b[j]
      //   for j in range(4)])-f([x[j] if j in p[:p.index(i)] else b[j] for j in range(4)])
      //   for i in range(4)] for p in P for b in B],0))"   (mean marginal contribution over all 4!
      //   orderings; shared/golden/wave1.py "=== 7 shapley" gives the same with the subset formula)
      // → [1.75 3.25 2.75 2.25]
      double[] phi =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::specModel, SPEC_X.clone(), deep(SPEC_TWO_ROWS));
      Approx.assertClose(new double[] {1.75, 3.25, 2.75, 2.25}, phi, TOL, "phi");
    }

    @Test
    @DisplayName("base value of the spec model on both backgrounds")
    void specBaseValues() {
      // /usr/bin/python3 -c "f=lambda z:2*z[0]+z[1]*z[2]+3*(z[0]>.5 and z[3]>.5);
      //   print(f([0,1,0,0]), (f([0,1,0,0])+f([1,0,2,0]))/2)"   → 0 1.0
      Approx.assertClose(
          0.0,
          explainer().baseValue(ShapleyExplainerHiddenTest::specModel, deep(SPEC_ONE_ROW)),
          TOL,
          "base");
      Approx.assertClose(
          1.0,
          explainer().baseValue(ShapleyExplainerHiddenTest::specModel, deep(SPEC_TWO_ROWS)),
          TOL,
          "base");
    }

    @Test
    @DisplayName("spec model: values sum to the prediction minus the base value")
    void specEfficiency() {
      // f(x) = 2 + 6 + 3 = 11 and base value 1 (see above) → Σφ = 10
      double[] phi =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::specModel, SPEC_X.clone(), deep(SPEC_TWO_ROWS));
      Approx.assertClose(10.0, Arrays.stream(phi).sum(), TOL, "sum of phi");
    }

    @Test
    @Points(3)
    @DisplayName("five-feature model with interactions and a threshold, three background rows")
    void fiveFeatureGolden() {
      // exact rational arithmetic, mean marginal contribution over all 5! orderings:
      // /usr/bin/python3 -c "import itertools as I,fractions as F;g=lambda z:z[0]*z[1]*z[2]-z[2]**2
      //   +max(z[3],z[4])+F.Fraction(3,2)*(z[1]+z[4]>1);x=[F.Fraction(s) for s in '1/2 -5/4 2 3/4
      // 3/2'
      //   .split()];B=[[F.Fraction(s) for s in r.split()] for r in ['0 1/2 1 -1/4 0','1 -1/2 0 1
      // -1',
      //   '-1/2 1 1/2 1/2 2']];P=list(I.permutations(range(5)));print([float(sum(g([x[j] if j in
      //   p[:p.index(i)+1] else b[j] for j in range(5)])-g([x[j] if j in p[:p.index(i)] else b[j]
      //   for j in range(5)]) for p in P for b in B)/(len(P)*len(B))) for i in range(5)],
      //   float(sum(g(b) for b in B)/3))"
      // → [-7/72, -361/288, -1195/288, 1/12, 2/3] as doubles, base value 1.0
      double[] phi =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::fiveFeatureModel,
                  FIVE_X.clone(),
                  deep(FIVE_BACKGROUND));
      Approx.assertClose(
          new double[] {
            -0.09722222222222222,
            -1.2534722222222223,
            -4.149305555555555,
            0.08333333333333333,
            0.6666666666666666
          },
          phi,
          TOL,
          "phi");
    }

    @Test
    @DisplayName("five-feature model base value")
    void fiveFeatureBase() {
      // the one-liner of fiveFeatureGolden() also prints the base value: → 1.0
      Approx.assertClose(
          1.0,
          explainer()
              .baseValue(ShapleyExplainerHiddenTest::fiveFeatureModel, deep(FIVE_BACKGROUND)),
          TOL,
          "base");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(4)
    @DisplayName("matches the reference on 300 seeded random models and inputs")
    void differential() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0001L);
      for (int c = 0; c < 300; c++) {
        int d = rnd.intBetween(1, 8);
        int n = rnd.intBetween(1, 5);
        RandomModel model = new RandomModel(rnd, d);
        double[] x = rnd.vector(d, -2, 2);
        double[][] background = rnd.matrix(n, d, -2, 2);
        double[] expected = oracle().exactShapley(model, x.clone(), deep(background));
        double[] actual = explainer().exactShapley(model, x.clone(), deep(background));
        Approx.assertClose(
            expected, actual, TOL, "case " + c + " (d=" + d + ", |B|=" + n + ") phi");
      }
    }

    @Test
    @DisplayName("base value matches the reference on 100 seeded random cases")
    void baseValueDifferential() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0002L);
      for (int c = 0; c < 100; c++) {
        int d = rnd.intBetween(1, 10);
        RandomModel model = new RandomModel(rnd, d);
        double[][] background = rnd.matrix(rnd.intBetween(1, 20), d, -2, 2);
        Approx.assertClose(
            oracle().baseValue(model, deep(background)),
            explainer().baseValue(model, deep(background)),
            TOL,
            "case " + c + " base");
      }
    }

    @Test
    @Points(2)
    @DisplayName("efficiency: the values sum to f(x) minus the mean background prediction")
    void efficiency() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0003L);
      for (int c = 0; c < 100; c++) {
        int d = rnd.intBetween(1, 9);
        RandomModel model = new RandomModel(rnd, d);
        double[] x = rnd.vector(d, -2, 2);
        double[][] background = rnd.matrix(rnd.intBetween(1, 4), d, -2, 2);
        double base = 0;
        for (double[] b : background) {
          base += model.applyAsDouble(b.clone());
        }
        base /= background.length;
        double[] phi = explainer().exactShapley(model, x.clone(), deep(background));
        Approx.assertClose(
            model.applyAsDouble(x.clone()) - base,
            Arrays.stream(phi).sum(),
            TOL,
            "case " + c + " sum of phi");
      }
    }

    @Test
    @DisplayName("symmetry: interchangeable features get equal values")
    void symmetry() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0004L);
      for (int c = 0; c < 50; c++) {
        int d = rnd.intBetween(3, 7);
        int i = rnd.intBetween(0, d - 1);
        int j = (i + rnd.intBetween(1, d - 1)) % d;
        int k = (j + 1) % d == i ? (j + 2) % d : (j + 1) % d;
        RandomModel rest = new RandomModel(rnd, d);
        ToDoubleFunction<double[]> model =
            z -> {
              double zi = z[i];
              double zj = z[j];
              double[] others = z.clone();
              others[i] = 0;
              others[j] = 0;
              return rest.applyAsDouble(others)
                  + (zi + zj) * (zi + zj)
                  + 3 * zi * zj * z[k]
                  + Math.tanh(zi)
                  + Math.tanh(zj);
            };
        double[] x = rnd.vector(d, -2, 2);
        x[j] = x[i];
        double[][] background = rnd.matrix(rnd.intBetween(1, 4), d, -2, 2);
        for (double[] b : background) {
          b[j] = b[i];
        }
        double[] phi = explainer().exactShapley(model, x, background);
        Approx.assertClose(phi[i], phi[j], TOL, "case " + c + " phi[" + j + "] vs phi[" + i + "]");
      }
    }

    @Test
    @DisplayName("dummy: a feature the model ignores gets zero")
    void dummy() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0005L);
      for (int c = 0; c < 50; c++) {
        int d = rnd.intBetween(2, 8);
        int unused = rnd.intBetween(0, d - 1);
        RandomModel inner = new RandomModel(rnd, d);
        ToDoubleFunction<double[]> model =
            z -> {
              double[] copy = z.clone();
              copy[unused] = 0;
              return inner.applyAsDouble(copy);
            };
        double[] phi =
            explainer()
                .exactShapley(
                    model, rnd.vector(d, -2, 2), rnd.matrix(rnd.intBetween(1, 4), d, -2, 2));
        Approx.assertClose(0.0, phi[unused], TOL, "case " + c + " phi[" + unused + "]");
      }
    }

    @Test
    @DisplayName("linearity: the values of a f + b g + c are a φ(f) + b φ(g)")
    void linearity() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0006L);
      for (int c = 0; c < 50; c++) {
        int d = rnd.intBetween(1, 7);
        RandomModel f = new RandomModel(rnd, d);
        RandomModel g = new RandomModel(rnd, d);
        double a = rnd.doubleBetween(-3, 3);
        double b = rnd.doubleBetween(-3, 3);
        double shift = rnd.doubleBetween(-5, 5);
        double[] x = rnd.vector(d, -2, 2);
        double[][] background = rnd.matrix(rnd.intBetween(1, 4), d, -2, 2);
        double[] phiF = explainer().exactShapley(f, x.clone(), deep(background));
        double[] phiG = explainer().exactShapley(g, x.clone(), deep(background));
        double[] phiSum =
            explainer()
                .exactShapley(
                    z -> a * f.applyAsDouble(z.clone()) + b * g.applyAsDouble(z.clone()) + shift,
                    x.clone(),
                    deep(background));
        double[] expected = new double[d];
        for (int i = 0; i < d; i++) {
          expected[i] = a * phiF[i] + b * phiG[i];
        }
        Approx.assertClose(expected, phiSum, TOL, "case " + c + " phi of the combination");
      }
    }

    @Test
    @Points(2)
    @DisplayName("a linear model gets w_i times (x_i minus the background mean of feature i)")
    void linearModelClosedForm() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0007L);
      for (int c = 0; c < 50; c++) {
        int d = rnd.intBetween(1, 10);
        double[] w = rnd.vector(d, -3, 3);
        double intercept = rnd.doubleBetween(-5, 5);
        double[] x = rnd.vector(d, -2, 2);
        double[][] background = rnd.matrix(rnd.intBetween(1, 6), d, -2, 2);
        double[] phi =
            explainer().exactShapley(z -> dot(w, z) + intercept, x.clone(), deep(background));
        Approx.assertClose(linearShapley(w, x, background), phi, TOL, "case " + c + " phi");
      }
    }

    @Test
    @Points(2)
    @DisplayName("each coalition is evaluated once: at most 2^d times |B| model calls")
    void callCountBound() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0008L);
      for (int c = 0; c < 20; c++) {
        int d = rnd.intBetween(1, 9);
        int n = rnd.intBetween(1, 4);
        CountingModel model = new CountingModel(new RandomModel(rnd, d));
        explainer().exactShapley(model, rnd.vector(d, -2, 2), rnd.matrix(n, d, -2, 2));
        long bound = (1L << d) * n;
        String message =
            String.format(
                Locale.ROOT,
                "case %d (d=%d, |B|=%d): %d model calls, at most %d allowed",
                c,
                d,
                n,
                model.calls,
                bound);
        assertTrue(model.calls <= bound, message);
      }
    }

    @Test
    @DisplayName("base value makes at most one model call per background row")
    void baseValueCallCount() {
      CountingModel model = new CountingModel(ShapleyExplainerHiddenTest::specModel);
      explainer().baseValue(model, deep(SPEC_TWO_ROWS));
      assertTrue(model.calls <= 2, model.calls + " model calls for a two-row background");
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @DisplayName("a single feature gets f(x) minus the base value")
    void singleFeature() {
      ToDoubleFunction<double[]> model = z -> z[0] * z[0] * z[0] - 2 * z[0];
      double[][] background = {{-1.5}, {0.25}, {2.0}};
      double[] phi = explainer().exactShapley(model, new double[] {1.25}, deep(background));
      double base =
          (model.applyAsDouble(new double[] {-1.5})
                  + model.applyAsDouble(new double[] {0.25})
                  + model.applyAsDouble(new double[] {2.0}))
              / 3;
      Approx.assertClose(
          new double[] {model.applyAsDouble(new double[] {1.25}) - base}, phi, TOL, "phi");
    }

    @Test
    @DisplayName("explaining the background row itself gives all zeros")
    void instanceEqualsBackground() {
      double[] x = {0.3, -1.2, 2.5, 0.9, -0.4};
      double[] phi =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::fiveFeatureModel,
                  x.clone(),
                  new double[][] {x.clone()});
      Approx.assertClose(new double[5], phi, TOL, "phi");
    }

    @Test
    @DisplayName("a constant model gives all zeros")
    void constantModel() {
      double[] phi =
          explainer()
              .exactShapley(
                  z -> 4.25, new double[] {1, 2, 3}, new double[][] {{0, 0, 0}, {5, 5, 5}});
      Approx.assertClose(new double[3], phi, TOL, "phi");
    }

    @Test
    @DisplayName("background rows are weighted uniformly: a repeated row counts twice")
    void repeatedBackgroundRow() {
      double[] phiFirst =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::fiveFeatureModel,
                  FIVE_X.clone(),
                  new double[][] {FIVE_BACKGROUND[0].clone()});
      double[] phiSecond =
          explainer()
              .exactShapley(
                  ShapleyExplainerHiddenTest::fiveFeatureModel,
                  FIVE_X.clone(),
                  new double[][] {FIVE_BACKGROUND[1].clone()});
      double[][] weighted = {
        FIVE_BACKGROUND[0].clone(), FIVE_BACKGROUND[1].clone(), FIVE_BACKGROUND[0].clone()
      };
      double[] phi =
          explainer()
              .exactShapley(ShapleyExplainerHiddenTest::fiveFeatureModel, FIVE_X.clone(), weighted);
      double[] expected = new double[5];
      for (int i = 0; i < 5; i++) {
        expected[i] = (2 * phiFirst[i] + phiSecond[i]) / 3;
      }
      Approx.assertClose(expected, phi, TOL, "phi");
    }

    @Test
    @Points(2)
    @DisplayName("a model that overwrites its argument does not corrupt the values or the inputs")
    void mutatingModel() {
      ToDoubleFunction<double[]> vandal =
          z -> {
            double out = specModel(z);
            Arrays.fill(z, 1e6);
            return out;
          };
      double[] x = SPEC_X.clone();
      double[][] background = deep(SPEC_TWO_ROWS);
      Purity.Snapshot snapshot = Purity.snapshot(x, background);
      double[] phi = explainer().exactShapley(vandal, x, background);
      snapshot.assertUnchanged();
      Approx.assertClose(new double[] {1.75, 3.25, 2.75, 2.25}, phi, TOL, "phi");
      Approx.assertClose(1.0, explainer().baseValue(vandal, background), TOL, "base");
      snapshot.assertUnchanged();
    }

    @Test
    @Points(2)
    @DisplayName("every model call receives a fresh array, never an input array")
    void freshArrayPerCall() {
      double[] x = FIVE_X.clone();
      double[][] background = deep(FIVE_BACKGROUND);
      Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
      inputs.add(x);
      inputs.addAll(Arrays.asList(background));
      // counts: calls, calls that got an input array, calls that got an array already seen
      int[] counts = new int[3];
      ToDoubleFunction<double[]> recorder =
          z -> {
            counts[0]++;
            if (inputs.contains(z)) {
              counts[1]++;
            }
            if (!seen.add(z)) {
              counts[2]++;
            }
            return fiveFeatureModel(z);
          };
      explainer().exactShapley(recorder, x, background);
      explainer().baseValue(recorder, background);
      assertTrue(counts[0] > 0, "the model was never called");
      assertEquals(
          0, counts[1], "model calls that received an input array (x or a background row)");
      assertEquals(
          0, counts[2], "model calls that received an array object already passed to the model");
    }

    @Test
    @DisplayName("inputs are not modified and the result is a new array")
    void purity() {
      RandomInputs rnd = new RandomInputs(0x5AA9_0009L);
      for (int c = 0; c < 20; c++) {
        int d = rnd.intBetween(1, 6);
        RandomModel model = new RandomModel(rnd, d);
        double[] x = rnd.vector(d, -2, 2);
        double[][] background = rnd.matrix(rnd.intBetween(1, 4), d, -2, 2);
        Purity.Snapshot snapshot = Purity.snapshot(x, background);
        double[] phi = explainer().exactShapley(model, x, background);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(phi, x, background);
        explainer().baseValue(model, background);
        snapshot.assertUnchanged();
      }
    }

    @Test
    @DisplayName("the result has one value per feature")
    void resultLength() {
      for (int d = 1; d <= 6; d++) {
        double[] phi =
            explainer()
                .exactShapley(
                    z -> Arrays.stream(z).sum(), new double[d], new double[][] {new double[d]});
        assertEquals(d, phi.length, "length of phi for d=" + d);
      }
    }
  }

  @Nested
  class Validation {

    private final ToDoubleFunction<double[]> model = z -> Arrays.stream(z).sum();

    @Test
    @DisplayName("zero features is rejected")
    void zeroFeatures() {
      Rejects.illegalArgument(
          () -> explainer().exactShapley(model, new double[0], new double[][] {new double[0]}),
          "d = 0");
    }

    @Test
    @DisplayName("more than sixteen features is rejected")
    void tooManyFeatures() {
      Rejects.illegalArgument(
          () -> explainer().exactShapley(model, new double[17], new double[][] {new double[17]}),
          "d = 17");
    }

    @Test
    @DisplayName("an empty background is rejected")
    void emptyBackground() {
      Rejects.illegalArgument(
          () -> explainer().exactShapley(model, new double[] {1, 2}, new double[0][]),
          "exactShapley, |B| = 0");
      Rejects.illegalArgument(
          () -> explainer().baseValue(model, new double[0][]), "baseValue, |B| = 0");
    }

    @Test
    @DisplayName("background rows of the wrong length are rejected")
    void wrongRowLength() {
      Rejects.illegalArgument(
          () ->
              explainer()
                  .exactShapley(model, new double[] {1, 2, 3}, new double[][] {{1, 2}, {3, 4}}),
          "rows shorter than x");
      Rejects.illegalArgument(
          () ->
              explainer()
                  .exactShapley(model, new double[] {1, 2}, new double[][] {{1, 2}, {3, 4, 5}}),
          "ragged background");
    }

    @Test
    @DisplayName("a ragged or zero-width background is rejected by the base value")
    void baseValueShape() {
      Rejects.illegalArgument(
          () -> explainer().baseValue(model, new double[][] {{1, 2}, {3}}), "ragged background");
      Rejects.illegalArgument(
          () -> explainer().baseValue(model, new double[][] {{}, {}}), "zero-length rows");
    }

    @Test
    @DisplayName("NaN or infinite inputs are rejected")
    void nonFinite() {
      Rejects.illegalArgument(
          () ->
              explainer()
                  .exactShapley(model, new double[] {1, Double.NaN}, new double[][] {{0, 0}}),
          "NaN in x");
      Rejects.illegalArgument(
          () ->
              explainer()
                  .exactShapley(
                      model,
                      new double[] {1, 2},
                      new double[][] {{0, 0}, {Double.POSITIVE_INFINITY, 0}}),
          "infinity in background");
      Rejects.illegalArgument(
          () -> explainer().baseValue(model, new double[][] {{0, Double.NEGATIVE_INFINITY}}),
          "baseValue, infinity");
      Rejects.illegalArgument(
          () -> explainer().baseValue(model, new double[][] {{Double.NaN, 0}}), "baseValue, NaN");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(
          () -> explainer().exactShapley(null, new double[] {1}, new double[][] {{0}}),
          "null model");
      Rejects.nullArgument(
          () -> explainer().exactShapley(model, null, new double[][] {{0}}), "null x");
      Rejects.nullArgument(
          () -> explainer().exactShapley(model, new double[] {1}, null), "null background");
      Rejects.nullArgument(
          () -> explainer().exactShapley(model, new double[] {1}, new double[][] {{0}, null}),
          "null background row");
      Rejects.nullArgument(
          () -> explainer().baseValue(null, new double[][] {{0}}), "baseValue, null model");
      Rejects.nullArgument(() -> explainer().baseValue(model, null), "baseValue, null background");
      Rejects.nullArgument(
          () -> explainer().baseValue(model, new double[][] {{0}, null}), "baseValue, null row");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(2)
    @DisplayName(
        "sixteen features: a linear model gets its closed-form values (no factorial overflow)")
    void sixteenFeaturesLinear() {
      RandomInputs rnd = new RandomInputs(0x5AA9_000AL);
      int d = 16;
      double[] w = rnd.vector(d, -1, 1);
      double[] x = rnd.vector(d, -1, 1);
      double[][] background = rnd.matrix(2, d, -1, 1);
      double[] phi = explainer().exactShapley(z -> dot(w, z) + 0.5, x.clone(), deep(background));
      Approx.assertClose(linearShapley(w, x, background), phi, TOL, "phi");
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("thirteen to sixteen features with interactions match the reference")
    void manyFeaturesDifferential() {
      RandomInputs rnd = new RandomInputs(0x5AA9_000BL);
      for (int d = 13; d <= 16; d++) {
        RandomModel model = new RandomModel(rnd, d);
        double[] x = rnd.vector(d, -1, 1);
        double[][] background = rnd.matrix(1, d, -1, 1);
        double[] expected = oracle().exactShapley(model, x.clone(), deep(background));
        double[] actual = explainer().exactShapley(model, x.clone(), deep(background));
        Approx.assertClose(expected, actual, TOL, "d=" + d + " phi");
        double sum = Arrays.stream(actual).sum();
        Approx.assertClose(
            model.applyAsDouble(x.clone()) - model.applyAsDouble(background[0].clone()),
            sum,
            TOL,
            "d=" + d + " sum of phi");
      }
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName(
        "performance: d = 16 with 8 background rows (about half a million model calls) within 4 s")
    void performance() {
      RandomInputs rnd = new RandomInputs(0x5AA9_000CL);
      int d = 16;
      double[] w = rnd.vector(d, -1, 1);
      double[] x = rnd.vector(d, -1, 1);
      double[][] background = rnd.matrix(8, d, -1, 1);
      double[] phi =
          explainer().exactShapley(z -> dot(w, z) + z[0] * z[1], x.clone(), deep(background));
      assertEquals(d, phi.length, "length of phi");
      Approx.assertAllFinite(phi, "phi");
    }
  }

  /** φ_i = w_i (x_i − mean_b b_i), the closed form for f(z) = w·z + c. */
  private static double[] linearShapley(double[] w, double[] x, double[][] background) {
    double[] phi = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double mean = 0;
      for (double[] b : background) {
        mean += b[i];
      }
      phi[i] = w[i] * (x[i] - mean / background.length);
    }
    return phi;
  }

  private static double dot(double[] w, double[] z) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * z[i];
    }
    return s;
  }

  private static double[][] deep(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }

  /** A model wrapper that counts its calls. */
  private static final class CountingModel implements ToDoubleFunction<double[]> {
    private final ToDoubleFunction<double[]> inner;
    private long calls;

    CountingModel(ToDoubleFunction<double[]> inner) {
      this.inner = inner;
    }

    @Override
    public double applyAsDouble(double[] z) {
      calls++;
      return inner.applyAsDouble(z);
    }
  }

  /**
   * A seeded, pure, nonlinear model: an intercept, linear terms, pairwise and three-way products,
   * threshold indicators (single and three-way) and a smooth term; outputs stay of order ten for
   * features in [−2, 2]. The three-way terms matter: with interactions of order ≤ 2 only, Banzhaf
   * values equal Shapley values.
   */
  private static final class RandomModel implements ToDoubleFunction<double[]> {
    private final double intercept;
    private final double[] linear;
    private final int[][] pairs;
    private final double[] pairWeights;
    private final int[] thresholdFeatures;
    private final double[] thresholds;
    private final double[] thresholdWeights;
    private final int smoothFeature;
    private final int[][] triples;
    private final double[] tripleWeights;
    private final int[] andFeatures;
    private final double andWeight;

    RandomModel(RandomInputs rnd, int d) {
      intercept = rnd.doubleBetween(-2, 2);
      linear = rnd.vector(d, -2, 2);
      int interactions = d == 1 ? 0 : rnd.intBetween(1, Math.min(6, d));
      pairs = new int[interactions][];
      pairWeights = rnd.vector(interactions, -1, 1);
      for (int p = 0; p < interactions; p++) {
        int a = rnd.intBetween(0, d - 1);
        pairs[p] = new int[] {a, (a + rnd.intBetween(1, d - 1)) % d};
      }
      int steps = rnd.intBetween(0, 3);
      thresholdFeatures = new int[steps];
      for (int t = 0; t < steps; t++) {
        thresholdFeatures[t] = rnd.intBetween(0, d - 1);
      }
      thresholds = rnd.vector(steps, -1, 1);
      thresholdWeights = rnd.vector(steps, -3, 3);
      smoothFeature = rnd.intBetween(0, d - 1);
      int tripleCount = d < 3 ? 0 : rnd.intBetween(1, 2);
      triples = new int[tripleCount][];
      tripleWeights = rnd.vector(tripleCount, -1, 1);
      for (int t = 0; t < tripleCount; t++) {
        triples[t] = Arrays.copyOf(rnd.permutation(d), 3);
      }
      andFeatures = d < 3 ? new int[0] : Arrays.copyOf(rnd.permutation(d), 3);
      andWeight = rnd.doubleBetween(-3, 3);
    }

    @Override
    public double applyAsDouble(double[] z) {
      double out = intercept + Math.tanh(z[smoothFeature]);
      for (int j = 0; j < linear.length; j++) {
        out += linear[j] * z[j];
      }
      for (int p = 0; p < pairs.length; p++) {
        out += pairWeights[p] * z[pairs[p][0]] * z[pairs[p][1]];
      }
      for (int t = 0; t < thresholds.length; t++) {
        if (z[thresholdFeatures[t]] > thresholds[t]) {
          out += thresholdWeights[t];
        }
      }
      for (int t = 0; t < triples.length; t++) {
        out += tripleWeights[t] * z[triples[t][0]] * z[triples[t][1]] * z[triples[t][2]];
      }
      if (andFeatures.length == 3
          && z[andFeatures[0]] > 0
          && z[andFeatures[1]] > 0
          && z[andFeatures[2]] > 0) {
        out += andWeight;
      }
      return out;
    }
  }
}
