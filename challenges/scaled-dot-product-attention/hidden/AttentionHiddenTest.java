package challenge.attention.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.attention.Attention;
import challenge.attention.Attention.Result;
import challenge.attention.AttentionImpl;
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

/**
 * Hidden suite for {@code scaled-dot-product-attention} (catalog-spec §4 W1-6).
 *
 * <p>Goldens come from {@code challenges/scaled-dot-product-attention/golden/goldens.py}
 * (/usr/bin/python3, NumPy 1.24.2).
 */
public class AttentionHiddenTest {

  /** Catalog-spec W1-6: 1e-12 (|a−e| ≤ 1e-12·max(1,|e|)). */
  private static final Tolerance TOL = Tolerance.mixed(1e-12);

  private static final Tolerance EXACT = Tolerance.exact();

  private static Attention attention() {
    return new AttentionImpl();
  }

  private static Attention oracle() {
    return new challenge.attention.oracle.AttentionImpl();
  }

  /** The spec's golden inputs (shared/golden/wave1.py "=== 6 attention"). */
  private static final double[][] SPEC_Q = {{1, 0}, {0, 1}, {1, 1}};

  private static final double[][] SPEC_K = {{1, 0}, {0, 1}, {1, -1}};
  private static final double[][] SPEC_V = {{1, 2}, {3, 4}, {5, 6}};
  private static final boolean[][] CAUSAL3 = {
    {true, false, false}, {true, true, false}, {true, true, true}
  };

  /** Cross-attention: two queries, four keys, d_k = 3, d_v = 2. */
  private static final double[][] CROSS_Q = {{0.5, -1.0, 2.0}, {1.5, 0.25, -0.75}};

  private static final double[][] CROSS_K = {
    {1.0, 0.0, 0.5}, {-0.5, 2.0, 1.0}, {0.25, 0.75, -1.5}, {2.0, -1.0, 0.0}
  };
  private static final double[][] CROSS_V = {{1.0, -2.0}, {0.5, 3.0}, {-1.5, 0.25}, {2.5, 1.0}};
  private static final boolean[][] CROSS_MASK = {
    {true, false, true, true}, {false, true, true, false}
  };

  /** Multi-head inputs: n = 3, d_model = 4. */
  private static final double[][] MH_X = {
    {1.0, -0.5, 0.25, 2.0}, {0.5, 1.5, -1.0, 0.0}, {-1.25, 0.75, 0.5, 1.0}
  };

  private static final double[][] MH_WQ = {
    {0.2, -0.1, 0.4, 0.0}, {0.5, 0.3, -0.2, 0.1}, {-0.3, 0.6, 0.1, 0.2}, {0.1, 0.0, 0.3, -0.4}
  };
  private static final double[][] MH_WK = {
    {0.3, 0.2, -0.1, 0.5}, {-0.4, 0.1, 0.2, 0.0}, {0.2, -0.5, 0.3, 0.1}, {0.0, 0.4, -0.2, 0.3}
  };
  private static final double[][] MH_WV = {
    {1.0, 0.5, -0.5, 0.2}, {0.0, -1.0, 0.3, 0.4}, {0.6, 0.2, 1.0, -0.3}, {-0.2, 0.1, 0.0, 0.8}
  };
  private static final double[][] MH_WO = {
    {0.5, -0.2, 0.1, 0.3}, {0.2, 0.4, -0.3, 0.0}, {-0.1, 0.3, 0.6, 0.2}, {0.4, 0.0, 0.2, -0.5}
  };

  @Nested
  class Golden {

    @Test
    @Points(3)
    @DisplayName("spec example without a mask")
    void specNoMask() {
      // goldens.py "spec no mask": attn(Q, K, V)
      Result r = attention().scaledDotProduct(deep(SPEC_Q), deep(SPEC_K), deep(SPEC_V), null);
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {
            {3, 4}, {2.712067670604236, 3.712067670604236}, {2.5933274439212846, 3.5933274439212846}
          },
          r.output(),
          TOL,
          "output");
      Approx.assertClose(
          new double[][] {
            {0.4011120926797859, 0.1977758146404282, 0.4011120926797859},
            {0.28399540974126003, 0.575975345215362, 0.14002924504337802},
            {0.4011120926797859, 0.4011120926797859, 0.1977758146404282}
          },
          r.weights(),
          TOL,
          "weights");
    }

