package challenge.logreg.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.logreg.LogisticRegression;
import challenge.logreg.LogisticRegression.Fit;
import challenge.logreg.LogisticRegression.Gradient;
import challenge.logreg.LogisticRegressionImpl;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import mlgrader.kit.Approx;
import mlgrader.kit.GradientCheck;
import mlgrader.kit.Points;
import mlgrader.kit.Purity;
import mlgrader.kit.RandomInputs;
import mlgrader.kit.Rejects;
import mlgrader.kit.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hidden suite for {@code logistic-regression-gradient} (catalog-spec §4 W1-2). */
public class LogisticRegressionHiddenTest {

  /** Catalog-spec W1-2: goldens within 1e-12 relative. */
  private static final Tolerance GOLDEN = Tolerance.relative(1e-12);

  /** Values that are exactly or nearly zero, where a relative bound is meaningless. */
  private static final Tolerance NEAR_ZERO = Tolerance.absolute(1e-12);

  /** Closed-form arithmetic in another summation order (catalog-spec §2.4, tightened). */
  private static final Tolerance CLOSED_FORM = Tolerance.mixed(1e-10);

  /** Gradient descent amplifies rounding differences a little over many steps. */
  private static final Tolerance TRAINED = Tolerance.mixed(1e-9);

  private static LogisticRegression model() {
    return new LogisticRegressionImpl();
  }

  private static LogisticRegression oracle() {
    return new challenge.logreg.oracle.LogisticRegressionImpl();
  }

  /** The spec's golden data set. */
  private static final double[][] X4 = {{0.5, -1.2}, {1.5, 0.3}, {-0.7, 2.0}, {2.2, 1.1}};

  private static final int[] Y4 = {1, 0, 1, 0};
  private static final double[] W4 = {0.4, -0.25};
  private static final double B4 = 0.1;

  @Nested
  class Golden {

    @Test
    @Points(2)
    @DisplayName("regularized loss on the four-sample example")
    void regularizedLoss() {
      // /usr/bin/python3 shared/golden/wave1.py "=== 2":
      // np.mean(np.logaddexp(0,z)-y*z)+lam/2*w@w with lam=0.3
      Approx.assertClose(
          0.9552712803319132,
          model().loss(deep(X4), Y4.clone(), W4.clone(), B4, 0.3),
          GOLDEN,
          "loss");
    }

    @Test
    @Points(3)
    @DisplayName("regularized gradient on the four-sample example")
    void regularizedGradient() {
      // same script: X.T@(p-y)/n+lam*w, np.mean(p-y) with p=1/(1+np.exp(-z)), lam=0.3
      Gradient g = model().gradient(deep(X4), Y4.clone(), W4.clone(), B4, 0.3);
      assertNotNull(g, "gradient");
      Approx.assertClose(
          new double[] {0.8042318561013518, -0.0676583899561632}, g.dw(), GOLDEN, "dw");
      Approx.assertClose(0.07564196906623574, g.db(), GOLDEN, "db");
    }

    @Test
    @Points(2)
    @DisplayName("unregularized loss on the four-sample example")
    void unregularizedLoss() {
      // same script with lam=0
      Approx.assertClose(
          0.9218962803319132,
          model().loss(deep(X4), Y4.clone(), W4.clone(), B4, 0.0),
          GOLDEN,
          "loss");
    }

    @Test
    @Points(3)
    @DisplayName("unregularized gradient on the four-sample example")
    void unregularizedGradient() {
      // same script with lam=0
      Gradient g = model().gradient(deep(X4), Y4.clone(), W4.clone(), B4, 0.0);
      assertNotNull(g, "gradient");
      Approx.assertClose(
          new double[] {0.6842318561013518, 0.007341610043836794}, g.dw(), GOLDEN, "dw");
      Approx.assertClose(0.07564196906623574, g.db(), GOLDEN, "db");
    }

    @Test
    @DisplayName("predicted probabilities on the four-sample example")
    void probabilities() {
      // 1/(1+np.exp(-(X@w+b)))
      Approx.assertClose(
          new double[] {
            0.6456563062257954, 0.6513548646660542, 0.3362613025956473, 0.669295402777446
          },
          model().predictProba(deep(X4), W4.clone(), B4),
          GOLDEN,
          "p");
    }

    @Test
    @Points(3)
    @DisplayName("three regularized gradient-descent steps from zero")
    void threeTrainingSteps() {
      // with lossgrad from shared/golden/wave1.py: w=np.zeros(2); b=0.0; h=[]; then 3 times
      // _,gw,gb=lossgrad(X,y,w,b,0.3); w,b=w-0.5*gw,b-0.5*gb; h.append(lossgrad(X,y,w,b,0.3)[0])
      Fit fit = model().train(deep(X4), Y4.clone(), 0.3, 0.5, 3);
      assertNotNull(fit, "fit");
      Approx.assertClose(
          new double[] {-0.48690651117391287, -0.06625363334731298}, fit.w(), GOLDEN, "w");
      Approx.assertClose(0.06948928473424931, fit.b(), GOLDEN, "b");
      Approx.assertClose(
          new double[] {0.595792832095043, 0.5574100604795322, 0.538396852434908},
          fit.lossHistory(),
          GOLDEN,
          "history");
    }

