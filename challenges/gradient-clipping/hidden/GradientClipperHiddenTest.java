package challenge.gradclip.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.gradclip.GradientClipper;
import challenge.gradclip.GradientClipper.ClipResult;
import challenge.gradclip.GradientClipperImpl;
import java.util.Arrays;
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

/** Hidden suite for {@code gradient-clipping} (catalog-spec §4 W1-1). */
public class GradientClipperHiddenTest {

  /** Catalog-spec W1-1: 1e-12 relative for norms, scales and clipped values. */
  private static final Tolerance TOL = Tolerance.relative(1e-12);

  /** Catalog-spec W1-1: 1e-9 relative on the 10⁷-entry case. */
  private static final Tolerance BIG_TOL = Tolerance.relative(1e-9);

  /** Clamping and multiplying by exactly 1.0 are exact. */
  private static final Tolerance EXACT = Tolerance.exact();

  private static final int TEN_MILLION = 10_000_000;

  private static GradientClipper clipper() {
    return new GradientClipperImpl();
  }

  private static GradientClipper oracle() {
    return new challenge.gradclip.oracle.GradientClipperImpl();
  }

  @Nested
  class Golden {

    @Test
    @Points(3)
    @DisplayName("two tensors are clipped together by their joint norm")
    void clipsByJointNorm() {
      // /usr/bin/python3 shared/golden/wave1.py "=== 1":
      // norm = sqrt(9+16+144) = 13, s = 6.5/max(13, 6.5) = 0.5 → [1.5, 2], [6]
      ClipResult r = clipper().clipByGlobalNorm(new double[][] {{3, 4}, {12}}, 6.5);
      assertNotNull(r, "result");
      Approx.assertClose(new double[][] {{1.5, 2}, {6}}, r.grads(), TOL, "grads");
      Approx.assertClose(13.0, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(0.5, r.scale(), TOL, "scale");
    }

    @Test
    @Points(2)
    @DisplayName(
        "gradients whose norm is below the threshold are returned unchanged with scale one")
    void belowThresholdUnchanged() {
      // /usr/bin/python3 shared/golden/wave1.py "=== 1":
      // norm = sqrt(1+4+4+0+16) = 5 ≤ 10 → s = 1, values unchanged
      ClipResult r = clipper().clipByGlobalNorm(new double[][] {{1, -2, 2, 0}, {4}}, 10.0);
      assertNotNull(r, "result");
      Approx.assertClose(new double[][] {{1, -2, 2, 0}, {4}}, r.grads(), EXACT, "grads");
      Approx.assertClose(5.0, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(1.0, r.scale(), EXACT, "scale");
    }

    @Test
    @Points(2)
    @DisplayName("global norm of ragged tensors")
    void globalNorms() {
      // np.sqrt(sum((g**2).sum() for g in gs)) → 13.0, 5.0, 7.557777451076474
      Approx.assertClose(
          13.0, clipper().globalNorm(new double[][] {{3, 4}, {12}}), TOL, "norm of first example");
      Approx.assertClose(
          5.0,
          clipper().globalNorm(new double[][] {{1, -2, 2, 0}, {4}}),
          TOL,
          "norm of second example");
      Approx.assertClose(
          7.557777451076474,
          clipper().globalNorm(new double[][] {{0.3, -1.7, 2.9}, {4.4, -0.6}, {-5.1}}),
          TOL,
          "norm of three tensors");
    }

    @Test
    @Points(2)
    @DisplayName("three tensors with non-integer values are clipped by the same factor")
    void clipsNonIntegerTensors() {
      // gs=[np.array([0.3,-1.7,2.9]),np.array([4.4,-0.6]),np.array([-5.1])];
      // n=np.sqrt(sum((g**2).sum() for g in gs));
      // s=2.5/max(n,2.5); [g*s for g in gs] → n = 7.557777451076474, s = 0.330785077515602
      ClipResult r =
          clipper().clipByGlobalNorm(new double[][] {{0.3, -1.7, 2.9}, {4.4, -0.6}, {-5.1}}, 2.5);
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {
            {0.09923552325468059, -0.5623346317765233, 0.9592767247952457},
            {1.455454341068649, -0.19847104650936118},
            {-1.68700389532957}
          },
          r.grads(),
          TOL,
          "grads");
      Approx.assertClose(7.557777451076474, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(0.330785077515602, r.scale(), TOL, "scale");
    }

    @Test
    @DisplayName("clip by value clamps each entry independently")
    void clipByValueClamps() {
      // [np.clip(g, -1, 1) for g in ([-3, 0.5, 2], [7, -0.2])]
      Approx.assertClose(
          new double[][] {{-1, 0.5, 1}, {1, -0.2}},
          clipper().clipByValue(new double[][] {{-3, 0.5, 2}, {7, -0.2}}, 1.0),
          EXACT,
          "clipped");
      // [np.clip(g, -0.25, 0.25) for g in gs] with the three tensors above
      Approx.assertClose(
          new double[][] {{0.25, -0.25, 0.25}, {0.25, -0.25}, {-0.25}},
          clipper().clipByValue(new double[][] {{0.3, -1.7, 2.9}, {4.4, -0.6}, {-5.1}}, 0.25),
          EXACT,
          "clipped");
    }

    @Test
    @DisplayName("clip by value leaves entries inside the bound unchanged")
    void clipByValueInside() {
      // np.clip([[0.1, -0.7], [0.75, -0.75, 0.0]], -0.75, 0.75) is the identity
      double[][] grads = {{0.1, -0.7}, {0.75, -0.75, 0.0}};
      Approx.assertClose(deep(grads), clipper().clipByValue(grads, 0.75), EXACT, "clipped");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(3)
    @DisplayName("global norm matches the reference on 300 seeded random inputs")
    void globalNormDifferential() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0001L);
      for (int c = 0; c < 300; c++) {
        double[][] grads = randomGrads(rnd);
        Approx.assertClose(
            oracle().globalNorm(deep(grads)),
            clipper().globalNorm(grads),
            TOL,
            "case " + c + " norm");
      }
    }

    @Test
    @Points(4)
    @DisplayName("clipping by global norm matches the reference on 300 seeded random inputs")
    void clipDifferential() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0002L);
      for (int c = 0; c < 300; c++) {
        double[][] grads = randomGrads(rnd);
        double maxNorm = randomMaxNorm(rnd, grads);
        ClipResult expected = oracle().clipByGlobalNorm(deep(grads), maxNorm);
        ClipResult actual = clipper().clipByGlobalNorm(grads, maxNorm);
        assertNotNull(actual, "case " + c + " result");
        Approx.assertClose(expected.grads(), actual.grads(), TOL, "case " + c + " grads");
        Approx.assertClose(
            expected.globalNorm(), actual.globalNorm(), TOL, "case " + c + " globalNorm");
        Approx.assertClose(expected.scale(), actual.scale(), TOL, "case " + c + " scale");
      }
    }