    @Test
    @Points(3)
    @DisplayName("spec example with a causal mask")
    void specCausal() {
      // goldens.py "spec causal": attn(Q, K, V, np.tril(np.ones((3, 3), bool)))
      Result r =
          attention().scaledDotProduct(deep(SPEC_Q), deep(SPEC_K), deep(SPEC_V), deep(CAUSAL3));
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {
            {1, 2},
            {2.3395230986533138, 3.3395230986533138},
            {2.5933274439212846, 3.5933274439212846}
          },
          r.output(),
          TOL,
          "output");
      Approx.assertClose(
          new double[][] {
            {1, 0, 0},
            {0.3302384506733431, 0.6697615493266569, 0},
            {0.4011120926797859, 0.4011120926797859, 0.1977758146404282}
          },
          r.weights(),
          TOL,
          "weights");
    }

    @Test
    @Points(2)
    @DisplayName("cross-attention with more keys than queries and three key dimensions")
    void crossAttention() {
      // goldens.py "cross no mask"
      Result r = attention().scaledDotProduct(deep(CROSS_Q), deep(CROSS_K), deep(CROSS_V), null);
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {
            {1.614500214833786, 0.15992294205619811}, {1.0434218661205557, 0.34037130545648286}
          },
          r.output(),
          TOL,
          "output");
      Approx.assertClose(
          new double[][] {
            {0.36355442751457, 0.1323653690863581, 0.0188593514304107, 0.48522085196866116},
            {0.19112164679659743, 0.05603860327879072, 0.26445461428174166, 0.48838513564287017}
          },
          r.weights(),
          TOL,
          "weights");
    }

    @Test
    @Points(3)
    @DisplayName("cross-attention with an arbitrary mask renormalises over the allowed keys")
    void crossAttentionMasked() {
      // goldens.py "cross masked"
      Result r =
          attention()
              .scaledDotProduct(deep(CROSS_Q), deep(CROSS_K), deep(CROSS_V), deep(CROSS_MASK));
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {
            {1.7845271213531302, -0.27335603807460584}, {-1.1502977273258113, 0.7308406249270097}
          },
          r.output(),
          TOL,
          "output");
      Approx.assertClose(
          new double[][] {
            {0.41901788444259963, 0, 0.02173651299574258, 0.5592456025616578},
            {0, 0.17485113633709445, 0.8251488636629056, 0}
          },
          r.weights(),
          TOL,
          "weights");
    }

    @Test
    @Points(3)
    @DisplayName("multi-head attention with two heads, with and without the causal mask")
    void multiHeadTwoHeads() {
      // goldens.py "mha H=2 causal=False/True": contiguous column blocks per head, scale
      // 1/sqrt(d_h)
      double[][] open =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 2, false);
      Approx.assertClose(
          new double[][] {
            {0.15254607699078704, -0.02335008231824757, 0.534565385056306, -0.42631804689387126},
            {0.50037893172683, 0.02587890711982692, 0.22066932368800726, -0.5029925158485847},
            {0.34165739849301163, -0.1034652151543356, 0.34347618102104716, -0.5291401411808757}
          },
          open,
          TOL,
          "output without mask");
      double[][] causal =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 2, true);
      Approx.assertClose(
          new double[][] {
            {1.2750000000000001, 0.23000000000000004, -0.235, -0.6175000000000002},
            {0.9252059912551853, -0.08003167148838822, -0.20469691683850838, -0.5980806949648834},
            {0.34165739849301163, -0.1034652151543356, 0.34347618102104716, -0.5291401411808757}
          },
          causal,
          TOL,
          "causal output");
    }

    @Test
    @Points(2)
    @DisplayName("multi-head attention with one-dimensional heads")
    void multiHeadFourHeads() {
      // goldens.py "mha H=4 causal=False/True"
      double[][] open =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 4, false);
      Approx.assertClose(
          new double[][] {
            {0.18087748656940023, -0.08248113490639426, 0.4815112341740653, -0.4560010222315184},
            {0.4580695798151682, -0.25174438157820384, 0.398671078432156, -0.44955079196404846},
            {0.27902588711296855, -0.10138150465864706, 0.2844928750686721, -0.5591185123987044}
          },
          open,
          TOL,
          "output without mask");
      double[][] causal =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 4, true);
      Approx.assertClose(
          new double[][] {
            {1.2750000000000001, 0.23000000000000004, -0.235, -0.6175000000000002},
            {0.8290380586646457, -0.33703053561143115, -0.01213203906237031, -0.5724101373009944},
            {0.27902588711296855, -0.10138150465864706, 0.2844928750686721, -0.5591185123987044}
          },
          causal,
          TOL,
          "causal output");
    }

    @Test
    @DisplayName("multi-head attention with a single head")
    void multiHeadOneHead() {
      // goldens.py "mha H=1 causal=False/True"
      double[][] open =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 1, false);
      Approx.assertClose(
          new double[][] {
            {-0.04374550430206625, -0.1467877092416674, 0.5803344211661703, -0.5487156840995433},
            {0.47994898703354016, -0.03656749497960152, 0.23858636905891123, -0.5833853767923964},
            {0.3314035273878467, -0.15386739955648826, 0.296299408512985, -0.5896074550704022}
          },
          open,
          TOL,
          "output without mask");
      double[][] causal =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 1, true);
      Approx.assertClose(
          new double[][] {
            {1.2750000000000001, 0.23000000000000004, -0.235, -0.6175000000000002},
            {0.8998072779359937, -0.11048326319464881, -0.10938481552042076, -0.641466054933604},
            {0.3314035273878467, -0.15386739955648826, 0.296299408512985, -0.5896074550704022}
          },
          causal,
          TOL,
          "causal output");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(4)
    @DisplayName(
        "scaled dot-product attention matches the reference on 300 seeded random shapes and masks")
    void differentialSingleHead() {
      RandomInputs rnd = new RandomInputs(0xA77E_0001L);
      for (int c = 0; c < 300; c++) {
        int nq = rnd.intBetween(1, 7);
        int nk = rnd.intBetween(1, 7);
        int dk = rnd.intBetween(1, 6);
        int dv = rnd.intBetween(1, 5);
        double[][] q = rnd.gaussianMatrix(nq, dk);
        double[][] k = rnd.gaussianMatrix(nk, dk);
        double[][] v = rnd.matrix(nk, dv, -3, 3);
        boolean[][] mask = rnd.intBetween(0, 2) == 0 ? null : randomMask(rnd, nq, nk);
        Result expected = oracle().scaledDotProduct(q, k, v, mask);
        Result actual = attention().scaledDotProduct(deep(q), deep(k), deep(v), deep(mask));
        assertNotNull(actual, "case " + c + " result");
        Approx.assertClose(expected.weights(), actual.weights(), TOL, "case " + c + " weights");
        Approx.assertClose(expected.output(), actual.output(), TOL, "case " + c + " output");
      }
    }

    @Test
    @Points(5)
    @DisplayName("multi-head attention matches the reference on 200 seeded random shapes")
    void differentialMultiHead() {
      RandomInputs rnd = new RandomInputs(0xA77E_0002L);
      int[][] shapes = {
        {1, 1}, {2, 1}, {2, 2}, {3, 3}, {4, 2}, {4, 4}, {6, 2}, {6, 3}, {8, 4}, {9, 3}, {12, 4},
        {12, 6}
      };
      for (int c = 0; c < 200; c++) {
        int[] shape = shapes[rnd.intBetween(0, shapes.length - 1)];
        int d = shape[0];
        int heads = shape[1];
        int n = rnd.intBetween(1, 8);
        double[][] x = rnd.gaussianMatrix(n, d);
        double[][][] w = {
          rnd.matrix(d, d, -0.6, 0.6),
          rnd.matrix(d, d, -0.6, 0.6),
          rnd.matrix(d, d, -0.6, 0.6),
          rnd.matrix(d, d, -0.6, 0.6)
        };
        boolean causal = rnd.intBetween(0, 1) == 1;
        double[][] expected = oracle().multiHead(x, w[0], w[1], w[2], w[3], heads, causal);
        double[][] actual =
            attention()
                .multiHead(deep(x), deep(w[0]), deep(w[1]), deep(w[2]), deep(w[3]), heads, causal);
        Approx.assertClose(
            expected,
            actual,
            TOL,
            "case "
                + c
                + " (n="
                + n
                + ", d_model="
                + d
                + ", heads="
                + heads
                + ", causal="
                + causal
                + ")");
      }
    }

    @Test
    @Points(2)
    @DisplayName("attention weights are in [0, 1] and every row sums to one")
    void rowsSumToOne() {
      RandomInputs rnd = new RandomInputs(0xA77E_0003L);
      for (int c = 0; c < 100; c++) {
        int nq = rnd.intBetween(1, 6);
        int nk = rnd.intBetween(1, 9);
        int dk = rnd.intBetween(1, 5);
        boolean[][] mask = rnd.intBetween(0, 1) == 0 ? null : randomMask(rnd, nq, nk);
        Result r =
            attention()
                .scaledDotProduct(
                    scaled(rnd.gaussianMatrix(nq, dk), 3),
                    rnd.gaussianMatrix(nk, dk),
                    rnd.gaussianMatrix(nk, 2),
                    mask);
        assertNotNull(r, "case " + c + " result");
        for (int i = 0; i < nq; i++) {
          double sum = 0;
          for (double w : r.weights()[i]) {
            assertTrue(w >= 0 && w <= 1, "case " + c + " weight " + w + " outside [0, 1]");
            sum += w;
          }
          Approx.assertClose(1.0, sum, TOL, "case " + c + " sum of weights in row " + i);
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("masked-out keys get a weight of exactly zero")
    void maskedWeightsAreExactlyZero() {
      RandomInputs rnd = new RandomInputs(0xA77E_0004L);
      for (int c = 0; c < 100; c++) {
        int nq = rnd.intBetween(1, 6);
        int nk = rnd.intBetween(2, 8);
        boolean[][] mask = randomMask(rnd, nq, nk);
        Result r =
            attention()
                .scaledDotProduct(
                    rnd.gaussianMatrix(nq, 3),
                    rnd.gaussianMatrix(nk, 3),
                    rnd.gaussianMatrix(nk, 2),
                    deep(mask));
        assertNotNull(r, "case " + c + " result");
        for (int i = 0; i < nq; i++) {
          for (int j = 0; j < nk; j++) {
            if (!mask[i][j]) {
              Approx.assertClose(
                  0.0,
                  r.weights()[i][j],
                  EXACT,
                  "case " + c + " masked weight [" + i + "][" + j + "]");
            }
          }
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "permuting keys and values together changes nothing but the order of the weight columns")
    void keyValuePermutationInvariance() {
      RandomInputs rnd = new RandomInputs(0xA77E_0005L);
      for (int c = 0; c < 60; c++) {
        int nq = rnd.intBetween(1, 5);
        int nk = rnd.intBetween(2, 7);
        double[][] q = rnd.gaussianMatrix(nq, 4);
        double[][] k = rnd.gaussianMatrix(nk, 4);
        double[][] v = rnd.gaussianMatrix(nk, 3);
        boolean[][] mask = rnd.intBetween(0, 1) == 0 ? null : randomMask(rnd, nq, nk);
        int[] p = rnd.permutation(nk);
        double[][] pk = new double[nk][];
        double[][] pv = new double[nk][];
        boolean[][] pm = mask == null ? null : new boolean[nq][nk];
        for (int j = 0; j < nk; j++) {
          pk[j] = k[p[j]].clone();
          pv[j] = v[p[j]].clone();
          for (int i = 0; pm != null && i < nq; i++) {
            pm[i][j] = mask[i][p[j]];
          }
        }
        Result base = attention().scaledDotProduct(deep(q), k, v, deep(mask));
        Result moved = attention().scaledDotProduct(deep(q), pk, pv, pm);
        assertNotNull(base, "result");
        assertNotNull(moved, "result");
        Approx.assertClose(base.output(), moved.output(), TOL, "case " + c + " output");
        for (int i = 0; i < nq; i++) {
          for (int j = 0; j < nk; j++) {
            Approx.assertClose(
                base.weights()[i][p[j]],
                moved.weights()[i][j],
                TOL,
                "case " + c + " weight [" + i + "][" + j + "]");
          }
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("permuting the queries permutes the output rows")
    void queryPermutationEquivariance() {
      RandomInputs rnd = new RandomInputs(0xA77E_0006L);
      for (int c = 0; c < 60; c++) {
        int nq = rnd.intBetween(2, 7);
        int nk = rnd.intBetween(1, 6);
        double[][] q = rnd.gaussianMatrix(nq, 3);
        double[][] k = rnd.gaussianMatrix(nk, 3);
        double[][] v = rnd.gaussianMatrix(nk, 4);
        boolean[][] mask = rnd.intBetween(0, 1) == 0 ? null : randomMask(rnd, nq, nk);
        int[] p = rnd.permutation(nq);
        double[][] pq = new double[nq][];
        boolean[][] pm = mask == null ? null : new boolean[nq][];
        for (int i = 0; i < nq; i++) {
          pq[i] = q[p[i]].clone();
          if (pm != null) {
            pm[i] = mask[p[i]].clone();
          }
        }
        Result base = attention().scaledDotProduct(q, deep(k), deep(v), deep(mask));
        Result moved = attention().scaledDotProduct(pq, deep(k), deep(v), pm);
        assertNotNull(base, "result");
        assertNotNull(moved, "result");
        for (int i = 0; i < nq; i++) {
          Approx.assertClose(
              base.output()[p[i]], moved.output()[i], TOL, "case " + c + " output row " + i);
          Approx.assertClose(
              base.weights()[p[i]], moved.weights()[i], TOL, "case " + c + " weight row " + i);
        }
      }
    }

    @Test
    @DisplayName("the output is linear in the values")
    void linearInValues() {
      RandomInputs rnd = new RandomInputs(0xA77E_0007L);
      for (int c = 0; c < 50; c++) {
        int nq = rnd.intBetween(1, 5);
        int nk = rnd.intBetween(1, 6);
        double[][] q = rnd.gaussianMatrix(nq, 3);
        double[][] k = rnd.gaussianMatrix(nk, 3);
        double[][] v1 = rnd.gaussianMatrix(nk, 2);
        double[][] v2 = rnd.gaussianMatrix(nk, 2);
        double a = rnd.doubleBetween(-2, 2);
        double b = rnd.doubleBetween(-2, 2);
        boolean[][] mask = rnd.intBetween(0, 1) == 0 ? null : randomMask(rnd, nq, nk);
        double[][] combined = new double[nk][2];
        for (int j = 0; j < nk; j++) {
          for (int t = 0; t < 2; t++) {
            combined[j][t] = a * v1[j][t] + b * v2[j][t];
          }
        }
        double[][] o1 = attention().scaledDotProduct(deep(q), deep(k), v1, deep(mask)).output();
        double[][] o2 = attention().scaledDotProduct(deep(q), deep(k), v2, deep(mask)).output();
        double[][] o =
            attention().scaledDotProduct(deep(q), deep(k), combined, deep(mask)).output();
        double[][] expected = new double[nq][2];
        for (int i = 0; i < nq; i++) {
          for (int t = 0; t < 2; t++) {
            expected[i][t] = a * o1[i][t] + b * o2[i][t];
          }
        }
        Approx.assertClose(expected, o, TOL, "case " + c + " output of the combined values");
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "one head with the identity as output projection equals single-head attention on the"
            + " projections")
    void oneHeadEqualsSingleHead() {
      RandomInputs rnd = new RandomInputs(0xA77E_0008L);
      for (int c = 0; c < 50; c++) {
        int n = rnd.intBetween(1, 6);
        int d = rnd.intBetween(1, 6);
        double[][] x = rnd.gaussianMatrix(n, d);
        double[][] wq = rnd.matrix(d, d, -0.7, 0.7);
        double[][] wk = rnd.matrix(d, d, -0.7, 0.7);
        double[][] wv = rnd.matrix(d, d, -0.7, 0.7);
        boolean causal = rnd.intBetween(0, 1) == 1;
        double[][] multi = attention().multiHead(deep(x), wq, wk, wv, identity(d), 1, causal);
        Result single =
            attention()
                .scaledDotProduct(
                    multiply(x, wq),
                    multiply(x, wk),
                    multiply(x, wv),
                    causal ? causalMask(n) : null);
        assertNotNull(single, "result");
        Approx.assertClose(
            single.output(),
            multi,
            TOL,
            "case " + c + " (n=" + n + ", d=" + d + ", causal=" + causal + ")");
      }
    }

    @Test
    @DisplayName("causal multi-head output at a position ignores later positions")
    void causalIgnoresTheFuture() {
      RandomInputs rnd = new RandomInputs(0xA77E_0009L);
      for (int c = 0; c < 30; c++) {
        int n = rnd.intBetween(2, 7);
        double[][] x = rnd.gaussianMatrix(n, 4);
        double[][][] w = {
          rnd.matrix(4, 4, -0.7, 0.7),
          rnd.matrix(4, 4, -0.7, 0.7),
          rnd.matrix(4, 4, -0.7, 0.7),
          rnd.matrix(4, 4, -0.7, 0.7)
        };
        int keep = rnd.intBetween(1, n - 1);
        double[][] changed = deep(x);
        for (int i = keep; i < n; i++) {
          changed[i] = rnd.gaussianVector(4);
        }
        double[][] a = attention().multiHead(x, w[0], w[1], w[2], w[3], 2, true);
        double[][] b = attention().multiHead(changed, w[0], w[1], w[2], w[3], 2, true);
        for (int i = 0; i < keep; i++) {
          Approx.assertClose(
              a[i],
              b[i],
              TOL,
              "case " + c + " output row " + i + " after changing rows from " + keep);
        }
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @DisplayName("a single key gets all the weight")
    void singleKey() {
      Result r =
          attention()
              .scaledDotProduct(
                  new double[][] {{0.3, -2}, {5, 1}},
                  new double[][] {{1.5, 0.5}},
                  new double[][] {{7, -3, 0.25}},
                  null);
      assertNotNull(r, "result");
      Approx.assertClose(new double[][] {{1}, {1}}, r.weights(), TOL, "weights");
      Approx.assertClose(new double[][] {{7, -3, 0.25}, {7, -3, 0.25}}, r.output(), TOL, "output");
    }

    @Test
    @DisplayName("a mask row that allows one key copies that key's value")
    void oneAllowedKeyPerRow() {
      boolean[][] mask = {{false, true, false}, {false, false, true}, {true, false, false}};
      Result r = attention().scaledDotProduct(deep(SPEC_Q), deep(SPEC_K), deep(SPEC_V), mask);
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, r.weights(), TOL, "weights");
      Approx.assertClose(new double[][] {{3, 4}, {5, 6}, {1, 2}}, r.output(), TOL, "output");
    }

    @Test
    @DisplayName("a null mask behaves like a mask that allows every key")
    void nullMaskEqualsFullMask() {
      boolean[][] all = {{true, true, true, true}, {true, true, true, true}};
      Result a = attention().scaledDotProduct(deep(CROSS_Q), deep(CROSS_K), deep(CROSS_V), null);
      Result b = attention().scaledDotProduct(deep(CROSS_Q), deep(CROSS_K), deep(CROSS_V), all);
      assertNotNull(a, "result");
      assertNotNull(b, "result");
      Approx.assertClose(a.weights(), b.weights(), TOL, "weights");
      Approx.assertClose(a.output(), b.output(), TOL, "output");
    }

    @Test
    @DisplayName("identical keys or a zero query give uniform weights and the mean value")
    void uniformWeights() {
      double[][] v = {{1, 10}, {2, 20}, {6, 60}, {3, 30}};
      Result r =
          attention()
              .scaledDotProduct(
                  new double[][] {{0, 0, 0}},
                  new double[][] {{1, 2, 3}, {-1, 0, 4}, {2, 2, 2}, {0, 5, -5}},
                  deep(v),
                  null);
      assertNotNull(r, "result");
      Approx.assertClose(
          new double[][] {{0.25, 0.25, 0.25, 0.25}}, r.weights(), TOL, "weights for a zero query");
      Approx.assertClose(new double[][] {{3, 30}}, r.output(), TOL, "output for a zero query");
      Result s =
          attention()
              .scaledDotProduct(
                  new double[][] {{4, -1, 2}},
                  new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
                  deep(v),
                  null);
      assertNotNull(s, "result");
      Approx.assertClose(
          new double[][] {{0.25, 0.25, 0.25, 0.25}},
          s.weights(),
          TOL,
          "weights for identical keys");
    }

    @Test
    @DisplayName("a one-token causal sequence returns its projected value")
    void singleTokenMultiHead() {
      double[][] x = {{0.5, -1, 2, 0.25}};
      double[][] out =
          attention()
              .multiHead(deep(x), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 2, true);
      Approx.assertClose(multiply(multiply(x, MH_WV), MH_WO), out, TOL, "output = x · Wv · Wo");
    }

    @Test
    @DisplayName("the causal first position attends only to itself")
    void causalFirstRow() {
      double[][] out =
          attention()
              .multiHead(deep(MH_X), deep(MH_WQ), deep(MH_WK), deep(MH_WV), deep(MH_WO), 2, true);
      Approx.assertClose(
          multiply(multiply(new double[][] {MH_X[0].clone()}, MH_WV), MH_WO)[0],
          out[0],
          TOL,
          "first output row");
    }

    @Test
    @Points(2)
    @DisplayName("inputs are not modified and results are new arrays")
    void purity() {
      RandomInputs rnd = new RandomInputs(0xA77E_000AL);
      for (int c = 0; c < 30; c++) {
        int nq = rnd.intBetween(1, 4);
        int nk = rnd.intBetween(1, 4);
        int d = rnd.intBetween(1, 3);
        double[][] q = rnd.gaussianMatrix(nq, d);
        double[][] k = rnd.gaussianMatrix(nk, d);
        double[][] v = rnd.gaussianMatrix(nk, rnd.intBetween(1, 3));
        boolean[][] mask = rnd.intBetween(0, 1) == 0 ? null : randomMask(rnd, nq, nk);
        Purity.Snapshot snapshot = Purity.snapshot(q, k, v, mask);
        Result r = attention().scaledDotProduct(q, k, v, mask);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(r, q, k, v, mask);
        int dModel = 2 * rnd.intBetween(1, 3);
        double[][] x = rnd.gaussianMatrix(rnd.intBetween(1, 4), dModel);
        double[][][] w = {
          rnd.gaussianMatrix(dModel, dModel),
          rnd.gaussianMatrix(dModel, dModel),
          rnd.gaussianMatrix(dModel, dModel),
          identity(dModel)
        };
        Purity.Snapshot mh = Purity.snapshot(x, w[0], w[1], w[2], w[3]);
        double[][] out =
            attention().multiHead(x, w[0], w[1], w[2], w[3], 2, rnd.intBetween(0, 1) == 1);
        mh.assertUnchanged();
        Purity.assertNoAliasing(out, x, w[0], w[1], w[2], w[3]);
      }
    }

    @Test
    @DisplayName("result shapes follow the inputs")
    void shapes() {
      Result r =
          attention().scaledDotProduct(new double[3][2], new double[5][2], new double[5][4], null);
      assertNotNull(r, "result");
      assertEquals(3, r.output().length, "output rows");
      assertEquals(4, r.output()[0].length, "output columns");
      assertEquals(3, r.weights().length, "weight rows");
      assertEquals(5, r.weights()[2].length, "weight columns");
      double[][] out =
          attention()
              .multiHead(
                  new double[4][6], identity(6), identity(6), identity(6), identity(6), 3, false);
      assertEquals(4, out.length, "multi-head rows");
      assertEquals(6, out[3].length, "multi-head columns");
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("mismatched key dimensions or value rows are rejected")
    void mismatchedShapes() {
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(new double[2][3], new double[4][2], new double[4][1], null),
          "Q and K columns differ");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(new double[2][3], new double[4][3], new double[3][1], null),
          "V rows differ from K rows");
    }

    @Test
    @DisplayName("a mask of the wrong shape or a row without any allowed key is rejected")
    void badMasks() {
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2], new double[3][2], new double[3][2], new boolean[3][3]),
          "mask rows");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2],
                      new double[3][2],
                      new double[3][2],
                      new boolean[][] {{true, true}, {true, true}}),
          "mask columns");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2],
                      new double[3][2],
                      new double[3][2],
                      new boolean[][] {{true, true, true}, {true}}),
          "ragged mask");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2],
                      new double[3][2],
                      new double[3][2],
                      new boolean[][] {{true, false, true}, {false, false, false}}),
          "row without an allowed key");
    }

    @Test
    @DisplayName("empty, zero-width or ragged matrices are rejected")
    void emptyAndRagged() {
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(new double[0][2], new double[3][2], new double[3][2], null),
          "no queries");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(new double[2][2], new double[0][2], new double[0][2], null),
          "no keys");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(new double[2][0], new double[3][0], new double[3][2], null),
          "d_k = 0");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(new double[2][2], new double[3][2], new double[3][0], null),
          "d_v = 0");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[][] {{1, 2}, {3}}, new double[3][2], new double[3][2], null),
          "ragged Q");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2],
                      new double[][] {{1, 2}, {3, 4}, {5}},
                      new double[3][2],
                      null),
          "ragged K");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2], new double[3][2], new double[][] {{1}, {2, 3}, {4}}, null),
          "ragged V");
    }

    @Test
    @DisplayName("NaN or infinite entries are rejected")
    void nonFinite() {
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[][] {{1, Double.NaN}}, new double[2][2], new double[2][2], null),
          "NaN in Q");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[1][2],
                      new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 0}},
                      new double[2][2],
                      null),
          "∞ in K");
      Rejects.illegalArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[1][2],
                      new double[2][2],
                      new double[][] {{1}, {Double.NEGATIVE_INFINITY}},
                      null),
          "−∞ in V");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[][] {{1, Double.NaN}},
                      identity(2),
                      identity(2),
                      identity(2),
                      identity(2),
                      1,
                      false),
          "NaN in X");
      double[][] bad = identity(2);
      bad[1][0] = Double.POSITIVE_INFINITY;
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[1][2], identity(2), identity(2), identity(2), bad, 1, false),
          "∞ in Wo");
    }

    @Test
    @DisplayName("a head count that is not positive or does not divide the model width is rejected")
    void badHeadCount() {
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      identity(4),
                      0,
                      false),
          "numHeads = 0");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      identity(4),
                      -2,
                      false),
          "numHeads < 0");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      identity(4),
                      3,
                      false),
          "4 % 3 != 0");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      identity(4),
                      8,
                      true),
          "more heads than columns");
    }

    @Test
    @DisplayName("projection matrices of the wrong shape and bad sequences are rejected")
    void badProjections() {
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      new double[3][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      2,
                      false),
          "Wq rows");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      new double[4][2],
                      identity(4),
                      identity(4),
                      2,
                      false),
          "Wk columns");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      identity(4),
                      new double[4][6],
                      identity(4),
                      2,
                      false),
          "Wv columns");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[2][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      new double[4][3],
                      2,
                      false),
          "Wo columns");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[0][4],
                      identity(4),
                      identity(4),
                      identity(4),
                      identity(4),
                      2,
                      false),
          "empty X");
      Rejects.illegalArgument(
          () ->
              attention()
                  .multiHead(
                      new double[][] {{1, 2, 3, 4}, {1, 2}},
                      identity(4),
                      identity(4),
                      identity(4),
                      identity(4),
                      2,
                      false),
          "ragged X");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(
          () -> attention().scaledDotProduct(null, new double[2][2], new double[2][2], null),
          "null Q");
      Rejects.nullArgument(
          () -> attention().scaledDotProduct(new double[1][2], null, new double[2][2], null),
          "null K");
      Rejects.nullArgument(
          () -> attention().scaledDotProduct(new double[1][2], new double[2][2], null, null),
          "null V");
      Rejects.nullArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[][] {{1, 2}, null}, new double[2][2], new double[2][2], null),
          "null Q row");
      Rejects.nullArgument(
          () ->
              attention()
                  .scaledDotProduct(
                      new double[2][2],
                      new double[2][2],
                      new double[2][2],
                      new boolean[][] {{true, true}, null}),
          "null mask row");
      Rejects.nullArgument(
          () ->
              attention()
                  .multiHead(null, identity(2), identity(2), identity(2), identity(2), 1, false),
          "null X");
      Rejects.nullArgument(
          () ->
              attention()
                  .multiHead(
                      new double[1][2], identity(2), null, identity(2), identity(2), 1, false),
          "null Wk");
      Rejects.nullArgument(
          () ->
              attention()
                  .multiHead(
                      new double[1][2],
                      identity(2),
                      identity(2),
                      identity(2),
                      new double[][] {{1, 0}, null},
                      1,
                      false),
          "null Wo row");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(2)
    @DisplayName("a large logit with two key dimensions gives finite one-hot weights")
    void largeLogitTwoDimensions() {
      // goldens.py "large logit d_k=2 (spec)": weights [1, 8.08028751644722e-308]
      Result r =
          attention()
              .scaledDotProduct(
                  new double[][] {{1000, 0}},
                  new double[][] {{1, 0}, {0, 1}},
                  new double[][] {{1, 0}, {0, 1}},
                  null);
      assertNotNull(r, "result");
      Approx.assertAllFinite(r.weights(), "weights");
      Approx.assertAllFinite(r.output(), "output");
      Approx.assertClose(
          new double[][] {{1.0, 8.08028751644722e-308}}, r.weights(), TOL, "weights");
      Approx.assertClose(new double[][] {{1.0, 8.08028751644722e-308}}, r.output(), TOL, "output");
    }

    @Test
    @Points(2)
    @DisplayName("logits far beyond the exponential's range stay finite")
    void logitsBeyondExpRange() {
      // goldens.py "large logits d_k=1": scores 1000, 500, −1000 → weights [1,
      // 7.124576406741286e-218, 0]
      Result r =
          attention()
              .scaledDotProduct(
                  new double[][] {{1000}},
                  new double[][] {{1}, {0.5}, {-1}},
                  new double[][] {{1, 0}, {0, 1}, {1, 1}},
                  null);
      assertNotNull(r, "result");
      Approx.assertAllFinite(r.weights(), "weights");
      Approx.assertAllFinite(r.output(), "output");
      Approx.assertClose(
          new double[][] {{1, 7.124576406741286e-218, 0}}, r.weights(), TOL, "weights");
      Approx.assertClose(new double[][] {{1, 7.124576406741286e-218}}, r.output(), TOL, "output");
    }

    @Test
    @Points(2)
    @DisplayName("very negative logits do not underflow to zero over zero")
    void veryNegativeLogits() {
      // goldens.py "very negative logits d_k=1": scores −1000, −2000 → weights [1, 0]
      Result r =
          attention()
              .scaledDotProduct(
                  new double[][] {{-1000}},
                  new double[][] {{1}, {2}},
                  new double[][] {{3, -1}, {5, 7}},
                  null);
      assertNotNull(r, "result");
      Approx.assertAllFinite(r.weights(), "weights");
      Approx.assertClose(new double[][] {{1, 0}}, r.weights(), TOL, "weights");
      Approx.assertClose(new double[][] {{3, -1}}, r.output(), TOL, "output");
    }

    @Test
    @DisplayName("large activations in multi-head attention keep every output finite")
    void largeMultiHeadActivations() {
      RandomInputs rnd = new RandomInputs(0xA77E_000BL);
      for (int c = 0; c < 10; c++) {
        double[][] x = scaled(rnd.gaussianMatrix(5, 4), 300);
        double[][][] w = {
          rnd.matrix(4, 4, -1, 1),
          rnd.matrix(4, 4, -1, 1),
          rnd.matrix(4, 4, -1, 1),
          rnd.matrix(4, 4, -1, 1)
        };
        Approx.assertAllFinite(
            attention().multiHead(x, w[0], w[1], w[2], w[3], 2, c % 2 == 0),
            "case " + c + " output");
      }
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("performance: 500 queries and 500 keys of width 64 with a causal mask within 4 s")
    void performanceSingleHead() {
      RandomInputs rnd = new RandomInputs(0xA77E_000CL);
      int n = 500;
      Result r =
          attention()
              .scaledDotProduct(
                  rnd.gaussianMatrix(n, 64),
                  rnd.gaussianMatrix(n, 64),
                  rnd.gaussianMatrix(n, 64),
                  causalMask(n));
      assertNotNull(r, "result");
      assertEquals(n, r.output().length, "output rows");
      Approx.assertAllFinite(r.output()[n - 1], "last output row");
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("performance: 256 tokens, width 64, 8 heads within 4 s")
    void performanceMultiHead() {
      RandomInputs rnd = new RandomInputs(0xA77E_000DL);
      int n = 256;
      int d = 64;
      double[][][] w = {
        rnd.matrix(d, d, -0.2, 0.2),
        rnd.matrix(d, d, -0.2, 0.2),
        rnd.matrix(d, d, -0.2, 0.2),
        rnd.matrix(d, d, -0.2, 0.2)
      };
      double[][] out =
          attention().multiHead(rnd.gaussianMatrix(n, d), w[0], w[1], w[2], w[3], 8, true);
      assertNotNull(out, "output");
      assertEquals(n, out.length, "output rows");
      Approx.assertAllFinite(out[n - 1], "last output row");
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /** A random mask in which every row allows at least one key. */
  private static boolean[][] randomMask(RandomInputs rnd, int rows, int cols) {
    boolean[][] mask = new boolean[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        mask[i][j] = rnd.intBetween(0, 2) > 0;
      }
      mask[i][rnd.intBetween(0, cols - 1)] = true;
    }
    return mask;
  }

  private static boolean[][] causalMask(int n) {
    boolean[][] mask = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        mask[i][j] = true;
      }
    }
    return mask;
  }

  private static double[][] identity(int d) {
    double[][] m = new double[d][d];
    for (int i = 0; i < d; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    double[][] out = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int c = 0; c < b[0].length; c++) {
        double s = 0;
        for (int t = 0; t < b.length; t++) {
          s += a[i][t] * b[t][c];
        }
        out[i][c] = s;
      }
    }
    return out;
  }

  private static double[][] scaled(double[][] m, double factor) {
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= factor;
      }
    }
    return m;
  }

  private static double[][] deep(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }

  private static boolean[][] deep(boolean[][] m) {
    if (m == null) {
      return null;
    }
    boolean[][] copy = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }
}