    @Test
    @Points(2)
    @DisplayName("two unregularized gradient-descent steps from zero")
    void twoTrainingSteps() {
      // the same loop with lam=0, lr=1, 2 steps
      Fit fit = model().train(deep(X4), Y4.clone(), 0.0, 1.0, 2);
      assertNotNull(fit, "fit");
      Approx.assertClose(
          new double[] {-0.7511321061658235, -0.10022626634758267}, fit.w(), GOLDEN, "w");
      Approx.assertClose(0.10777823028134446, fit.b(), GOLDEN, "b");
      Approx.assertClose(
          new double[] {0.5086528334941541, 0.43616918609849936},
          fit.lossHistory(),
          GOLDEN,
          "history");
    }

    @Test
    @Points(2)
    @DisplayName("the gradient vanishes at scikit-learn's optimum")
    void gradientVanishesAtSklearnOptimum() {
      // sklearn 1.2.1: LogisticRegression(C=1/(50*0.1), tol=1e-12, max_iter=10000)
      // .fit(SK_X, SK_Y) → coef_, intercept_; our gradient there has max |component| ≈ 6e-8
      // (shared/golden/wave1.py)
      Gradient g = model().gradient(deep(SK_X), SK_Y.clone(), SK_W.clone(), SK_B, SK_LAMBDA);
      assertNotNull(g, "gradient");
      for (int j = 0; j < SK_W.length; j++) {
        assertTrue(Math.abs(g.dw()[j]) <= 1e-6, "dw[" + j + "] at the optimum: " + g.dw()[j]);
      }
      assertTrue(Math.abs(g.db()) <= 1e-6, "db at the optimum: " + g.db());
    }

    @Test
    @Points(2)
    @DisplayName("gradient descent reaches scikit-learn's optimum")
    void trainingReachesSklearnOptimum() {
      // the objective is strongly convex and lr = 1 is below 2/L here: numpy's gradient descent
      // is within 3e-7 of sklearn's solution after 100 steps and stops moving after 500
      Fit fit = model().train(deep(SK_X), SK_Y.clone(), SK_LAMBDA, 1.0, 2_000);
      assertNotNull(fit, "fit");
      Approx.assertClose(SK_W, fit.w(), Tolerance.absolute(1e-4), "w");
      Approx.assertClose(SK_B, fit.b(), Tolerance.absolute(1e-4), "b");
      assertEquals(2_000, fit.lossHistory().length, "history length");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(3)
    @DisplayName(
        "the gradient agrees with central finite differences of the loss on 50 random problems")
    void gradientCheck() {
      RandomInputs rnd = new RandomInputs(0x10C0_0001L);
      int checked = 0;
      while (checked < 50) {
        int n = rnd.intBetween(1, 30);
        int d = rnd.intBetween(1, 6);
        double lambda = rnd.intBetween(0, 1) * 0.1;
        double[][] x = rnd.gaussianMatrix(n, d);
        int[] y = rnd.labels(n, 2);
        double[] w = scaled(rnd.gaussianVector(d), 0.7);
        double b = rnd.gaussian() * 0.5;
        // Finite differences cannot resolve a component near zero (round-off ~1e-10 against a
        // floor of 1e-8), so problems whose exact gradient has a component below 1e-2 are skipped.
        Gradient exact = oracle().gradient(deep(x), y.clone(), w.clone(), b, lambda);
        if (minAbs(exact) < 1e-2) {
          continue;
        }
        Gradient g = model().gradient(deep(x), y.clone(), w.clone(), b, lambda);
        assertNotNull(g, "problem " + checked + " gradient");
        GradientCheck.assertGradient(
            append(g.dw(), g.db()),
            theta -> model().loss(deep(x), y.clone(), Arrays.copyOf(theta, d), theta[d], lambda),
            append(w, b),
            "problem " + checked + " (n=" + n + ", d=" + d + ", lambda=" + lambda + ")");
        checked++;
      }
    }

    @Test
    @Points(2)
    @DisplayName("loss matches the reference on 300 seeded random problems")
    void lossDifferential() {
      RandomInputs rnd = new RandomInputs(0x10C0_0002L);
      for (int c = 0; c < 300; c++) {
        Problem p = Problem.random(rnd, 1);
        Approx.assertClose(
            oracle().loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda),
            model().loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda),
            CLOSED_FORM,
            "case " + c + " loss");
      }
    }

    @Test
    @Points(3)
    @DisplayName("gradient matches the reference on 300 seeded random problems")
    void gradientDifferential() {
      RandomInputs rnd = new RandomInputs(0x10C0_0003L);
      for (int c = 0; c < 300; c++) {
        Problem p = Problem.random(rnd, 1);
        Gradient expected = oracle().gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        Gradient actual = model().gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        assertNotNull(actual, "case " + c + " gradient");
        Approx.assertClose(expected.dw(), actual.dw(), CLOSED_FORM, "case " + c + " dw");
        Approx.assertClose(expected.db(), actual.db(), CLOSED_FORM, "case " + c + " db");
      }
    }

    @Test
    @DisplayName("probabilities match the reference on 300 seeded random problems")
    void probaDifferential() {
      RandomInputs rnd = new RandomInputs(0x10C0_0004L);
      for (int c = 0; c < 300; c++) {
        Problem p = Problem.random(rnd, 1);
        Approx.assertClose(
            oracle().predictProba(deep(p.x), p.w.clone(), p.b),
            model().predictProba(deep(p.x), p.w.clone(), p.b),
            CLOSED_FORM,
            "case " + c + " p");
      }
    }