    @Test
    @Points(2)
    @DisplayName("clipping by value matches the reference on 300 seeded random inputs")
    void clipByValueDifferential() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0003L);
      for (int c = 0; c < 300; c++) {
        double[][] grads = randomGrads(rnd);
        double clipValue = Math.pow(10, rnd.doubleBetween(-4, 4));
        Approx.assertClose(
            oracle().clipByValue(deep(grads), clipValue),
            clipper().clipByValue(grads, clipValue),
            EXACT,
            "case " + c);
      }
    }

    @Test
    @Points(2)
    @DisplayName("the clipped gradients have global norm min(norm, maxNorm)")
    void clippedNormIsMinimum() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0004L);
      for (int c = 0; c < 200; c++) {
        double[][] grads = randomGrads(rnd);
        double maxNorm = randomMaxNorm(rnd, grads);
        double norm = oracle().globalNorm(deep(grads));
        ClipResult r = clipper().clipByGlobalNorm(grads, maxNorm);
        assertNotNull(r, "case " + c + " result");
        Approx.assertClose(
            Math.min(norm, maxNorm),
            oracle().globalNorm(r.grads()),
            TOL,
            "case " + c + " norm after clipping");
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "every entry is multiplied by the same reported scale, so the direction is preserved")
    void sameScaleEverywhere() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0005L);
      for (int c = 0; c < 200; c++) {
        double[][] grads = randomGrads(rnd);
        double maxNorm = randomMaxNorm(rnd, grads);
        ClipResult r = clipper().clipByGlobalNorm(grads, maxNorm);
        assertNotNull(r, "case " + c + " result");
        assertTrue(
            r.scale() > 0 && r.scale() <= 1,
            "case " + c + ": scale must lie in (0, 1] but was " + r.scale());
        assertShape(grads, r.grads(), "case " + c);
        for (int i = 0; i < grads.length; i++) {
          for (int j = 0; j < grads[i].length; j++) {
            String where = "case " + c + " grads[" + i + "][" + j + "]";
            if (grads[i][j] == 0) {
              Approx.assertClose(0.0, r.grads()[i][j], EXACT, where);
            } else {
              Approx.assertClose(r.scale(), r.grads()[i][j] / grads[i][j], TOL, where + " out/in");
            }
          }
        }
      }
    }

    @Test
    @DisplayName("gradients below the threshold come back bit for bit with scale exactly one")
    void unclippedExactlyUnchanged() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0006L);
      for (int c = 0; c < 200; c++) {
        double[][] grads = randomGrads(rnd);
        double maxNorm = oracle().globalNorm(deep(grads)) * rnd.doubleBetween(1.01, 10) + 1e-3;
        ClipResult r = clipper().clipByGlobalNorm(grads, maxNorm);
        assertNotNull(r, "case " + c + " result");
        Approx.assertClose(1.0, r.scale(), EXACT, "case " + c + " scale");
        Approx.assertClose(deep(grads), r.grads(), EXACT, "case " + c + " grads");
      }
    }

    @Test
    @DisplayName(
        "the global norm does not depend on how the entries are split into tensors or ordered")
    void normIgnoresPartition() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0007L);
      for (int c = 0; c < 100; c++) {
        double[][] grads = randomGrads(rnd);
        double[] flat = flatten(grads);
        int[] order = rnd.permutation(flat.length);
        double[] shuffled = new double[flat.length];
        for (int k = 0; k < flat.length; k++) {
          shuffled[k] = flat[order[k]];
        }
        int cut = rnd.intBetween(0, flat.length);
        double[][] regrouped = {
          Arrays.copyOfRange(shuffled, 0, cut), {}, Arrays.copyOfRange(shuffled, cut, flat.length)
        };
        double norm = clipper().globalNorm(grads);
        Approx.assertClose(
            norm, clipper().globalNorm(new double[][] {flat}), TOL, "case " + c + " as one tensor");
        Approx.assertClose(
            norm, clipper().globalNorm(regrouped), TOL, "case " + c + " reordered and regrouped");
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("a norm exactly equal to maxNorm gives scale exactly one and unchanged values")
    void normEqualsMaxNorm() {
      // norms 5, 5 and 10 are exact in every valid algorithm (3-4-5 and 6-8-10 triangles)
      double[][][] cases = {{{3, 4}}, {{3}, {4}}, {{-6}, {0, 8}}};
      double[] maxNorms = {5, 5, 10};
      for (int c = 0; c < cases.length; c++) {
        ClipResult r = clipper().clipByGlobalNorm(deep(cases[c]), maxNorms[c]);
        assertNotNull(r, "case " + c + " result");
        Approx.assertClose(1.0, r.scale(), EXACT, "case " + c + " scale");
        Approx.assertClose(maxNorms[c], r.globalNorm(), EXACT, "case " + c + " globalNorm");
        Approx.assertClose(cases[c], r.grads(), EXACT, "case " + c + " grads");
      }
    }

    @Test
    @DisplayName("all-zero gradients give norm zero, scale one and zeros, never NaN")
    void allZeros() {
      double[][] zeros = {{0, 0, 0}, {0}, {}};
      Approx.assertClose(0.0, clipper().globalNorm(deep(zeros)), EXACT, "globalNorm");
      ClipResult r = clipper().clipByGlobalNorm(deep(zeros), 1e-3);
      assertNotNull(r, "result");
      Approx.assertClose(zeros, r.grads(), EXACT, "grads");
      Approx.assertClose(0.0, r.globalNorm(), EXACT, "globalNorm in the result");
      Approx.assertClose(1.0, r.scale(), EXACT, "scale");
      Approx.assertClose(zeros, clipper().clipByValue(deep(zeros), 1.0), EXACT, "clipByValue");
    }

    @Test
    @DisplayName("no tensors at all: norm zero, scale one and empty results")
    void emptyOuterArray() {
      Approx.assertClose(0.0, clipper().globalNorm(new double[0][]), EXACT, "globalNorm");
      ClipResult r = clipper().clipByGlobalNorm(new double[0][], 1.0);
      assertNotNull(r, "result");
      assertNotNull(r.grads(), "result grads");
      assertEquals(0, r.grads().length, "number of clipped tensors");
      Approx.assertClose(0.0, r.globalNorm(), EXACT, "globalNorm in the result");
      Approx.assertClose(1.0, r.scale(), EXACT, "scale");
      double[][] byValue = clipper().clipByValue(new double[0][], 1.0);
      assertNotNull(byValue, "clipByValue result");
      assertEquals(0, byValue.length, "number of tensors clipped by value");
    }

    @Test
    @Points(2)
    @DisplayName("ragged tensors including zero-length ones keep their shape")
    void raggedWithEmptyRows() {
      // as the first golden with empty tensors around: norm 13, s = 0.5
      double[][] grads = {{}, {3, 4}, {}, {12}, {}};
      ClipResult r = clipper().clipByGlobalNorm(deep(grads), 6.5);
      assertNotNull(r, "result");
      Approx.assertClose(new double[][] {{}, {1.5, 2}, {}, {6}, {}}, r.grads(), TOL, "grads");
      Approx.assertClose(13.0, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(
          new double[][] {{}, {1, 1}, {}, {1}, {}},
          clipper().clipByValue(deep(grads), 1),
          EXACT,
          "by value");
      Approx.assertClose(
          0.0, clipper().globalNorm(new double[][] {{}, {}}), EXACT, "norm of empty tensors");
    }

    @Test
    @DisplayName("a single negative entry is clipped to minus maxNorm")
    void singleNegativeEntry() {
      ClipResult r = clipper().clipByGlobalNorm(new double[][] {{-10}}, 2);
      assertNotNull(r, "result");
      Approx.assertClose(new double[][] {{-2}}, r.grads(), TOL, "grads");
      Approx.assertClose(10.0, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(0.2, r.scale(), TOL, "scale");
    }

    @Test
    @Points(2)
    @DisplayName(
        "clipping by global norm neither modifies its input nor returns arrays that alias it")
    void clipByGlobalNormPurity() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0008L);
      for (int c = 0; c < 40; c++) {
        double[][] grads = randomGrads(rnd);
        double norm = oracle().globalNorm(deep(grads));
        // even cases are clipped, odd ones are not (the unchanged path must still copy)
        double maxNorm = c % 2 == 0 ? Math.max(norm / 3, 1e-9) : norm * 2 + 1;
        Purity.Snapshot snapshot = Purity.snapshot((Object) grads);
        ClipResult r = clipper().clipByGlobalNorm(grads, maxNorm);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(r, (Object) grads);
      }
      double[][] withEmpty = {{}, {1, 2}, {}};
      Purity.Snapshot snapshot = Purity.snapshot((Object) withEmpty);
      ClipResult r = clipper().clipByGlobalNorm(withEmpty, 100);
      snapshot.assertUnchanged();
      Purity.assertNoAliasing(r, (Object) withEmpty);
    }

    @Test
    @DisplayName("clipping by value neither modifies its input nor returns arrays that alias it")
    void clipByValuePurity() {
      RandomInputs rnd = new RandomInputs(0x6C1B_0009L);
      for (int c = 0; c < 40; c++) {
        double[][] grads = randomGrads(rnd);
        double clipValue = c % 2 == 0 ? 1e-2 : 1e6;
        Purity.Snapshot snapshot = Purity.snapshot((Object) grads);
        double[][] out = clipper().clipByValue(grads, clipValue);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(out, (Object) grads);
      }
    }

    @Test
    @DisplayName("computing the global norm does not modify the input")
    void globalNormPurity() {
      RandomInputs rnd = new RandomInputs(0x6C1B_000AL);
      for (int c = 0; c < 40; c++) {
        double[][] grads = randomGrads(rnd);
        Purity.Snapshot snapshot = Purity.snapshot((Object) grads);
        clipper().globalNorm(grads);
        snapshot.assertUnchanged();
      }
    }
  }

  @Nested
  class Validation {

    private final double[][] grads = {{1, 2}, {3}};

    @Test
    @DisplayName("a zero or negative maxNorm is rejected")
    void nonPositiveMaxNorm() {
      Rejects.illegalArgument(() -> clipper().clipByGlobalNorm(deep(grads), 0.0), "maxNorm = 0");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(grads), -0.0), "maxNorm = -0.0");
      Rejects.illegalArgument(() -> clipper().clipByGlobalNorm(deep(grads), -1.0), "maxNorm = -1");
    }

    @Test
    @DisplayName("a NaN or infinite maxNorm is rejected")
    void nonFiniteMaxNorm() {
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(grads), Double.NaN), "maxNorm = NaN");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(grads), Double.POSITIVE_INFINITY),
          "maxNorm = +inf");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(grads), Double.NEGATIVE_INFINITY),
          "maxNorm = -inf");
    }

    @Test
    @DisplayName("a clipValue that is not finite and positive is rejected")
    void badClipValue() {
      Rejects.illegalArgument(() -> clipper().clipByValue(deep(grads), 0.0), "clipValue = 0");
      Rejects.illegalArgument(() -> clipper().clipByValue(deep(grads), -2.0), "clipValue = -2");
      Rejects.illegalArgument(
          () -> clipper().clipByValue(deep(grads), Double.NaN), "clipValue = NaN");
      Rejects.illegalArgument(
          () -> clipper().clipByValue(deep(grads), Double.POSITIVE_INFINITY), "clipValue = +inf");
    }

    @Test
    @DisplayName("bounds are validated even when there are no gradients")
    void boundsCheckedOnEmptyInput() {
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(new double[0][], -1.0), "empty grads, maxNorm = -1");
      Rejects.illegalArgument(
          () -> clipper().clipByValue(new double[][] {{}}, Double.NaN),
          "empty tensor, clipValue = NaN");
    }

    @Test
    @Points(2)
    @DisplayName("a NaN entry is rejected by every method")
    void nanEntry() {
      double[][] bad = {{1, 2}, {3, Double.NaN}};
      Rejects.illegalArgument(() -> clipper().globalNorm(deep(bad)), "globalNorm with NaN");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(bad), 1.0), "clipByGlobalNorm with NaN");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(bad), 1e9),
          "clipByGlobalNorm with NaN, large maxNorm");
      Rejects.illegalArgument(() -> clipper().clipByValue(deep(bad), 1.0), "clipByValue with NaN");
    }

    @Test
    @Points(2)
    @DisplayName("an infinite entry is rejected by every method")
    void infiniteEntry() {
      double[][] plus = {{Double.POSITIVE_INFINITY}, {1}};
      double[][] minus = {{1, 2}, {}, {Double.NEGATIVE_INFINITY}};
      Rejects.illegalArgument(() -> clipper().globalNorm(deep(plus)), "globalNorm with +inf");
      Rejects.illegalArgument(() -> clipper().globalNorm(deep(minus)), "globalNorm with -inf");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(plus), 1.0), "clipByGlobalNorm with +inf");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(minus), 1.0), "clipByGlobalNorm with -inf");
      Rejects.illegalArgument(
          () -> clipper().clipByValue(deep(plus), 1.0), "clipByValue with +inf");
      Rejects.illegalArgument(
          () -> clipper().clipByValue(deep(minus), 1.0), "clipByValue with -inf");
    }

    @Test
    @DisplayName("a null gradient array or tensor is rejected by every method")
    void nulls() {
      double[][] nullRow = {{1, 2}, null};
      Rejects.nullArgument(() -> clipper().globalNorm(null), "globalNorm(null)");
      Rejects.nullArgument(
          () -> clipper().globalNorm(nullRow.clone()), "globalNorm with a null tensor");
      Rejects.nullArgument(() -> clipper().clipByGlobalNorm(null, 1.0), "clipByGlobalNorm(null)");
      Rejects.nullArgument(
          () -> clipper().clipByGlobalNorm(nullRow.clone(), 1.0),
          "clipByGlobalNorm with a null tensor");
      Rejects.nullArgument(() -> clipper().clipByValue(null, 1.0), "clipByValue(null)");
      Rejects.nullArgument(
          () -> clipper().clipByValue(nullRow.clone(), 1.0), "clipByValue with a null tensor");
    }

    @Test
    @Points(2)
    @DisplayName("a global norm beyond the largest double is rejected")
    void normOverflow() {
      // sqrt(2)·1.5e308 ≈ 2.1e308 > Double.MAX_VALUE ≈ 1.8e308
      double[][] huge = {{1.5e308, 1.5e308}};
      double[][] split = {{1.5e308}, {}, {-1.5e308}};
      Rejects.illegalArgument(() -> clipper().globalNorm(deep(huge)), "globalNorm of one tensor");
      Rejects.illegalArgument(() -> clipper().globalNorm(deep(split)), "globalNorm of two tensors");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(huge), 1.0), "clipByGlobalNorm of one tensor");
      Rejects.illegalArgument(
          () -> clipper().clipByGlobalNorm(deep(split), 1.0), "clipByGlobalNorm of two tensors");
    }

    @Test
    @DisplayName("clipping by value accepts gradients whose norm would overflow")
    void clipByValueNeedsNoNorm() {
      double[][] huge = {{1.5e308, -1.5e308}, {Double.MAX_VALUE}};
      Approx.assertClose(
          new double[][] {{2, -2}, {2}}, clipper().clipByValue(huge, 2.0), EXACT, "clipped");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(2)
    @DisplayName("huge entries neither overflow the norm nor clip to zero")
    void hugeEntries() {
      // getcontext().prec=60; n=(Decimal(1e200)**2*2).sqrt(); float(n) → 1.414213562373095e+200
      // and float(Decimal(1e200)/n) → 0.7071067811865476
      ClipResult r = clipper().clipByGlobalNorm(new double[][] {{1e200, 1e200}}, 1.0);
      assertNotNull(r, "result");
      Approx.assertClose(1.414213562373095e200, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(
          new double[][] {{0.7071067811865476, 0.7071067811865476}}, r.grads(), TOL, "grads");
      Approx.assertClose(
          1.414213562373095e200,
          clipper().globalNorm(new double[][] {{1e200}, {-1e200}}),
          TOL,
          "norm");
    }

    @Test
    @Points(2)
    @DisplayName("tiny entries do not underflow the norm to zero")
    void tinyEntries() {
      // float((Decimal(1e-200)**2*2).sqrt()) with 60 digits → 1.414213562373095e-200
      Approx.assertClose(
          1.414213562373095e-200,
          clipper().globalNorm(new double[][] {{1e-200, 1e-200}}),
          TOL,
          "norm");
      ClipResult r = clipper().clipByGlobalNorm(new double[][] {{1e-200}, {-1e-200}}, 1.0);
      assertNotNull(r, "result");
      Approx.assertClose(1.414213562373095e-200, r.globalNorm(), TOL, "globalNorm");
      Approx.assertClose(1.0, r.scale(), EXACT, "scale");
      Approx.assertClose(new double[][] {{1e-200}, {-1e-200}}, r.grads(), EXACT, "grads");
    }

    @Test
    @DisplayName("a norm just below the largest double is computed")
    void normNearLargestDouble() {
      // float((Decimal(1e308)**2*2).sqrt()) → 1.4142135623730951e+308 < Double.MAX_VALUE, and
      // float(Decimal(1e308)*2/(Decimal(1e308)**2*2).sqrt()) → 1.4142135623730951 after clipping
      Approx.assertClose(
          1.4142135623730951e308,
          clipper().globalNorm(new double[][] {{1e308}, {1e308}}),
          TOL,
          "norm");
      ClipResult r = clipper().clipByGlobalNorm(new double[][] {{1e308, -1e308}}, 2.0);
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {{1.4142135623730951, -1.4142135623730951}}, r.grads(), TOL, "grads");
    }

    @Test
    @DisplayName("entries of wildly different magnitudes, including subnormal ones")
    void mixedMagnitudes() {
      // the small entries change the norm by far less than an ulp:
      // sqrt(1e600 + 1e-600 + 9e-600) → 1e300
      Approx.assertClose(
          1e300, clipper().globalNorm(new double[][] {{1e300, -1e-300}, {3e-300}}), TOL, "norm");
      // float((Decimal(1e-300)**2+Decimal(1e-310)**2).sqrt()) → 1e-300 (1e-310 is subnormal)
      Approx.assertClose(
          1e-300, clipper().globalNorm(new double[][] {{1e-310}, {1e-300}}), TOL, "norm");
      // 3-4-5 at 1e-160, where the squares underflow in plain double arithmetic:
      // float((Decimal(3e-160)**2+Decimal(4e-160)**2).sqrt()) → 5e-160
      Approx.assertClose(
          5e-160, clipper().globalNorm(new double[][] {{3e-160, 4e-160}}), TOL, "norm");
    }

    @Test
    @Points(2)
    @DisplayName("accurate to 1e-12 on 10^5 entries of varied magnitudes")
    void accuracyOnManyEntries() {
      RandomInputs rnd = new RandomInputs(0x6C1B_000BL);
      for (int c = 0; c < 6; c++) {
        int tensors = rnd.intBetween(1, 50);
        double global = Math.pow(10, rnd.intBetween(-150, 150));
        double[][] grads = new double[tensors][];
        for (int i = 0; i < tensors; i++) {
          double layer = global * Math.pow(10, rnd.doubleBetween(-2, 2));
          grads[i] = rnd.vector(100_000 / tensors, -layer, layer);
        }
        Approx.assertClose(
            oracle().globalNorm(deep(grads)),
            clipper().globalNorm(grads),
            TOL,
            "case " + c + " norm");
      }
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("performance: global norm of 10^7 entries within 4 s")
    void globalNormPerformance() {
      double[][] grads = tenMillionEntries(1);
      double expected = oracle().globalNorm(grads);
      Approx.assertClose(expected, clipper().globalNorm(grads), BIG_TOL, "norm");
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("performance: clipping 10^7 entries by global norm within 4 s")
    void clipPerformance() {
      double[][] grads = tenMillionEntries(2);
      ClipResult r = clipper().clipByGlobalNorm(grads, 1.0);
      assertNotNull(r, "result");
      double expectedNorm = oracle().globalNorm(grads);
      Approx.assertClose(expectedNorm, r.globalNorm(), BIG_TOL, "globalNorm");
      Approx.assertClose(1.0 / expectedNorm, r.scale(), BIG_TOL, "scale");
      assertShape(grads, r.grads(), "10^7 entries");
      for (int i = 0; i < grads.length; i += 7) {
        for (int j = i % 97; j < grads[i].length; j += 997) {
          Approx.assertClose(
              grads[i][j] / expectedNorm, r.grads()[i][j], BIG_TOL, "grads[" + i + "][" + j + "]");
        }
      }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("performance: clipping 10^7 entries by value within 4 s")
    void clipByValuePerformance() {
      double[][] grads = tenMillionEntries(3);
      double[][] out = clipper().clipByValue(grads, 1e-3);
      assertShape(grads, out, "10^7 entries");
      for (int i = 0; i < grads.length; i += 7) {
        for (int j = i % 97; j < grads[i].length; j += 997) {
          Approx.assertClose(
              Math.max(-1e-3, Math.min(1e-3, grads[i][j])),
              out[i][j],
              EXACT,
              "out[" + i + "][" + j + "]");
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------

  /**
   * Up to 8 tensors of up to 12 entries; each tensor has its own scale in [1e-3, 1e3] and about one
   * entry in ten is an exact zero, as in sparse gradients.
   */
  private static double[][] randomGrads(RandomInputs rnd) {
    double[][] grads = new double[rnd.intBetween(0, 8)][];
    for (int i = 0; i < grads.length; i++) {
      double scale = Math.pow(10, rnd.doubleBetween(-3, 3));
      grads[i] = rnd.vector(rnd.intBetween(0, 12), -scale, scale);
      for (int j = 0; j < grads[i].length; j++) {
        if (rnd.intBetween(0, 9) == 0) {
          grads[i][j] = 0;
        }
      }
    }
    return grads;
  }

  /** A positive maxNorm between a tenth and twice the norm, so both branches are taken. */
  private static double randomMaxNorm(RandomInputs rnd, double[][] grads) {
    double norm = oracle().globalNorm(deep(grads));
    return norm == 0
        ? rnd.doubleBetween(0.1, 10)
        : norm * Math.pow(10, rnd.doubleBetween(-1, Math.log10(2)));
  }

  /**
   * 10⁷ entries in 1000 tensors of 10⁴, values in [−1, 1) from a cheap integer hash of the index.
   */
  private static double[][] tenMillionEntries(int salt) {
    double[][] grads = new double[1000][TEN_MILLION / 1000];
    long state = salt * 0x9E3779B97F4A7C15L;
    for (double[] row : grads) {
      for (int j = 0; j < row.length; j++) {
        state += 0x9E3779B97F4A7C15L;
        long z = (state ^ (state >>> 31)) * 0xBF58476D1CE4E5B9L;
        row[j] = (z >> 11) * 0x1.0p-52;
      }
    }
    return grads;
  }

  private static void assertShape(double[][] expected, double[][] actual, String what) {
    assertNotNull(actual, what + ": result");
    assertEquals(expected.length, actual.length, what + ": number of tensors");
    for (int i = 0; i < expected.length; i++) {
      assertNotNull(actual[i], what + ": tensor " + i);
      assertEquals(expected[i].length, actual[i].length, what + ": length of tensor " + i);
    }
  }

  private static double[] flatten(double[][] grads) {
    int n = 0;
    for (double[] row : grads) {
      n += row.length;
    }
    double[] flat = new double[n];
    int k = 0;
    for (double[] row : grads) {
      System.arraycopy(row, 0, flat, k, row.length);
      k += row.length;
    }
    return flat;
  }

  private static double[][] deep(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i] == null ? null : m[i].clone();
    }
    return copy;
  }
}
