package challenge.targetenc.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.targetenc.TargetEncoder;
import challenge.targetenc.TargetEncoder.Model;
import challenge.targetenc.TargetEncoderImpl;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
import org.opentest4j.AssertionFailedError;

/** Hidden suite for {@code target-encoding} (catalog-spec §4 W1-8). */
public class TargetEncoderHiddenTest {

  /**
   * Catalog-spec W1-8: 1e-12, as |a−e| ≤ 1e-12·max(1,|e|). Random targets stay in [−3, 3] with at
   * most a few hundred rows, and large cases use integer targets (exact sums), so any summation
   * order passes.
   */
  private static final Tolerance TOL = Tolerance.mixed(1e-12);

  private static TargetEncoder encoder() {
    return new TargetEncoderImpl();
  }

  private static TargetEncoder oracle() {
    return new challenge.targetenc.oracle.TargetEncoderImpl();
  }

  // The spec's golden data (shared/golden/wave2.py, "=== target encoding").
  private static final String[] SPEC_CATS = {"a", "b", "a", "c", "b", "a", "c", "a"};
  private static final double[] SPEC_Y = {1, 0, 1, 0, 1, 0, 1, 1};

  // Out-of-fold golden with three folds whose training priors are 0.375, 0.625 and 0.75 (none
  // degenerate), and a category 'd' that only fold 0 holds.
  private static final String[] OOF_CATS = {
    "a", "b", "a", "c", "b", "a", "c", "a", "b", "d", "c", "a"
  };
  private static final double[] OOF_Y = {1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1};
  private static final int[] OOF_FOLDS = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};

  // Continuous targets and arbitrary fold ids.
  private static final String[] REAL_CATS = {"x", "y", "x", "z", "y", "x", "z", "y", "x", "y"};
  private static final double[] REAL_Y = {3.5, -1.25, 0.75, 2.0, 4.5, -0.5, 1.0, 2.25, 0.0, -3.0};
  private static final int[] REAL_FOLDS = {5, -1, 5, 2, -1, 2, 5, -1, 2, 5};

  @Nested
  class Golden {

    @Test
    @Points(3)
    @DisplayName("smoothed encoding and prior of the spec example")
    void specFit() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('abacbaca'));
      //   y=np.array([1,0,1,0,1,0,1,1.]);m=2;p=y.mean();
      //   print(p,{k:(y[c==k].sum()+m*p)/((c==k).sum()+m) for k in 'abc'})"
      // → 0.625 {'a': 0.7083333333333334, 'b': 0.5625, 'c': 0.5625}
      Model model = encoder().fit(SPEC_CATS.clone(), SPEC_Y.clone(), 2.0);
      assertModel(Map.of("a", 0.7083333333333334, "b", 0.5625, "c", 0.5625), 0.625, model, "m = 2");
    }

    @Test
    @DisplayName("zero smoothing gives the plain category means")
    void specFitWithoutSmoothing() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('abacbaca'));
      //   y=np.array([1,0,1,0,1,0,1,1.]);m=0;p=y.mean();
      //   print(p,{k:(y[c==k].sum()+m*p)/((c==k).sum()+m) for k in 'abc'})"
      // → 0.625 {'a': 0.75, 'b': 0.5, 'c': 0.5}
      Model model = encoder().fit(SPEC_CATS.clone(), SPEC_Y.clone(), 0.0);
      assertModel(Map.of("a", 0.75, "b", 0.5, "c", 0.5), 0.625, model, "m = 0");
    }

    @Test
    @DisplayName("smoothed encoding of continuous targets")
    void continuousFit() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('xyxzyxzyxy'));
      //   y=np.array([3.5,-1.25,.75,2,4.5,-.5,1,2.25,0,-3]);m=1.5;p=y.mean();
      //   print(p,{k:(y[c==k].sum()+m*p)/((c==k).sum()+m) for k in 'xyz'})"
      // → 0.925 {'x': 0.9340909090909091, 'y': 0.7068181818181819, 'z': 1.2535714285714286}
      Model model = encoder().fit(REAL_CATS.clone(), REAL_Y.clone(), 1.5);
      assertModel(
          Map.of("x", 0.9340909090909091, "y", 0.7068181818181819, "z", 1.2535714285714286),
          0.925,
          model,
          "m = 1.5");
    }

    @Test
    @DisplayName("transform of the spec example, with an unseen and a missing category")
    void specTransform() {
      // the m = 2 encoding of specFit(); unseen and null → prior 0.625
      TargetEncoder encoder = encoder();
      Model model = encoder.fit(SPEC_CATS.clone(), SPEC_Y.clone(), 2.0);
      double[] out = encoder.transform(model, new String[] {"c", "a", "zzz", null, "b"});
      Approx.assertClose(
          new double[] {0.5625, 0.7083333333333334, 0.625, 0.625, 0.5625}, out, TOL, "transform");
    }

    @Test
    @Points(3)
    @DisplayName("out-of-fold encoding with three folds and a category seen in one fold only")
    void threeFoldOutOfFold() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('abacbacabdca'));
      //   y=np.array([1,0,0,1,1,0,1,1,0,1,0,1.]);f=np.array([0,1,2]*4);m=2;
      //   E=lambda t,k:(y[t&(c==k)].sum()+m*y[t].mean())/((t&(c==k)).sum()+m);
      //   print([E(f!=f[i],c[i]) for i in range(12)])"   (m > 0: an unseen category gets the prior)
      double[] oof =
          encoder().fitTransformOutOfFold(OOF_CATS.clone(), OOF_Y.clone(), 2.0, OOF_FOLDS.clone());
      Approx.assertClose(
          new double[] {
            0.4583333333333333, 0.4166666666666667, 0.875, 0.25, 0.4166666666666667, 0.875,
            0.25, 0.5416666666666666, 0.625, 0.375, 0.8125, 0.875
          },
          oof,
          TOL,
          "oof");
    }

    @Test
    @Points(2)
    @DisplayName("out-of-fold encoding of continuous targets with arbitrary fold ids")
    void continuousOutOfFold() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('xyxzyxzyxy'));
      //   y=np.array([3.5,-1.25,.75,2,4.5,-.5,1,2.25,0,-3]);
      //   f=np.array([5,-1,5,2,-1,2,5,-1,2,5]);m=1.5;
      //   E=lambda t,k:(y[t&(c==k)].sum()+m*y[t].mean())/((t&(c==k)).sum()+m);
      //   print([E(f!=f[i],c[i]) for i in range(10)])"   (m > 0: an unseen category gets the prior)
      double[] oof =
          encoder()
              .fitTransformOutOfFold(REAL_CATS.clone(), REAL_Y.clone(), 1.5, REAL_FOLDS.clone());
      Approx.assertClose(
          new double[] {
            0.35714285714285715, -0.8785714285714284, 0.35714285714285715,
            1.0642857142857143, -0.8785714285714284, 1.6887755102040816,
            1.5, -0.8785714285714284, 1.6887755102040816,
            1.6111111111111112
          },
          oof,
          TOL,
          "oof");
    }

    @Test
    @DisplayName("out-of-fold encoding of continuous targets without smoothing")
    void continuousOutOfFoldWithoutSmoothing() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('xyxzyxzyxy'));
      //   y=np.array([3.5,-1.25,.75,2,4.5,-.5,1,2.25,0,-3]);
      //   f=np.array([5,-1,5,2,-1,2,5,-1,2,5]);m=0;
      //   E=lambda t,k:(y[t&(c==k)].sum()+m*y[t].mean())/((t&(c==k)).sum()+m);
      //   print([E(f!=f[i],c[i]) for i in range(10)])"   (no unseen category here)
      double[] oof =
          encoder()
              .fitTransformOutOfFold(REAL_CATS.clone(), REAL_Y.clone(), 0.0, REAL_FOLDS.clone());
      Approx.assertClose(
          new double[] {-0.25, -3.0, -0.25, 1.0, -3.0, 2.125, 2.0, -3.0, 2.125, 1.8333333333333333},
          oof,
          TOL,
          "oof");
    }

    @Test
    @DisplayName("out-of-fold encoding of the statement's fit example")
    void specOutOfFold() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('abacbaca'));
      //   y=np.array([1,0,1,0,1,0,1,1.]);f=np.array([0,1]*4);m=2;
      //   E=lambda t,k:(y[t&(c==k)].sum()+m*y[t].mean())/((t&(c==k)).sum()+m);
      //   print([E(f!=f[i],c[i]) for i in range(8)])"   (m > 0: an unseen category gets the prior)
      // (fold 1 trains on rows whose targets are all 1, so its prior is 1)
      double[] oof =
          encoder()
              .fitTransformOutOfFold(
                  SPEC_CATS.clone(), SPEC_Y.clone(), 2.0, new int[] {0, 1, 0, 1, 0, 1, 0, 1});
      Approx.assertClose(
          new double[] {0.375, 1.0, 0.375, 1.0, 0.16666666666666666, 1.0, 0.16666666666666666, 1.0},
          oof,
          TOL,
          "oof");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(3)
    @DisplayName("fit matches the reference on 200 seeded random data sets")
    void fitDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0001L);
      for (int c = 0; c < 200; c++) {
        Data data = Data.random(rnd);
        Model expected = oracle().fit(data.categories.clone(), data.y.clone(), data.smoothing);
        Model actual = encoder().fit(data.categories.clone(), data.y.clone(), data.smoothing);
        assertModel(expected.encoding(), expected.prior(), actual, "case " + c);
      }
    }

    @Test
    @DisplayName("transform matches the reference on 100 seeded random data sets")
    void transformDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0002L);
      for (int c = 0; c < 100; c++) {
        Data data = Data.random(rnd);
        String[] query = Data.randomCategories(rnd, rnd.intBetween(0, 30), data.pool + 2);
        if (query.length > 0) {
          query[rnd.intBetween(0, query.length - 1)] = null;
        }
        Model model = oracle().fit(data.categories, data.y, data.smoothing);
        double[] expected = oracle().transform(model, query.clone());
        Approx.assertClose(
            expected, encoder().transform(model, query.clone()), TOL, "case " + c + " transform");
      }
    }

    @Test
    @Points(4)
    @DisplayName("out-of-fold encoding matches the reference on 300 seeded random data sets")
    void outOfFoldDifferential() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0003L);
      for (int c = 0; c < 300; c++) {
        Data data = Data.random(rnd);
        int[] folds = Data.randomFolds(rnd, data.y.length);
        double[] expected =
            oracle()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, folds.clone());
        double[] actual =
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, folds.clone());
        Approx.assertClose(expected, actual, TOL, "case " + c + " (n=" + data.y.length + ") oof");
      }
    }

    @Test
    @Points(3)
    @DisplayName("no leakage: changing a row's own target never changes its out-of-fold value")
    void noLeakage() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0004L);
      for (int c = 0; c < 100; c++) {
        Data data = Data.random(rnd);
        int[] folds = Data.randomFolds(rnd, data.y.length);
        double[] before =
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, folds.clone());
        int i = rnd.intBetween(0, data.y.length - 1);
        double[] changed = data.y.clone();
        changed[i] += rnd.doubleBetween(1, 5) * (rnd.intBetween(0, 1) == 0 ? -1 : 1);
        double[] after =
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), changed, data.smoothing, folds.clone());
        Approx.assertClose(
            before[i], after[i], TOL, "case " + c + " oof[" + i + "] after changing y[" + i + "]");
      }
    }

    @Test
    @DisplayName("out-of-fold values do not depend on how the folds are numbered")
    void foldRelabeling() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0005L);
      for (int c = 0; c < 50; c++) {
        Data data = Data.random(rnd);
        int[] folds = Data.randomFolds(rnd, data.y.length);
        int[] renamed = new int[folds.length];
        for (int i = 0; i < folds.length; i++) {
          renamed[i] = 1_000_003 * folds[i] - 17;
        }
        double[] expected =
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, folds);
        double[] actual =
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, renamed);
        Approx.assertClose(expected, actual, TOL, "case " + c + " oof with renamed folds");
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "each out-of-fold value equals fitting on the other folds, prior included, then"
            + " transforming")
    void outOfFoldIsFitOnOtherFolds() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0006L);
      for (int c = 0; c < 50; c++) {
        Data data = Data.random(rnd);
        int[] folds = Data.randomFolds(rnd, data.y.length);
        double[] oof =
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, folds.clone());
        int i = rnd.intBetween(0, data.y.length - 1);
        int trainRows = 0;
        for (int f : folds) {
          trainRows += f != folds[i] ? 1 : 0;
        }
        String[] trainCats = new String[trainRows];
        double[] trainY = new double[trainRows];
        for (int j = 0, k = 0; j < folds.length; j++) {
          if (folds[j] != folds[i]) {
            trainCats[k] = data.categories[j];
            trainY[k++] = data.y[j];
          }
        }
        Model model = oracle().fit(trainCats, trainY, data.smoothing);
        double expected = oracle().transform(model, new String[] {data.categories[i]})[0];
        Approx.assertClose(expected, oof[i], TOL, "case " + c + " oof[" + i + "]");
      }
    }

    @Test
    @DisplayName("the prior is the mean target and zero smoothing gives category means")
    void zeroSmoothingGivesMeans() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0007L);
      for (int c = 0; c < 50; c++) {
        Data data = Data.random(rnd);
        Map<String, double[]> stats = new HashMap<>();
        double total = 0;
        for (int i = 0; i < data.y.length; i++) {
          double[] s = stats.computeIfAbsent(data.categories[i], k -> new double[2]);
          s[0] += data.y[i];
          s[1]++;
          total += data.y[i];
        }
        Map<String, Double> means = new HashMap<>();
        stats.forEach((k, s) -> means.put(k, s[0] / s[1]));
        assertModel(
            means,
            total / data.y.length,
            encoder().fit(data.categories.clone(), data.y.clone(), 0.0),
            "case " + c);
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("unseen and missing categories get the prior")
    void unseenAndNullGetPrior() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0008L);
      for (int c = 0; c < 20; c++) {
        Data data = Data.random(rnd);
        TargetEncoder encoder = encoder();
        Model model = encoder.fit(data.categories.clone(), data.y.clone(), data.smoothing);
        double[] out = encoder.transform(model, new String[] {"never-seen", null, "", "c0"});
        double prior = oracle().fit(data.categories, data.y, data.smoothing).prior();
        Approx.assertClose(
            new double[] {prior, prior, prior, prior}, out, TOL, "case " + c + " transform");
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "transform works on a hand-built model with an immutable map, missing category included")
    void handBuiltModel() {
      Model model = new Model(Map.of("red", 0.25, "blue", -1.5), 0.125);
      Map<String, Double> before = new HashMap<>(model.encoding());
      String[] query = {"blue", "green", null, "red", "red"};
      double[] out = encoder().transform(model, query);
      Approx.assertClose(new double[] {-1.5, 0.125, 0.125, 0.25, 0.25}, out, TOL, "transform");
      assertEquals(before, new HashMap<>(model.encoding()), "the model's map changed");
    }

    @Test
    @DisplayName("transform of no categories is an empty array")
    void emptyTransform() {
      double[] out = encoder().transform(new Model(Map.of("a", 1.0), 0.5), new String[0]);
      assertNotNull(out, "transform returned null");
      assertEquals(0, out.length, "length");
    }

    @Test
    @DisplayName("categories are compared by content, not identity, and are case-sensitive")
    void categoriesByContent() {
      String[] cats = {new String("k"), new String("k"), "K", new String("")};
      double[] y = {1, 3, 10, 7};
      TargetEncoder encoder = encoder();
      Model model = encoder.fit(cats, y, 0.0);
      assertModel(Map.of("k", 2.0, "K", 10.0, "", 7.0), 5.25, model, "m = 0");
      double[] out =
          encoder.transform(model, new String[] {new String("k"), new String("K"), new String("")});
      Approx.assertClose(new double[] {2.0, 10.0, 7.0}, out, TOL, "transform");
    }

    @Test
    @DisplayName("a single row or a single category encodes to the prior")
    void degenerateFits() {
      assertModel(
          Map.of("only", -2.5),
          -2.5,
          encoder().fit(new String[] {"only"}, new double[] {-2.5}, 3.0),
          "single row");
      assertModel(
          Map.of("s", 1.75),
          1.75,
          encoder().fit(new String[] {"s", "s", "s", "s"}, new double[] {1, 2, 3, 1}, 7.0),
          "single category");
    }

    @Test
    @DisplayName("a category held out entirely gets its fold's training prior")
    void heldOutCategoryGetsFoldPrior() {
      String[] cats = {"p", "q", "p", "q", "r", "r"};
      double[] y = {1, 2, 3, 4, 5, 9};
      int[] folds = {0, 0, 0, 0, 1, 1};
      double[] oof = encoder().fitTransformOutOfFold(cats, y, 1.0, folds);
      // rows 4 and 5: trained on rows 0..3 only, where 'r' never occurs → prior (1+2+3+4)/4 = 2.5
      Approx.assertClose(2.5, oof[4], TOL, "oof[4]");
      Approx.assertClose(2.5, oof[5], TOL, "oof[5]");
      // rows 0..3: trained on rows 4 and 5 → prior 7, 'p' and 'q' unseen
      Approx.assertClose(new double[] {7, 7, 7, 7}, Arrays.copyOf(oof, 4), TOL, "oof[0..3]");
    }

    @Test
    @DisplayName("one fold per row (leave-one-out) works")
    void leaveOneOut() {
      RandomInputs rnd = new RandomInputs(0x7E4C_0009L);
      for (int c = 0; c < 20; c++) {
        Data data = Data.random(rnd);
        int[] folds = new int[data.y.length];
        for (int i = 0; i < folds.length; i++) {
          folds[i] = i;
        }
        double[] expected =
            oracle().fitTransformOutOfFold(data.categories, data.y, data.smoothing, folds);
        Approx.assertClose(
            expected,
            encoder()
                .fitTransformOutOfFold(
                    data.categories.clone(), data.y.clone(), data.smoothing, folds.clone()),
            TOL,
            "case " + c + " oof");
      }
    }

    @Test
    @DisplayName("fold ids may be any int, including the extremes")
    void extremeFoldIds() {
      int[] folds = {
        Integer.MIN_VALUE, Integer.MAX_VALUE, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 0
      };
      double[] expected =
          oracle().fitTransformOutOfFold(SPEC_CATS.clone(), SPEC_Y.clone(), 2.0, folds.clone());
      double[] actual =
          encoder().fitTransformOutOfFold(SPEC_CATS.clone(), SPEC_Y.clone(), 2.0, folds.clone());
      Approx.assertClose(expected, actual, TOL, "oof");
    }

    @Test
    @Points(2)
    @DisplayName("inputs are not modified and results are new arrays")
    void purity() {
      RandomInputs rnd = new RandomInputs(0x7E4C_000AL);
      for (int c = 0; c < 20; c++) {
        Data data = Data.random(rnd);
        int[] folds = Data.randomFolds(rnd, data.y.length);
        TargetEncoder encoder = encoder();
        Purity.Snapshot snapshot = Purity.snapshot(data.categories, data.y, folds);
        Model model = encoder.fit(data.categories, data.y, data.smoothing);
        snapshot.assertUnchanged();
        double[] oof =
            encoder.fitTransformOutOfFold(data.categories, data.y, data.smoothing, folds);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(oof, data.categories, data.y, folds);
        Model byHand = new Model(new HashMap<>(Map.of("C0", 0.5, "C1", -0.5)), 0.0);
        Purity.Snapshot modelSnapshot = Purity.snapshot(byHand.encoding());
        double[] out = encoder.transform(byHand, data.categories);
        snapshot.assertUnchanged();
        modelSnapshot.assertUnchanged();
        Purity.assertNoAliasing(out, data.categories, data.y);
        assertNotNull(model, "fit returned null");
      }
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("a null category in training data is rejected with IllegalArgumentException")
    void nullCategory() {
      Rejects.illegalArgument(
          () -> encoder().fit(new String[] {"a", null}, new double[] {1, 0}, 1.0), "fit");
      Rejects.illegalArgument(
          () ->
              encoder()
                  .fitTransformOutOfFold(
                      new String[] {"a", null, "b"},
                      new double[] {1, 0, 1},
                      1.0,
                      new int[] {0, 1, 0}),
          "out-of-fold");
    }

    @Test
    @DisplayName("invalid smoothing is rejected")
    void badSmoothing() {
      String[] cats = {"a", "b"};
      double[] y = {1, 0};
      Rejects.illegalArgument(() -> encoder().fit(cats, y, -0.5), "negative");
      Rejects.illegalArgument(() -> encoder().fit(cats, y, Double.NaN), "NaN");
      Rejects.illegalArgument(() -> encoder().fit(cats, y, Double.POSITIVE_INFINITY), "infinite");
      Rejects.illegalArgument(
          () -> encoder().fitTransformOutOfFold(cats, y, -1.0, new int[] {0, 1}),
          "out-of-fold negative");
    }

    @Test
    @DisplayName("mismatched lengths and empty training data are rejected")
    void shapes() {
      Rejects.illegalArgument(
          () -> encoder().fit(new String[] {"a", "b"}, new double[] {1}, 1.0), "fit lengths");
      Rejects.illegalArgument(
          () -> encoder().fit(new String[0], new double[0], 1.0), "fit with no rows");
      Rejects.illegalArgument(
          () ->
              encoder()
                  .fitTransformOutOfFold(
                      new String[] {"a", "b"}, new double[] {1, 0}, 1.0, new int[] {0, 1, 2}),
          "fold length");
      Rejects.illegalArgument(
          () ->
              encoder()
                  .fitTransformOutOfFold(
                      new String[] {"a"}, new double[] {1, 0}, 1.0, new int[] {0, 1}),
          "out-of-fold lengths");
      Rejects.illegalArgument(
          () -> encoder().fitTransformOutOfFold(new String[0], new double[0], 1.0, new int[0]),
          "out-of-fold with no rows");
    }

    @Test
    @DisplayName("a fold without training rows is rejected")
    void singleFold() {
      Rejects.illegalArgument(
          () ->
              encoder()
                  .fitTransformOutOfFold(
                      new String[] {"a", "b", "a"},
                      new double[] {1, 0, 1},
                      1.0,
                      new int[] {4, 4, 4}),
          "one distinct fold");
    }

    @Test
    @DisplayName("non-finite targets are rejected")
    void nonFiniteTargets() {
      Rejects.illegalArgument(
          () -> encoder().fit(new String[] {"a", "b"}, new double[] {1, Double.NaN}, 1.0), "NaN");
      Rejects.illegalArgument(
          () ->
              encoder()
                  .fit(new String[] {"a", "b"}, new double[] {Double.NEGATIVE_INFINITY, 0}, 1.0),
          "infinity");
      Rejects.illegalArgument(
          () ->
              encoder()
                  .fitTransformOutOfFold(
                      new String[] {"a", "b"},
                      new double[] {1, Double.POSITIVE_INFINITY},
                      1.0,
                      new int[] {0, 1}),
          "out-of-fold infinity");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(() -> encoder().fit(null, new double[] {1}, 1.0), "fit null categories");
      Rejects.nullArgument(() -> encoder().fit(new String[] {"a"}, null, 1.0), "fit null y");
      Rejects.nullArgument(
          () -> encoder().transform(null, new String[] {"a"}), "transform null model");
      Rejects.nullArgument(
          () -> encoder().transform(new Model(Map.of(), 0.0), null), "transform null categories");
      Rejects.nullArgument(
          () ->
              encoder()
                  .fitTransformOutOfFold(new String[] {"a", "b"}, new double[] {1, 0}, 1.0, null),
          "null folds");
      Rejects.nullArgument(
          () -> encoder().fitTransformOutOfFold(null, new double[] {1, 0}, 1.0, new int[] {0, 1}),
          "out-of-fold null categories");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(2)
    @DisplayName("huge smoothing pulls every encoding to the prior")
    void hugeSmoothing() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('abacbaca'));
      //   y=np.array([1,0,1,0,1,0,1,1.]);m=1e9;p=y.mean();
      //   print(p,{k:(y[c==k].sum()+m*p)/((c==k).sum()+m) for k in 'abc'})"
      // → 0.625 {'a': 0.6250000005, 'b': 0.62499999975, 'c': 0.62499999975}
      // With m = 1e15 every out-of-fold value is within 8/1e15 of its fold's training prior (the
      // fold priors of threeFoldOutOfFold()).
      Model model = encoder().fit(SPEC_CATS.clone(), SPEC_Y.clone(), 1e9);
      assertModel(
          Map.of("a", 0.6250000005, "b", 0.62499999975, "c", 0.62499999975),
          0.625,
          model,
          "m = 1e9");
      double[] oof =
          encoder().fitTransformOutOfFold(OOF_CATS.clone(), OOF_Y.clone(), 1e15, OOF_FOLDS.clone());
      double[] priors = {0.375, 0.625, 0.75};
      for (int i = 0; i < oof.length; i++) {
        Approx.assertClose(
            priors[OOF_FOLDS[i]],
            oof[i],
            Tolerance.absolute(1e-13),
            "oof[" + i + "] with m = 1e15");
      }
    }

    @Test
    @DisplayName("large-magnitude targets keep full relative accuracy")
    void largeTargets() {
      // /usr/bin/python3 -c "import numpy as np;c=np.array(list('abacbaca'));
      //   y=np.array([1,0,1,0,1,0,1,1.])*1e8+123456789;m=.5;p=y.mean();
      //   print(p,{k:(y[c==k].sum()+m*p)/((c==k).sum()+m) for k in 'abc'})"
      // → 185956789.0 {'a': 197067900.1111111, 'b': 175956789.0, 'c': 175956789.0}
      double[] y = new double[SPEC_Y.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = SPEC_Y[i] * 1e8 + 123456789.0;
      }
      Model model = encoder().fit(SPEC_CATS.clone(), y, 0.5);
      assertModel(
          Map.of("a", 197067900.1111111, "b", 175956789.0, "c", 175956789.0),
          185956789.0,
          model,
          "m = 0.5");
    }

    @Test
    @Points(2)
    @Timeout(value = 6, unit = TimeUnit.SECONDS)
    @DisplayName("performance: fit and transform of 3·10^5 rows with 10^5 categories within 6 s")
    void fitTransformPerformance() {
      Data data = Data.large(new RandomInputs(0x7E4C_000BL), 300_000, 100_000);
      TargetEncoder encoder = encoder();
      Model model = encoder.fit(data.categories, data.y, 5.0);
      double[] out = encoder.transform(model, data.categories);
      assertEquals(300_000, out.length, "length");
      assertInUnitInterval(out, "transform");
    }

    @Test
    @Points(2)
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName(
        "performance: out-of-fold encoding of 3·10^5 rows, 10^5 categories and 5 folds within 10 s")
    void outOfFoldPerformance() {
      RandomInputs rnd = new RandomInputs(0x7E4C_000CL);
      Data data = Data.large(rnd, 300_000, 100_000);
      int[] folds = rnd.labels(300_000, 5);
      double[] oof = encoder().fitTransformOutOfFold(data.categories, data.y, 5.0, folds);
      assertEquals(300_000, oof.length, "length");
      assertInUnitInterval(oof, "oof");
    }

    /**
     * With 0/1 targets every encoding is a weighted mean of 0/1 values; the differential tests
     * check the rest.
     */
    private void assertInUnitInterval(double[] values, String what) {
      for (int i = 0; i < values.length; i++) {
        if (!(values[i] >= 0 && values[i] <= 1)) {
          throw new AssertionFailedError(
              what + "[" + i + "] = " + values[i] + " lies outside [0, 1] for 0/1 targets");
        }
      }
    }
  }

  /**
   * Fails unless the model's prior and encoding match. The submission's map is read only through
   * its entry set and copied into a HashMap, so no verdict depends on its own equals or get.
   */
  private static void assertModel(
      Map<String, Double> expected, double expectedPrior, Model actual, String what) {
    if (actual == null) {
      throw new AssertionFailedError(what + ": fit returned null");
    }
    Approx.assertClose(expectedPrior, actual.prior(), TOL, what + " prior");
    if (actual.encoding() == null) {
      throw new AssertionFailedError(what + ": encoding is null");
    }
    Map<String, Double> copy = new HashMap<>();
    for (Map.Entry<String, Double> e : actual.encoding().entrySet()) {
      String key = e.getKey();
      Double value = e.getValue();
      if (key == null || value == null) {
        throw new AssertionFailedError(what + ": encoding holds a null key or value");
      }
      copy.put(key, value);
    }
    Set<String> extra = new TreeSet<>(copy.keySet());
    extra.removeAll(expected.keySet());
    Set<String> missing = new TreeSet<>(expected.keySet());
    missing.removeAll(copy.keySet());
    assertTrue(
        extra.isEmpty() && missing.isEmpty(),
        what + ": encoding keys differ; missing " + missing + ", unexpected " + extra);
    for (Map.Entry<String, Double> e : expected.entrySet()) {
      Approx.assertClose(
          e.getValue(), copy.get(e.getKey()), TOL, what + " enc(" + e.getKey() + ")");
    }
  }

  /** A seeded random training set: categories, targets and a smoothing strength. */
  private static final class Data {
    final String[] categories;
    final double[] y;
    final double smoothing;
    final int pool;

    private Data(String[] categories, double[] y, double smoothing, int pool) {
      this.categories = categories;
      this.y = y;
      this.smoothing = smoothing;
      this.pool = pool;
    }

    /**
     * 2–200 rows over up to 12 categories; binary, integer or continuous targets; m = 0 a fifth of
     * the time.
     */
    static Data random(RandomInputs rnd) {
      int n = rnd.intBetween(2, 200);
      int pool = rnd.intBetween(1, 12);
      String[] categories = randomCategories(rnd, n, pool);
      double[] y = new double[n];
      int kind = rnd.intBetween(0, 2);
      for (int i = 0; i < n; i++) {
        y[i] =
            switch (kind) {
              case 0 -> rnd.intBetween(0, 1);
              case 1 -> rnd.intBetween(-5, 20);
              default -> rnd.doubleBetween(-3, 3);
            };
      }
      double smoothing = rnd.intBetween(0, 4) == 0 ? 0.0 : rnd.doubleBetween(0, 10);
      return new Data(categories, y, smoothing, pool);
    }

    /** {@code n} categories drawn from "C0".."C{pool−1}", each a fresh String object. */
    static String[] randomCategories(RandomInputs rnd, int n, int pool) {
      String[] categories = new String[n];
      for (int i = 0; i < n; i++) {
        categories[i] = new String("C" + rnd.intBetween(0, pool - 1));
      }
      return categories;
    }

    /** Fold ids for {@code n ≥ 2} rows: 2–6 arbitrary distinct ints, at least two of them used. */
    static int[] randomFolds(RandomInputs rnd, int n) {
      int k = rnd.intBetween(2, 6);
      int[] ids = new int[k];
      Set<Integer> used = new HashSet<>();
      for (int f = 0; f < k; f++) {
        int id;
        do {
          id = rnd.intBetween(-50, 50);
        } while (!used.add(id));
        ids[f] = id;
      }
      int[] folds = new int[n];
      for (int i = 0; i < n; i++) {
        folds[i] = ids[rnd.intBetween(0, k - 1)];
      }
      if (allSame(folds)) {
        folds[rnd.intBetween(0, n - 1)] = folds[0] == ids[0] ? ids[1] : ids[0];
      }
      return folds;
    }

    private static boolean allSame(int[] folds) {
      for (int f : folds) {
        if (f != folds[0]) {
          return false;
        }
      }
      return true;
    }

    /** {@code n} rows over {@code pool} categories with binary targets (exact sums at any size). */
    static Data large(RandomInputs rnd, int n, int pool) {
      String[] names = new String[pool];
      for (int c = 0; c < pool; c++) {
        names[c] = "cat-" + c;
      }
      String[] categories = new String[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        int c = rnd.intBetween(0, pool - 1);
        categories[i] = names[c];
        y[i] = rnd.doubleBetween(0, 1) < 0.2 + 0.6 * c / pool ? 1 : 0;
      }
      return new Data(categories, y, 5.0, pool);
    }
  }
}