    @Test
    @Points(3)
    @DisplayName("training matches the reference on 100 seeded random problems")
    void trainDifferential() {
      RandomInputs rnd = new RandomInputs(0x10C0_0005L);
      for (int c = 0; c < 100; c++) {
        Problem p = Problem.random(rnd, 0.5);
        double lr = rnd.doubleBetween(0.05, 1.0);
        int iterations = rnd.intBetween(0, 60);
        Fit expected = oracle().train(deep(p.x), p.y.clone(), p.lambda, lr, iterations);
        Fit actual = model().train(deep(p.x), p.y.clone(), p.lambda, lr, iterations);
        assertNotNull(actual, "case " + c + " fit");
        Approx.assertClose(expected.w(), actual.w(), TRAINED, "case " + c + " w");
        Approx.assertClose(expected.b(), actual.b(), TRAINED, "case " + c + " b");
        Approx.assertClose(
            expected.lossHistory(), actual.lossHistory(), TRAINED, "case " + c + " history");
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "duplicating every sample leaves the loss and the gradient unchanged (mean reduction)")
    void duplicationInvariance() {
      RandomInputs rnd = new RandomInputs(0x10C0_0006L);
      for (int c = 0; c < 50; c++) {
        Problem p = Problem.random(rnd, 1);
        double[][] x2 = new double[2 * p.x.length][];
        int[] y2 = new int[2 * p.y.length];
        for (int i = 0; i < p.x.length; i++) {
          x2[i] = p.x[i].clone();
          x2[i + p.x.length] = p.x[i].clone();
          y2[i] = p.y[i];
          y2[i + p.y.length] = p.y[i];
        }
        LogisticRegression m = model();
        Approx.assertClose(
            m.loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda),
            m.loss(x2, y2, p.w.clone(), p.b, p.lambda),
            CLOSED_FORM,
            "case " + c + " loss");
        Gradient once = m.gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        Gradient twice = m.gradient(deep(x2), y2.clone(), p.w.clone(), p.b, p.lambda);
        assertNotNull(once, "case " + c + " gradient");
        assertNotNull(twice, "case " + c + " gradient of the duplicated data");
        Approx.assertClose(once.dw(), twice.dw(), CLOSED_FORM, "case " + c + " dw");
        Approx.assertClose(once.db(), twice.db(), CLOSED_FORM, "case " + c + " db");
      }
    }

    @Test
    @Points(2)
    @DisplayName("the penalty is (lambda/2)·‖w‖² on the weights only, never on the bias")
    void penaltyOnWeightsOnly() {
      RandomInputs rnd = new RandomInputs(0x10C0_0007L);
      for (int c = 0; c < 50; c++) {
        Problem p = Problem.random(rnd, 1);
        double lambda = rnd.doubleBetween(0.1, 2);
        double squaredNorm = 0;
        for (double v : p.w) {
          squaredNorm += v * v;
        }
        LogisticRegression m = model();
        double plain = m.loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, 0.0);
        double penalized = m.loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, lambda);
        Approx.assertClose(
            lambda / 2 * squaredNorm,
            penalized - plain,
            CLOSED_FORM,
            "case " + c + " loss increase");
        Gradient g0 = m.gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, 0.0);
        Gradient g1 = m.gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, lambda);
        assertNotNull(g0, "case " + c + " gradient");
        assertNotNull(g1, "case " + c + " penalized gradient");
        double[] expectedDw = new double[p.w.length];
        for (int j = 0; j < expectedDw.length; j++) {
          expectedDw[j] = g0.dw()[j] + lambda * p.w[j];
        }
        Approx.assertClose(expectedDw, g1.dw(), CLOSED_FORM, "case " + c + " dw");
        Approx.assertClose(
            g0.db(), g1.db(), CLOSED_FORM, "case " + c + " db does not depend on lambda");
      }
    }

    @Test
    @DisplayName(
        "flipping every label and negating the model leaves the loss unchanged and negates the"
            + " gradient")
    void labelFlipSymmetry() {
      RandomInputs rnd = new RandomInputs(0x10C0_0008L);
      for (int c = 0; c < 50; c++) {
        Problem p = Problem.random(rnd, 1);
        int[] flipped = new int[p.y.length];
        for (int i = 0; i < flipped.length; i++) {
          flipped[i] = 1 - p.y[i];
        }
        double[] negW = scaled(p.w, -1);
        LogisticRegression m = model();
        Approx.assertClose(
            m.loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda),
            m.loss(deep(p.x), flipped, negW.clone(), -p.b, p.lambda),
            CLOSED_FORM,
            "case " + c + " loss");
        Gradient g = m.gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        Gradient h = m.gradient(deep(p.x), flipped, negW.clone(), -p.b, p.lambda);
        assertNotNull(g, "case " + c + " gradient");
        assertNotNull(h, "case " + c + " gradient of the flipped problem");
        Approx.assertClose(scaled(g.dw(), -1), h.dw(), CLOSED_FORM, "case " + c + " dw");
        Approx.assertClose(-g.db(), h.db(), CLOSED_FORM, "case " + c + " db");
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "with a small learning rate the loss history never increases and ends at the returned"
            + " model")
    void historyNonIncreasing() {
      RandomInputs rnd = new RandomInputs(0x10C0_0009L);
      for (int c = 0; c < 20; c++) {
        Problem p = Problem.random(rnd, 0.5);
        Fit fit = model().train(deep(p.x), p.y.clone(), p.lambda, 0.1, 100);
        assertNotNull(fit, "case " + c + " fit");
        double[] h = fit.lossHistory();
        assertEquals(100, h.length, "case " + c + " history length");
        double start = Math.log(2);
        assertTrue(
            h[0] <= start + 1e-12,
            "case " + c + ": first loss " + h[0] + " above the loss at zero " + start);
        for (int t = 1; t < h.length; t++) {
          assertTrue(
              h[t] <= h[t - 1] + 1e-12,
              "case " + c + ": loss rose at step " + t + ": " + h[t - 1] + " → " + h[t]);
        }
        Approx.assertClose(
            oracle().loss(deep(p.x), p.y.clone(), fit.w().clone(), fit.b(), p.lambda),
            h[h.length - 1],
            CLOSED_FORM,
            "case " + c + " last history entry vs loss of the returned model");
      }
    }

    @Test
    @DisplayName("probabilities lie in [0, 1] and satisfy sigma(-z) = 1 - sigma(z)")
    void sigmoidSymmetry() {
      double[] zs = {
        0, 1e-9, 0.3, 1, 2.5, 10, 17, 36.7, 40, 100, 500, 709, 710, 745, 800, 1000, 1e5
      };
      double[][] x = new double[2 * zs.length][];
      for (int k = 0; k < zs.length; k++) {
        x[2 * k] = new double[] {zs[k]};
        x[2 * k + 1] = new double[] {-zs[k]};
      }
      double[] p = model().predictProba(x, new double[] {1}, 0);
      assertNotNull(p, "probabilities");
      assertEquals(x.length, p.length, "number of probabilities");
      for (int k = 0; k < zs.length; k++) {
        double up = p[2 * k];
        double down = p[2 * k + 1];
        assertTrue(up >= 0 && up <= 1, "sigma(" + zs[k] + ") = " + up + " outside [0, 1]");
        assertTrue(down >= 0 && down <= 1, "sigma(" + -zs[k] + ") = " + down + " outside [0, 1]");
        Approx.assertClose(
            1 - up, down, Tolerance.absolute(1e-15), "sigma(-z) vs 1 - sigma(z) at z = " + zs[k]);
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @Points(2)
    @DisplayName("zero iterations return the zero model and an empty history")
    void zeroIterations() {
      Fit fit = model().train(deep(X4), Y4.clone(), 0.3, 0.5, 0);
      assertNotNull(fit, "fit");
      Approx.assertClose(new double[] {0, 0}, fit.w(), Tolerance.exact(), "w");
      Approx.assertClose(0.0, fit.b(), Tolerance.exact(), "b");
      assertNotNull(fit.lossHistory(), "history");
      assertEquals(0, fit.lossHistory().length, "history length");
    }

    @Test
    @DisplayName("the zero model predicts one half and has loss log 2")
    void zeroModel() {
      // softplus(0) = log 2 for every sample, σ(0) = 1/2, so σ − y = [-0.5, 0.5, -0.5, 0.5]
      double[] zero = {0, 0};
      Approx.assertClose(
          Math.log(2), model().loss(deep(X4), Y4.clone(), zero.clone(), 0, 0.7), GOLDEN, "loss");
      Approx.assertClose(
          new double[] {0.5, 0.5, 0.5, 0.5},
          model().predictProba(deep(X4), zero.clone(), 0),
          GOLDEN,
          "p");
      Gradient g = model().gradient(deep(X4), Y4.clone(), zero.clone(), 0, 0.7);
      assertNotNull(g, "gradient");
      // ((0.5)(-0.5) + (1.5)(0.5) + (-0.7)(-0.5) + (2.2)(0.5))/4 = 0.4875
      // ((-1.2)(-0.5) + (0.3)(0.5) + (2)(-0.5) + (1.1)(0.5))/4 = 0.075
      Approx.assertClose(new double[] {0.4875, 0.075}, g.dw(), GOLDEN, "dw");
      Approx.assertClose(0.0, g.db(), NEAR_ZERO, "db");
    }

    @Test
    @DisplayName("a single sample")
    void singleSample() {
      // n=1: z = 2·0.5 − 1·1 + 0.25 = 0.25, y = 1 → loss = softplus(-0.25):
      // np.logaddexp(0,-0.25) → 0.5759394198788436;
      // 1/(1+math.exp(-0.25))-1 → -0.43782349911420193 = db, and dw = db·[2, -1]
      double[][] x = {{2, -1}};
      int[] y = {1};
      double[] w = {0.5, 1};
      Approx.assertClose(0.5759394198788436, model().loss(x, y, w, 0.25, 0), GOLDEN, "loss");
      Gradient g = model().gradient(x, y, w, 0.25, 0);
      assertNotNull(g, "gradient");
      Approx.assertClose(
          new double[] {-0.8756469982284039, 0.43782349911420193}, g.dw(), GOLDEN, "dw");
      Approx.assertClose(-0.43782349911420193, g.db(), GOLDEN, "db");
    }

    @Test
    @Points(2)
    @DisplayName("an intercept-only model with no features")
    void interceptOnly() {
      // d = 0: z = b. (3*np.logaddexp(0,0.5)-1.0)/3 → 0.6407436508467734;
      // 1/(1+math.exp(-0.5))-2/3 → db = -0.044207335464812036
      double[][] x = {{}, {}, {}};
      int[] y = {1, 1, 0};
      Approx.assertClose(
          0.6407436508467734,
          model().loss(deep(x), y.clone(), new double[0], 0.5, 0.3),
          GOLDEN,
          "loss");
      Gradient g = model().gradient(deep(x), y.clone(), new double[0], 0.5, 0.3);
      assertNotNull(g, "gradient");
      assertEquals(0, g.dw().length, "length of dw");
      Approx.assertClose(-0.044207335464812036, g.db(), GOLDEN, "db");
      // gradient descent converges to the log-odds of the labels, log(2/1)
      Fit fit = model().train(deep(x), y.clone(), 0.3, 1.0, 2000);
      assertNotNull(fit, "fit");
      assertEquals(0, fit.w().length, "length of w");
      Approx.assertClose(Math.log(2), fit.b(), Tolerance.absolute(1e-9), "b");
    }

    @Test
    @DisplayName("labels of a single class push the bias that way and the loss down")
    void singleClass() {
      RandomInputs rnd = new RandomInputs(0x10C0_000AL);
      double[][] x = rnd.gaussianMatrix(12, 3);
      for (int label = 0; label <= 1; label++) {
        int[] y = new int[12];
        Arrays.fill(y, label);
        Fit fit = model().train(deep(x), y, 0.1, 0.5, 100);
        assertNotNull(fit, "fit");
        assertTrue(
            label == 1 ? fit.b() > 0 : fit.b() < 0, "labels all " + label + " but b = " + fit.b());
        double[] h = fit.lossHistory();
        assertTrue(
            h[h.length - 1] < Math.log(2),
            "labels all " + label + ": final loss " + h[h.length - 1]);
      }
    }

    @Test
    @Points(2)
    @DisplayName("loss, gradient and probabilities neither modify their inputs nor alias them")
    void purityOfEvaluation() {
      RandomInputs rnd = new RandomInputs(0x10C0_000BL);
      for (int c = 0; c < 20; c++) {
        Problem p = Problem.random(rnd, 1);
        Purity.Snapshot snapshot = Purity.snapshot(p.x, p.y, p.w);
        LogisticRegression m = model();
        m.loss(p.x, p.y, p.w, p.b, p.lambda);
        snapshot.assertUnchanged();
        Gradient g = m.gradient(p.x, p.y, p.w, p.b, p.lambda);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(g, p.x, p.y, p.w);
        double[] proba = m.predictProba(p.x, p.w, p.b);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(proba, p.x, p.y, p.w);
      }
    }

    @Test
    @DisplayName("training neither modifies its inputs nor aliases them")
    void purityOfTraining() {
      RandomInputs rnd = new RandomInputs(0x10C0_000CL);
      for (int c = 0; c < 20; c++) {
        Problem p = Problem.random(rnd, 0.5);
        Purity.Snapshot snapshot = Purity.snapshot(p.x, p.y);
        Fit fit = model().train(p.x, p.y, p.lambda, 0.3, rnd.intBetween(0, 10));
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(fit, p.x, p.y);
      }
    }

    @Test
    @DisplayName("results have one entry per feature, per sample and per iteration")
    void resultShapes() {
      RandomInputs rnd = new RandomInputs(0x10C0_000DL);
      for (int c = 0; c < 20; c++) {
        Problem p = Problem.random(rnd, 1);
        int n = p.x.length;
        int d = p.w.length;
        Gradient g = model().gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        assertNotNull(g, "gradient");
        assertEquals(d, g.dw().length, "case " + c + " length of dw");
        assertEquals(
            n,
            model().predictProba(deep(p.x), p.w.clone(), p.b).length,
            "case " + c + " number of probabilities");
        int iterations = rnd.intBetween(1, 7);
        Fit fit = model().train(deep(p.x), p.y.clone(), p.lambda, 0.2, iterations);
        assertNotNull(fit, "fit");
        assertEquals(d, fit.w().length, "case " + c + " length of w");
        assertEquals(iterations, fit.lossHistory().length, "case " + c + " history length");
      }
    }
  }

  @Nested
  class Validation {

    @Test
    @Points(2)
    @DisplayName("labels other than 0 and 1 are rejected")
    void badLabels() {
      for (int bad : new int[] {2, -1}) {
        int[] y = {1, 0, bad, 0};
        Rejects.illegalArgument(
            () -> model().loss(deep(X4), y.clone(), W4.clone(), B4, 0.1), "loss, label " + bad);
        Rejects.illegalArgument(
            () -> model().gradient(deep(X4), y.clone(), W4.clone(), B4, 0.1),
            "gradient, label " + bad);
        Rejects.illegalArgument(
            () -> model().train(deep(X4), y.clone(), 0.1, 0.1, 5), "train, label " + bad);
      }
    }

    @Test
    @DisplayName("a negative, NaN or infinite lambda is rejected")
    void badLambda() {
      for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
        Rejects.illegalArgument(
            () -> model().loss(deep(X4), Y4.clone(), W4.clone(), B4, bad), "loss, lambda " + bad);
        Rejects.illegalArgument(
            () -> model().gradient(deep(X4), Y4.clone(), W4.clone(), B4, bad),
            "gradient, lambda " + bad);
        Rejects.illegalArgument(
            () -> model().train(deep(X4), Y4.clone(), bad, 0.1, 5), "train, lambda " + bad);
      }
    }

    @Test
    @DisplayName(
        "a learning rate that is not finite and positive, or negative iterations, are rejected")
    void badTrainingParameters() {
      for (double bad : new double[] {0.0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
        Rejects.illegalArgument(
            () -> model().train(deep(X4), Y4.clone(), 0.1, bad, 5), "learning rate " + bad);
      }
      Rejects.illegalArgument(
          () -> model().train(deep(X4), Y4.clone(), 0.1, 0.1, -1), "iterations -1");
    }

    @Test
    @DisplayName("empty data is rejected by every method")
    void emptyData() {
      double[][] none = new double[0][];
      Rejects.illegalArgument(() -> model().loss(none, new int[0], new double[0], 0, 0), "loss");
      Rejects.illegalArgument(
          () -> model().gradient(none, new int[0], new double[0], 0, 0), "gradient");
      Rejects.illegalArgument(() -> model().predictProba(none, new double[0], 0), "predictProba");
      Rejects.illegalArgument(() -> model().train(none, new int[0], 0, 0.1, 1), "train");
    }

    @Test
    @Points(2)
    @DisplayName("mismatched shapes are rejected")
    void shapes() {
      double[] w3 = {1, 2, 3};
      int[] y3 = {1, 0, 1};
      double[][] ragged = {{0.5, -1.2}, {1.5}, {-0.7, 2.0}, {2.2, 1.1}};
      Rejects.illegalArgument(
          () -> model().loss(deep(X4), Y4.clone(), w3.clone(), B4, 0), "loss, w too long");
      Rejects.illegalArgument(
          () -> model().gradient(deep(X4), Y4.clone(), new double[] {1}, B4, 0),
          "gradient, w too short");
      Rejects.illegalArgument(
          () -> model().predictProba(deep(X4), w3.clone(), B4), "predictProba, w too long");
      Rejects.illegalArgument(
          () -> model().loss(deep(X4), y3.clone(), W4.clone(), B4, 0), "loss, too few labels");
      Rejects.illegalArgument(
          () -> model().gradient(deep(X4), y3.clone(), W4.clone(), B4, 0),
          "gradient, too few labels");
      Rejects.illegalArgument(
          () -> model().train(deep(X4), y3.clone(), 0, 0.1, 3), "train, too few labels");
      Rejects.illegalArgument(
          () -> model().loss(deep(ragged), Y4.clone(), W4.clone(), B4, 0), "loss, ragged X");
      Rejects.illegalArgument(
          () -> model().gradient(deep(ragged), Y4.clone(), W4.clone(), B4, 0),
          "gradient, ragged X");
      Rejects.illegalArgument(
          () -> model().predictProba(deep(ragged), W4.clone(), B4), "predictProba, ragged X");
      Rejects.illegalArgument(
          () -> model().train(deep(ragged), Y4.clone(), 0, 0.1, 3), "train, ragged X");
    }

    @Test
    @Points(2)
    @DisplayName("NaN or infinite values in X, w or b are rejected")
    void nonFinite() {
      double[][] nanX = deep(X4);
      nanX[2][1] = Double.NaN;
      double[][] infX = deep(X4);
      infX[0][0] = Double.NEGATIVE_INFINITY;
      Rejects.illegalArgument(
          () -> model().loss(deep(nanX), Y4.clone(), W4.clone(), B4, 0), "loss, NaN in X");
      Rejects.illegalArgument(
          () -> model().gradient(deep(infX), Y4.clone(), W4.clone(), B4, 0), "gradient, -inf in X");
      Rejects.illegalArgument(
          () -> model().predictProba(deep(nanX), W4.clone(), B4), "predictProba, NaN in X");
      Rejects.illegalArgument(
          () -> model().train(deep(infX), Y4.clone(), 0, 0.1, 3), "train, -inf in X");
      double[] nanW = {Double.NaN, 1};
      Rejects.illegalArgument(
          () -> model().loss(deep(X4), Y4.clone(), nanW.clone(), B4, 0), "loss, NaN in w");
      Rejects.illegalArgument(
          () -> model().gradient(deep(X4), Y4.clone(), nanW.clone(), B4, 0), "gradient, NaN in w");
      Rejects.illegalArgument(
          () -> model().predictProba(deep(X4), new double[] {0, Double.POSITIVE_INFINITY}, B4),
          "predictProba, inf in w");
      Rejects.illegalArgument(
          () -> model().loss(deep(X4), Y4.clone(), W4.clone(), Double.NaN, 0), "loss, NaN b");
      Rejects.illegalArgument(
          () -> model().gradient(deep(X4), Y4.clone(), W4.clone(), Double.POSITIVE_INFINITY, 0),
          "gradient, inf b");
      Rejects.illegalArgument(
          () -> model().predictProba(deep(X4), W4.clone(), Double.NEGATIVE_INFINITY),
          "predictProba, -inf b");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      double[][] nullRow = {{0.5, -1.2}, null, {-0.7, 2.0}, {2.2, 1.1}};
      Rejects.nullArgument(() -> model().loss(null, Y4.clone(), W4.clone(), B4, 0), "loss, null X");
      Rejects.nullArgument(() -> model().loss(deep(X4), null, W4.clone(), B4, 0), "loss, null y");
      Rejects.nullArgument(() -> model().loss(deep(X4), Y4.clone(), null, B4, 0), "loss, null w");
      Rejects.nullArgument(
          () -> model().gradient(nullRow.clone(), Y4.clone(), W4.clone(), B4, 0),
          "gradient, null row");
      Rejects.nullArgument(
          () -> model().gradient(deep(X4), Y4.clone(), null, B4, 0), "gradient, null w");
      Rejects.nullArgument(
          () -> model().predictProba(null, W4.clone(), B4), "predictProba, null X");
      Rejects.nullArgument(() -> model().predictProba(deep(X4), null, B4), "predictProba, null w");
      Rejects.nullArgument(() -> model().train(null, Y4.clone(), 0, 0.1, 1), "train, null X");
      Rejects.nullArgument(() -> model().train(deep(X4), null, 0, 0.1, 1), "train, null y");
      Rejects.nullArgument(
          () -> model().train(nullRow.clone(), Y4.clone(), 0, 0.1, 1), "train, null row");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(3)
    @DisplayName("logits of magnitude 1000 give a finite loss and gradient")
    void hugeWrongLogits() {
      // /usr/bin/python3 shared/golden/wave1.py "large logits":
      // lossgrad([[1000],[-1000]], y=[0,1], w=[1], b=0) → (1000.0, [1000.], 0.0)
      double[][] x = {{1000}, {-1000}};
      int[] y = {0, 1};
      Approx.assertClose(
          1000.0, model().loss(deep(x), y.clone(), new double[] {1}, 0, 0), GOLDEN, "loss");
      Gradient g = model().gradient(deep(x), y.clone(), new double[] {1}, 0, 0);
      assertNotNull(g, "gradient");
      Approx.assertClose(new double[] {1000}, g.dw(), GOLDEN, "dw");
      Approx.assertClose(0.0, g.db(), NEAR_ZERO, "db");
    }

    @Test
    @Points(2)
    @DisplayName("confident correct predictions give a loss of zero, not NaN")
    void hugeRightLogits() {
      // softplus(-1000) = 0 in double; σ(1000) = 1, σ(-1000) = 0 → dw = [0], db = 0
      double[][] x = {{1000}, {-1000}};
      int[] y = {1, 0};
      Approx.assertClose(
          0.0, model().loss(deep(x), y.clone(), new double[] {1}, 0, 0), NEAR_ZERO, "loss");
      Gradient g = model().gradient(deep(x), y.clone(), new double[] {1}, 0, 0);
      assertNotNull(g, "gradient");
      Approx.assertClose(new double[] {0}, g.dw(), NEAR_ZERO, "dw");
      Approx.assertClose(0.0, g.db(), NEAR_ZERO, "db");
      Approx.assertClose(
          new double[] {1, 0}, model().predictProba(deep(x), new double[] {1}, 0), NEAR_ZERO, "p");
    }

    @Test
    @DisplayName("moderately large logits keep the loss accurate")
    void largeLogits() {
      // (np.logaddexp(0,40)+np.logaddexp(0,-40)+np.logaddexp(0,-35))/3 → 13.333333333333334
      // (terms 40, 4.2e-18, 6.3e-16)
      double[][] x = {{40}, {-40}, {35}};
      int[] y = {0, 0, 1};
      Approx.assertClose(
          13.333333333333334,
          model().loss(deep(x), y.clone(), new double[] {1}, 0, 0),
          GOLDEN,
          "loss");
      Approx.assertAllFinite(model().predictProba(deep(x), new double[] {1}, 0), "p");
    }

    @Test
    @Points(2)
    @DisplayName(
        "loss and gradient match the reference on 200 problems with logits up to a few thousand")
    void wideLogitsDifferential() {
      RandomInputs rnd = new RandomInputs(0x10C0_000EL);
      for (int c = 0; c < 200; c++) {
        Problem p = Problem.random(rnd, Math.pow(10, rnd.doubleBetween(1, 3)));
        double expectedLoss = oracle().loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        double actualLoss = model().loss(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        Approx.assertClose(expectedLoss, actualLoss, CLOSED_FORM, "case " + c + " loss");
        Gradient expected = oracle().gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        Gradient actual = model().gradient(deep(p.x), p.y.clone(), p.w.clone(), p.b, p.lambda);
        assertNotNull(actual, "case " + c + " gradient");
        Approx.assertClose(expected.dw(), actual.dw(), CLOSED_FORM, "case " + c + " dw");
        Approx.assertClose(expected.db(), actual.db(), CLOSED_FORM, "case " + c + " db");
      }
    }

    @Test
    @DisplayName("unregularized training on separable data stays finite")
    void separableDataStaysFinite() {
      double[][] x = {{-2, 1}, {-1, -1}, {1, 1}, {2, -1}};
      int[] y = {0, 0, 1, 1};
      Fit fit = model().train(x, y, 0.0, 1.0, 5000);
      assertNotNull(fit, "fit");
      Approx.assertAllFinite(fit.w(), "w");
      Approx.assertFinite(fit.b(), "b");
      Approx.assertAllFinite(fit.lossHistory(), "history");
      double[] h = fit.lossHistory();
      assertTrue(h[h.length - 1] < 1e-2, "final loss on separable data: " + h[h.length - 1]);
      assertTrue(fit.w()[0] > 0, "the separating weight must be positive: " + fit.w()[0]);
    }

    @Test
    @Points(2)
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName(
        "performance: 5 000 iterations on n = 100, d = 5 within 4 s (cost linear in the"
            + " iterations)")
    void trainingPerformance() {
      RandomInputs rnd = new RandomInputs(0x10C0_000FL);
      double[][] x = rnd.gaussianMatrix(100, 5);
      int[] y = rnd.labels(100, 2);
      Fit fit = model().train(x, y, 0.01, 0.5, 5000);
      assertNotNull(fit, "fit");
      assertEquals(5000, fit.lossHistory().length, "history length");
      Approx.assertAllFinite(fit.lossHistory(), "history");
    }
  }

  // ------------------------------------------------------------------------------------------

  /** The first 50×3 draws of np.random.RandomState(0).randn, as in shared/golden/wave1.py. */
  private static final double[][] SK_X = {
    {1.764052345967664, 0.4001572083672233, 0.9787379841057392},
    {2.240893199201458, 1.8675579901499675, -0.977277879876411},
    {0.9500884175255894, -0.1513572082976979, -0.10321885179355784},
    {0.41059850193837233, 0.144043571160878, 1.454273506962975},
    {0.7610377251469934, 0.12167501649282841, 0.44386323274542566},
    {0.33367432737426683, 1.4940790731576061, -0.20515826376580087},
    {0.31306770165090136, -0.8540957393017248, -2.5529898158340787},
    {0.6536185954403606, 0.8644361988595057, -0.7421650204064419},
    {2.2697546239876076, -1.4543656745987648, 0.04575851730144607},
    {-0.1871838500258336, 1.5327792143584575, 1.469358769900285},
    {0.1549474256969163, 0.37816251960217356, -0.8877857476301128},
    {-1.980796468223927, -0.3479121493261526, 0.15634896910398005},
    {1.2302906807277207, 1.2023798487844113, -0.3873268174079523},
    {-0.30230275057533557, -1.0485529650670926, -1.4200179371789752},
    {-1.7062701906250126, 1.9507753952317897, -0.5096521817516535},
    {-0.4380743016111864, -1.2527953600499262, 0.7774903558319101},
    {-1.6138978475579515, -0.2127402802139687, -0.8954665611936756},
    {0.386902497859262, -0.510805137568873, -1.180632184122412},
    {-0.028182228338654868, 0.42833187053041766, 0.06651722238316789},
    {0.3024718977397814, -0.6343220936809636, -0.3627411659871381},
    {-0.672460447775951, -0.3595531615405413, -0.813146282044454},
    {-1.7262826023316769, 0.17742614225375283, -0.4017809362082619},
    {-1.6301983469660446, 0.4627822555257742, -0.9072983643832422},
    {0.05194539579613895, 0.7290905621775369, 0.12898291075741067},
    {1.1394006845433007, -1.2348258203536526, 0.402341641177549},
    {-0.6848100909403132, -0.8707971491818818, -0.5788496647644155},
    {-0.31155253212737266, 0.05616534222974544, -1.1651498407833565},
    {0.9008264869541871, 0.46566243973045984, -1.5362436862772237},
    {1.4882521937955997, 1.8958891760305832, 1.1787795711596507},
    {-0.17992483581235091, -1.0707526215105425, 1.0544517269311366},
    {-0.40317694697317963, 1.2224450703824274, 0.2082749780768603},
    {0.9766390364837128, 0.3563663971744019, 0.7065731681919482},
    {0.010500020720820478, 1.7858704939058352, 0.12691209270361992},
    {0.40198936344470165, 1.8831506970562544, -1.3477590611424464},
    {-1.2704849984857336, 0.9693967081580112, -1.17312340511416},
    {1.9436211856492926, -0.41361898075974735, -0.7474548114407578},
    {1.9229420264803847, 1.4805147914344243, 1.8675589604265699},
    {0.9060446582753853, -0.8612256850547025, 1.9100649530990337},
    {-0.2680033709513804, 0.8024563957963952, 0.947251967773748},
    {-0.1550100930908342, 0.6140793703460803, 0.9222066715665268},
    {0.37642553115562943, -1.0994007905841945, 0.298238174206056},
    {1.3263858966870303, -0.6945678597313655, -0.14963454032767076},
    {-0.43515355172163744, 1.8492637284793418, 0.6722947570124355},
    {0.40746183624111043, -0.7699160744453164, 0.5392491912918173},
    {-0.6743326606573761, 0.03183055827435118, -0.635846078378881},
    {0.6764332949464997, 0.5765908166149409, -0.20829875557799488},
    {0.3960067126616453, -1.0930615087305058, -1.4912575927056055},
    {0.4393917012645369, 0.16667349537252904, 0.6350314368921064},
    {2.383144774863942, 0.9444794869904138, -0.9128222254441586},
    {1.117016288095853, -1.3159074105115212, -0.461584604814709}
  };

  /** (SK_X @ [1, -2, 0.5] + 0.3 * rng.randn(50) > 0), continuing the same RandomState(0) stream. */
  private static final int[] SK_Y = {
    1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1,
    1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1
  };

  private static final double SK_LAMBDA = 0.1;

  /** sklearn 1.2.1 LogisticRegression(C=1/(50·0.1), tol=1e-12, max_iter=10000) coef_[0]. */
  private static final double[] SK_W = {
    0.6971834656093516, -1.275714867873915, 0.17483676817631003
  };

  /** ... and intercept_[0]. */
  private static final double SK_B = -0.13123686858743835;

  /** A seeded random problem: n ∈ [1, 40], d ∈ [1, 8], logits of order {@code spread}. */
  private record Problem(double[][] x, int[] y, double[] w, double b, double lambda) {

    static Problem random(RandomInputs rnd, double spread) {
      int n = rnd.intBetween(1, 40);
      int d = rnd.intBetween(1, 8);
      double[][] x = rnd.gaussianMatrix(n, d);
      double[] w = scaled(rnd.gaussianVector(d), spread / Math.sqrt(d));
      double b = rnd.gaussian() * spread * 0.5;
      double lambda = rnd.intBetween(0, 2) == 0 ? 0.0 : rnd.doubleBetween(0, 1);
      return new Problem(x, rnd.labels(n, 2), w, b, lambda);
    }
  }

  private static double minAbs(Gradient g) {
    double min = Math.abs(g.db());
    for (double v : g.dw()) {
      min = Math.min(min, Math.abs(v));
    }
    return min;
  }

  private static double[] append(double[] v, double last) {
    double[] out = Arrays.copyOf(v, v.length + 1);
    out[v.length] = last;
    return out;
  }

  private static double[] scaled(double[] v, double factor) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * factor;
    }
    return out;
  }

  private static double[][] deep(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i] == null ? null : m[i].clone();
    }
    return copy;
  }
}
