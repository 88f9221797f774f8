package challenge.arima.hidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import challenge.arima.ArForecaster;
import challenge.arima.ArForecaster.Model;
import challenge.arima.ArForecasterImpl;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToDoubleFunction;
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
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Hidden suite for {@code ar-forecaster} (catalog-spec §4 W1-11).
 *
 * <p>Goldens come from /usr/bin/python3 with statsmodels 0.13.5 and NumPy 1.24.2, after {@code
 * import numpy as np; from statsmodels.tsa.ar_model import AutoReg; z = np.array(Z)}; the
 * level-scale forecasts integrate the differenced ones with {@code np.cumsum}, anchored at the last
 * value of each differencing level.
 */
public class ArForecasterHiddenTest {

  /**
   * Catalog-spec W1-11: 1e-9, as |a−e| ≤ 1e-9·max(1,|e|); the statsmodels goldens are at full
   * precision.
   */
  private static final Tolerance TOL = Tolerance.mixed(1e-9);

  /** Exact-fit cases (zero residual) are recovered to 1e-10 (catalog-spec W1-11). */
  private static final Tolerance EXACT = Tolerance.mixed(1e-10);

  /** The golden series of catalog-spec W1-11. */
  private static final double[] Z = {
    1.0, 1.8, 2.1, 2.9, 3.2, 3.0, 3.9, 4.5, 4.4, 5.2, 5.9, 6.1, 6.0, 7.2
  };

  private static ArForecaster ar() {
    return new ArForecasterImpl();
  }

  private static ArForecaster oracle() {
    return new challenge.arima.oracle.ArForecasterImpl();
  }

  @Nested
  class Golden {

    @Test
    @Points(3)
    @DisplayName("golden: coefficients of an autoregression with an intercept on the raw series")
    void goldenRawWithInterceptCoefficients() {
      // AutoReg(z,lags=2,trend='c').fit().params
      // → [0.7330865522256538, 0.5105212515294859, 0.4678959101897131]
      Model m = ar().fit(Z.clone(), 2, 0, true);
      Approx.assertClose(0.7330865522256538, m.intercept(), TOL, "intercept");
      Approx.assertClose(
          new double[] {0.5105212515294859, 0.4678959101897131}, m.phi(), TOL, "phi");
    }

    @Test
    @Points(2)
    @DisplayName("golden: forecast of an autoregression with an intercept on the raw series")
    void goldenRawWithInterceptForecast() {
      // AutoReg(z,lags=2,trend='c').fit().predict(start=14,end=16)
      // → [7.216215024376231, 7.7859682311420215, 8.084426294912296]
      ArForecaster ar = ar();
      double[] f = ar.forecast(ar.fit(Z.clone(), 2, 0, true), 3);
      Approx.assertClose(
          new double[] {7.216215024376231, 7.7859682311420215, 8.084426294912296},
          f,
          TOL,
          "forecast");
    }

    @Test
    @Points(3)
    @DisplayName("golden: drift model on first differences, coefficients and level-scale forecast")
    void goldenFirstDifferencesWithDrift() {
      // w=np.diff(z); m=AutoReg(w,lags=1,trend='c').fit(); m.params
      // → [0.6399624765478424, -0.45590994371482174]
      // z[-1]+np.cumsum(m.predict(start=13,end=15))
      // → [7.292870544090056, 7.890492416109036, 8.25799313862196]
      ArForecaster ar = ar();
      Model m = ar.fit(Z.clone(), 1, 1, true);
      Approx.assertClose(0.6399624765478424, m.intercept(), TOL, "intercept");
      Approx.assertClose(new double[] {-0.45590994371482174}, m.phi(), TOL, "phi");
      Approx.assertClose(
          new double[] {7.292870544090056, 7.890492416109036, 8.25799313862196},
          ar.forecast(m, 3),
          TOL,
          "forecast");
    }

    @Test
    @Points(3)
    @DisplayName(
        "golden: second differences with an intercept, coefficients and level-scale forecast")
    void goldenSecondDifferences() {
      // w=np.diff(z,2); m=AutoReg(w,lags=2,trend='c').fit(); m.params
      // → [-0.04808578470771052, -0.7968440229330762, -0.9368670631731236]
      // f=m.predict(start=12,end=15); f=np.diff(z,1)[-1]+np.cumsum(f); z[-1]+np.cumsum(f)
      // → [7.597077104431227, 7.367945552239778, 8.341950855605326, 8.895832227205748]
      ArForecaster ar = ar();
      Model m = ar.fit(Z.clone(), 2, 2, true);
      Approx.assertClose(-0.04808578470771052, m.intercept(), TOL, "intercept");
      Approx.assertClose(
          new double[] {-0.7968440229330762, -0.9368670631731236}, m.phi(), TOL, "phi");
      Approx.assertClose(
          new double[] {7.597077104431227, 7.367945552239778, 8.341950855605326, 8.895832227205748},
          ar.forecast(m, 4),
          TOL,
          "forecast");
    }

    @Test
    @Points(2)
    @DisplayName("golden: autoregression without an intercept on the raw series")
    void goldenRawWithoutIntercept() {
      // m=AutoReg(z,lags=2,trend='n').fit(); m.params → [0.9068625108024722, 0.2087130003280644]
      // m.predict(start=14,end=16) → [7.781688079746186, 8.559654792642357, 9.386569503599024]
      ArForecaster ar = ar();
      Model m = ar.fit(Z.clone(), 2, 0, false);
      assertEquals(0.0, m.intercept(), "intercept of a model fitted without one");
      Approx.assertClose(
          new double[] {0.9068625108024722, 0.2087130003280644}, m.phi(), TOL, "phi");
      Approx.assertClose(
          new double[] {7.781688079746186, 8.559654792642357, 9.386569503599024},
          ar.forecast(m, 3),
          TOL,
          "forecast");
    }

    @Test
    @DisplayName("golden: longer autoregression without an intercept on first differences")
    void goldenFirstDifferencesWithoutIntercept() {
      // w=np.diff(z); m=AutoReg(w,lags=3,trend='n').fit(); m.params
      // → [0.09745761325008001, -0.2304604627079733, 0.8488190100015758]
      // z[-1]+np.cumsum(m.predict(start=13,end=17))
      // → [7.509758984171208, 7.178512899201578, 8.093426059543848, 8.521859752777496, ...
      //    8.071594593775053]
      ArForecaster ar = ar();
      Model m = ar.fit(Z.clone(), 3, 1, false);
      Approx.assertClose(
          new double[] {0.09745761325008001, -0.2304604627079733, 0.8488190100015758},
          m.phi(),
          TOL,
          "phi");
      Approx.assertClose(
          new double[] {
            7.509758984171208,
            7.178512899201578,
            8.093426059543848,
            8.521859752777496,
            8.071594593775053
          },
          ar.forecast(m, 5),
          TOL,
          "forecast");
    }

    @Test
    @DisplayName(
        "golden: an intercept without lags on first differences is the mean-difference model")
    void goldenDriftOnly() {
      // m=AutoReg(np.diff(z),lags=0,trend='c').fit(); m.params → [0.4769230769230771]
      // z[-1]+np.cumsum(m.predict(start=13,end=15))
      // → [7.676923076923077, 8.153846153846155, 8.630769230769232]
      ArForecaster ar = ar();
      Model m = ar.fit(Z.clone(), 0, 1, true);
      Approx.assertClose(0.4769230769230771, m.intercept(), TOL, "intercept");
      assertEquals(0, m.phi().length, "number of AR coefficients");
      Approx.assertClose(
          new double[] {7.676923076923077, 8.153846153846155, 8.630769230769232},
          ar.forecast(m, 3),
          TOL,
          "forecast");
    }

    @Test
    @DisplayName("first and second differences match numpy")
    void differences() {
      // np.diff(z, 1) and np.diff(z, 2)
      Approx.assertClose(
          new double[] {
            0.8,
            0.30000000000000004,
            0.7999999999999998,
            0.30000000000000027,
            -0.20000000000000018,
            0.8999999999999999,
            0.6000000000000001,
            -0.09999999999999964,
            0.7999999999999998,
            0.7000000000000002,
            0.1999999999999993,
            -0.09999999999999964,
            1.2000000000000002
          },
          ar().difference(Z.clone(), 1),
          TOL,
          "first difference");
      Approx.assertClose(
          new double[] {
            -0.5,
            0.4999999999999998,
            -0.49999999999999956,
            -0.5000000000000004,
            1.1,
            -0.2999999999999998,
            -0.6999999999999997,
            0.8999999999999995,
            -0.09999999999999964,
            -0.5000000000000009,
            -0.29999999999999893,
            1.2999999999999998
          },
          ar().difference(Z.clone(), 2),
          TOL,
          "second difference");
    }

    @Test
    @Points(2)
    @DisplayName(
        "a noiseless first-order recursion with a constant is recovered exactly and continued")
    void exactRecovery() {
      // y_t = 1 + 0.5 y_{t−1}, y_0 = 0: a zero-residual regression, so c = 1 and φ = 0.5 (1e-10)
      double[] y = new double[20];
      for (int t = 1; t < y.length; t++) {
        y[t] = 1 + 0.5 * y[t - 1];
      }
      ArForecaster ar = ar();
      Model m = ar.fit(y.clone(), 1, 0, true);
      Approx.assertClose(1.0, m.intercept(), EXACT, "intercept");
      Approx.assertClose(new double[] {0.5}, m.phi(), EXACT, "phi");
      double[] expected = new double[4];
      double last = y[y.length - 1];
      for (int h = 0; h < expected.length; h++) {
        last = 1 + 0.5 * last;
        expected[h] = last;
      }
      Approx.assertClose(expected, ar.forecast(m, 4), EXACT, "forecast");
    }

    @Test
    @DisplayName("a straight line is continued after first differencing")
    void linearTrendContinues() {
      // y_t = 3 + 0.3 t: Δy is constant (up to rounding), so p = 0 with an intercept gives
      // c = 0.3 and the line goes on; so does φ = 1 without an intercept
      double[] y = new double[15];
      for (int t = 0; t < y.length; t++) {
        y[t] = 3 + 0.3 * t;
      }
      ArForecaster ar = ar();
      Model drift = ar.fit(y.clone(), 0, 1, true);
      Approx.assertClose(0.3, drift.intercept(), EXACT, "drift");
      double[] line = {3 + 0.3 * 15, 3 + 0.3 * 16, 3 + 0.3 * 17, 3 + 0.3 * 18};
      Approx.assertClose(line, ar.forecast(drift, 4), EXACT, "forecast with drift");
      Model unitRoot = ar.fit(y.clone(), 1, 1, false);
      Approx.assertClose(new double[] {1.0}, unitRoot.phi(), EXACT, "phi of Δy on its lag");
      Approx.assertClose(line, ar.forecast(unitRoot, 4), EXACT, "forecast with φ = 1");
    }

    @Test
    @DisplayName("a parabola is continued after second differencing")
    void quadraticContinues() {
      // y_t = 1 + 2 t + 0.5 t²: Δ²y ≡ 1, so p = 0 with an intercept gives c = 1
      double[] y = new double[12];
      for (int t = 0; t < y.length; t++) {
        y[t] = 1 + 2 * t + 0.5 * t * t;
      }
      ArForecaster ar = ar();
      Model m = ar.fit(y.clone(), 0, 2, true);
      Approx.assertClose(1.0, m.intercept(), EXACT, "intercept");
      double[] expected = new double[5];
      for (int h = 0; h < expected.length; h++) {
        int t = y.length + h;
        expected[h] = 1 + 2 * t + 0.5 * t * t;
      }
      Approx.assertClose(expected, ar.forecast(m, 5), EXACT, "forecast");
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(4)
    @DisplayName("fitted coefficients match the reference on 300 seeded random series")
    void fitDifferential() {
      RandomInputs rnd = new RandomInputs(0xA41A_0001L);
      for (int c = 0; c < 300; c++) {
        Case k = Case.random(rnd);
        Model expected = oracle().fit(k.y.clone(), k.p, k.d, k.intercept);
        Model actual = ar().fit(k.y.clone(), k.p, k.d, k.intercept);
        Approx.assertClose(
            expected.intercept(), actual.intercept(), TOL, "case " + c + " " + k + " intercept");
        Approx.assertClose(expected.phi(), actual.phi(), TOL, "case " + c + " " + k + " phi");
      }
    }

    @Test
    @Points(3)
    @DisplayName("forecasts of fitted models match the reference on 300 seeded random series")
    void fitAndForecastDifferential() {
      RandomInputs rnd = new RandomInputs(0xA41A_0002L);
      for (int c = 0; c < 300; c++) {
        Case k = Case.random(rnd);
        int horizon = rnd.intBetween(1, 12);
        ArForecaster o = oracle();
        double[] expected = o.forecast(o.fit(k.y.clone(), k.p, k.d, k.intercept), horizon);
        ArForecaster ar = ar();
        double[] actual = ar.forecast(ar.fit(k.y.clone(), k.p, k.d, k.intercept), horizon);
        Approx.assertClose(expected, actual, TOL, "case " + c + " " + k + " forecast");
      }
    }

    @Test
    @Points(3)
    @DisplayName("forecasts of hand-built models match the reference on 300 seeded random models")
    void forecastDifferential() {
      RandomInputs rnd = new RandomInputs(0xA41A_0003L);
      for (int c = 0; c < 300; c++) {
        int p = rnd.intBetween(0, 4);
        int d = rnd.intBetween(0, 2);
        double[] phi = rnd.vector(p, -1, 1);
        double scale =
            p == 0 ? 1 : rnd.doubleBetween(0.1, 0.95) / Arrays.stream(phi).map(Math::abs).sum();
        for (int j = 0; j < p; j++) {
          phi[j] *= scale;
        }
        double[] series = rnd.vector(d + p + rnd.intBetween(1, 10), -10, 10);
        Model model = new Model(rnd.doubleBetween(-2, 2), phi, d, series);
        int horizon = rnd.intBetween(0, 15);
        double[] expected = oracle().forecast(copy(model), horizon);
        double[] actual = ar().forecast(copy(model), horizon);
        Approx.assertClose(
            expected, actual, TOL, "case " + c + " (p=" + p + ", d=" + d + ") forecast");
      }
    }

    @Test
    @DisplayName("differences match the reference on 200 seeded random series")
    void differenceDifferential() {
      RandomInputs rnd = new RandomInputs(0xA41A_0004L);
      for (int c = 0; c < 200; c++) {
        int d = rnd.intBetween(0, 2);
        double[] y = rnd.vector(rnd.intBetween(d, 30), -50, 50);
        Approx.assertClose(
            oracle().difference(y.clone(), d),
            ar().difference(y.clone(), d),
            TOL,
            "case " + c + " d=" + d);
      }
    }

    @Test
    @DisplayName("the second difference is the first difference applied twice")
    void secondDifferenceIsIterated() {
      RandomInputs rnd = new RandomInputs(0xA41A_0005L);
      for (int c = 0; c < 50; c++) {
        double[] y = rnd.vector(rnd.intBetween(2, 30), -5, 5);
        ArForecaster ar = ar();
        Approx.assertClose(
            ar.difference(ar.difference(y.clone(), 1), 1),
            ar.difference(y.clone(), 2),
            TOL,
            "case " + c);
      }
    }

    @Test
    @Points(2)
    @DisplayName("least-squares residuals are orthogonal to every regressor")
    void residualsOrthogonal() {
      RandomInputs rnd = new RandomInputs(0xA41A_0006L);
      for (int c = 0; c < 100; c++) {
        Case k = Case.random(rnd);
        Model m = ar().fit(k.y.clone(), k.p, k.d, k.intercept);
        double[] w = differenceOf(k.y, k.d);
        int rows = w.length - k.p;
        double[] residual = new double[rows];
        double targetNorm = 0;
        for (int i = 0; i < rows; i++) {
          int t = k.p + i;
          double fitted = m.intercept();
          for (int j = 1; j <= k.p; j++) {
            fitted += m.phi()[j - 1] * w[t - j];
          }
          residual[i] = w[t] - fitted;
          targetNorm += w[t] * w[t];
        }
        targetNorm = Math.sqrt(targetNorm);
        if (k.intercept) {
          assertOrthogonal(
              residual, i -> 1.0, targetNorm, "case " + c + " " + k + " constant column");
        }
        for (int j = 1; j <= k.p; j++) {
          int lag = j;
          assertOrthogonal(
              residual, i -> w[k.p + i - lag], targetNorm, "case " + c + " " + k + " lag " + lag);
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName(
        "the model records d, one coefficient per lag, a copy of the series, and a zero intercept"
            + " when none is fitted")
    void modelFields() {
      RandomInputs rnd = new RandomInputs(0xA41A_0007L);
      for (int c = 0; c < 50; c++) {
        Case k = Case.random(rnd);
        Model m = ar().fit(k.y.clone(), k.p, k.d, k.intercept);
        assertEquals(k.d, m.d(), "case " + c + " d");
        assertNotNull(m.phi(), "case " + c + " phi");
        assertEquals(k.p, m.phi().length, "case " + c + " number of coefficients");
        Approx.assertClose(k.y, m.series(), Tolerance.exact(), "case " + c + " series");
        if (!k.intercept) {
          assertEquals(0.0, m.intercept(), "case " + c + " intercept without one");
        }
      }
    }

    @Test
    @DisplayName("a longer forecast starts with the shorter one")
    void forecastPrefix() {
      RandomInputs rnd = new RandomInputs(0xA41A_0008L);
      for (int c = 0; c < 50; c++) {
        Case k = Case.random(rnd);
        ArForecaster ar = ar();
        Model m = ar.fit(k.y.clone(), k.p, k.d, k.intercept);
        int shorter = rnd.intBetween(1, 8);
        double[] longer = ar.forecast(m, shorter + rnd.intBetween(1, 8));
        Approx.assertClose(
            Arrays.copyOf(longer, shorter), ar.forecast(m, shorter), TOL, "case " + c + " prefix");
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @DisplayName("a zero horizon gives an empty forecast")
    void zeroHorizon() {
      ArForecaster ar = ar();
      assertEquals(0, ar.forecast(ar.fit(Z.clone(), 2, 1, true), 0).length, "forecast length");
    }

    @Test
    @Points(2)
    @DisplayName("with nothing to estimate, forecasts are zeros, the last value or the last slope")
    void noParameters() {
      double[] y = {2.0, 5.0, 4.0, 7.5};
      ArForecaster ar = ar();
      Model white = ar.fit(y.clone(), 0, 0, false);
      assertEquals(0, white.phi().length, "number of coefficients");
      Approx.assertClose(new double[3], ar.forecast(white, 3), EXACT, "d = 0");
      Approx.assertClose(
          new double[] {7.5, 7.5, 7.5},
          ar.forecast(ar.fit(y.clone(), 0, 1, false), 3),
          EXACT,
          "d = 1");
      Approx.assertClose(
          new double[] {11.0, 14.5, 18.0},
          ar.forecast(ar.fit(y.clone(), 0, 2, false), 3),
          EXACT,
          "d = 2");
    }

    @Test
    @DisplayName("an intercept alone on the raw series forecasts the series mean")
    void meanOnly() {
      ArForecaster ar = ar();
      Model m = ar.fit(new double[] {1, 2, 6, 3}, 0, 0, true);
      Approx.assertClose(3.0, m.intercept(), EXACT, "intercept");
      Approx.assertClose(new double[] {3, 3}, ar.forecast(m, 2), EXACT, "forecast");
    }

    @Test
    @DisplayName("exactly as many equations as unknowns is accepted")
    void squareSystem() {
      RandomInputs rnd = new RandomInputs(0xA41A_0009L);
      for (int c = 0; c < 30; c++) {
        int p = rnd.intBetween(1, 3);
        int d = rnd.intBetween(0, 2);
        boolean intercept = rnd.intBetween(0, 1) == 1;
        int unknowns = p + (intercept ? 1 : 0);
        double[] y = rnd.vector(d + p + unknowns, -3, 3);
        Model expected = oracle().fit(y.clone(), p, d, intercept);
        Model actual = ar().fit(y.clone(), p, d, intercept);
        Approx.assertClose(
            expected.phi(), actual.phi(), Tolerance.mixed(1e-7), "case " + c + " phi");
        Approx.assertClose(
            expected.intercept(),
            actual.intercept(),
            Tolerance.mixed(1e-7),
            "case " + c + " intercept");
      }
    }

    @Test
    @DisplayName(
        "difference without differencing returns an equal new array, and a series as short as the"
            + " order an empty one")
    void differenceEdges() {
      double[] y = {1.5, -2.0, 4.0};
      double[] same = ar().difference(y, 0);
      Approx.assertClose(new double[] {1.5, -2.0, 4.0}, same, Tolerance.exact(), "d = 0");
      Purity.assertNoAliasing(same, y);
      assertEquals(0, ar().difference(new double[] {1.0, 2.0}, 2).length, "length for n = d = 2");
      assertEquals(0, ar().difference(new double[] {3.0}, 1).length, "length for n = d = 1");
      assertEquals(0, ar().difference(new double[0], 0).length, "length for n = d = 0");
    }

    @Test
    @Points(2)
    @DisplayName("forecast of a hand-built model continues the model's own series")
    void handBuiltModel() {
      // w = Δ[1, 2, 4] = [1, 2]; ŵ = 0.5 + 0.5·2 = 1.5, then 0.5 + 0.5·1.5 = 1.25;
      // levels 4 + 1.5 = 5.5, 5.5 + 1.25 = 6.75
      double[] f = ar().forecast(new Model(0.5, new double[] {0.5}, 1, new double[] {1, 2, 4}), 2);
      Approx.assertClose(new double[] {5.5, 6.75}, f, EXACT, "forecast");
      // d = 2 anchors at the last first difference (2) and the last value (4):
      // Δ²ŷ = 0.25, 0.25 → Δŷ = 2.25, 2.5 → ŷ = 6.25, 8.75
      double[] g = ar().forecast(new Model(0.25, new double[0], 2, new double[] {1, 2, 4}), 2);
      Approx.assertClose(new double[] {6.25, 8.75}, g, EXACT, "forecast with d = 2");
    }

    @Test
    @Points(2)
    @DisplayName("fit leaves its input unchanged and the model shares no array with it")
    void fitPurity() {
      RandomInputs rnd = new RandomInputs(0xA41A_000AL);
      for (int c = 0; c < 20; c++) {
        Case k = Case.random(rnd);
        double[] y = k.y.clone();
        Purity.Snapshot snapshot = Purity.snapshot(y);
        Model m = ar().fit(y, k.p, k.d, k.intercept);
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(m, y);
        double before = m.series()[0];
        y[0] += 1000;
        assertEquals(
            before, m.series()[0], "case " + c + " model series after the caller changed y");
      }
    }

    @Test
    @DisplayName("forecast and difference leave their inputs unchanged and return new arrays")
    void forecastAndDifferencePurity() {
      RandomInputs rnd = new RandomInputs(0xA41A_000BL);
      for (int c = 0; c < 20; c++) {
        Case k = Case.random(rnd);
        Model m = oracle().fit(k.y.clone(), k.p, k.d, k.intercept);
        Purity.Snapshot snapshot = Purity.snapshot(m.phi(), m.series());
        double[] f = ar().forecast(m, rnd.intBetween(0, 6));
        snapshot.assertUnchanged();
        Purity.assertNoAliasing(f, m.phi(), m.series());
        double[] y = k.y.clone();
        Purity.Snapshot ys = Purity.snapshot(y);
        double[] w = ar().difference(y, k.d);
        ys.assertUnchanged();
        Purity.assertNoAliasing(w, y);
      }
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("difference rejects an order outside 0..2 and a series shorter than d")
    void differenceArguments() {
      Rejects.illegalArgument(() -> ar().difference(new double[] {1, 2, 3}, 3), "d = 3");
      Rejects.illegalArgument(() -> ar().difference(new double[] {1, 2, 3}, -1), "d = -1");
      Rejects.illegalArgument(() -> ar().difference(new double[] {1}, 2), "n = 1, d = 2");
      Rejects.illegalArgument(() -> ar().difference(new double[0], 1), "n = 0, d = 1");
    }

    @Test
    @DisplayName("NaN or infinite values are rejected")
    void nonFinite() {
      double[] nan = {1, 2, Double.NaN, 4, 5, 6};
      double[] inf = {1, 2, 3, Double.POSITIVE_INFINITY, 5, 6};
      Rejects.illegalArgument(() -> ar().difference(nan.clone(), 1), "difference, NaN");
      Rejects.illegalArgument(() -> ar().difference(inf.clone(), 0), "difference, infinity");
      Rejects.illegalArgument(() -> ar().fit(nan.clone(), 1, 0, true), "fit, NaN");
      Rejects.illegalArgument(() -> ar().fit(inf.clone(), 1, 1, false), "fit, infinity");
      Rejects.illegalArgument(
          () -> ar().fit(new double[] {1, 2, 3, 4, Double.NEGATIVE_INFINITY}, 0, 2, true),
          "fit, -infinity");
    }

    @Test
    @DisplayName("fit rejects a negative p and an order outside 0..2")
    void fitOrders() {
      Rejects.illegalArgument(() -> ar().fit(Z.clone(), -1, 0, true), "p = -1");
      Rejects.illegalArgument(() -> ar().fit(Z.clone(), 1, 3, true), "d = 3");
      Rejects.illegalArgument(() -> ar().fit(Z.clone(), 1, -1, true), "d = -1");
    }

    @Test
    @Points(2)
    @DisplayName("fit rejects fewer equations than unknowns, or no equation at all")
    void tooFewEquations() {
      // n = 5, d = 0, p = 3, intercept: 2 equations for 4 unknowns
      Rejects.illegalArgument(
          () -> ar().fit(new double[] {1, 3, 2, 5, 4}, 3, 0, true), "2 equations, 4 unknowns");
      // n = 6, d = 2, p = 2, intercept: 2 equations for 3 unknowns
      Rejects.illegalArgument(
          () -> ar().fit(new double[] {1, 3, 2, 5, 4, 7}, 2, 2, true), "2 equations, 3 unknowns");
      Rejects.illegalArgument(() -> ar().fit(new double[] {1, 3, 2}, 3, 0, false), "0 equations");
      Rejects.illegalArgument(() -> ar().fit(new double[] {1, 3}, 0, 2, true), "n = d");
      // p = 0 without an intercept has no unknown, yet m ≥ 1 is still required
      Rejects.illegalArgument(
          () -> ar().fit(new double[] {1, 3}, 0, 2, false), "no equation, no unknown, Δ²");
      Rejects.illegalArgument(
          () -> ar().fit(new double[] {5}, 0, 1, false), "no equation, no unknown, Δ");
      Rejects.illegalArgument(() -> ar().fit(new double[0], 0, 0, true), "empty series");
      Rejects.illegalArgument(
          () -> ar().fit(Z.clone(), Integer.MAX_VALUE, 0, true), "p = Integer.MAX_VALUE");
    }

    @Test
    @Points(2)
    @DisplayName("fit rejects a rank-deficient design")
    void rankDeficient() {
      double[] constant = {4, 4, 4, 4, 4, 4, 4, 4};
      Rejects.illegalArgument(
          () -> ar().fit(constant.clone(), 1, 0, true), "constant series, intercept and a lag");
      double[] zeros = new double[10];
      Rejects.illegalArgument(
          () -> ar().fit(zeros.clone(), 2, 0, false), "all-zero series without intercept");
      double[] line = {1, 3, 5, 7, 9, 11, 13, 15, 17};
      Rejects.illegalArgument(
          () -> ar().fit(line.clone(), 1, 1, true), "linear trend, d = 1, intercept and a lag");
      Rejects.illegalArgument(
          () -> ar().fit(line.clone(), 1, 2, false),
          "linear trend, d = 2: the lag of Δ²y is all zero");
    }

    @Test
    @DisplayName("forecast rejects a negative horizon")
    void negativeHorizon() {
      Model m = oracle().fit(Z.clone(), 1, 0, true);
      Rejects.illegalArgument(() -> ar().forecast(m, -1), "horizon = -1");
    }

    @Test
    @Points(2)
    @DisplayName("forecast rejects an invalid hand-built model")
    void invalidModel() {
      double[] y = {1, 2, 4, 3, 5};
      Rejects.illegalArgument(
          () -> ar().forecast(new Model(0, new double[] {0.5}, 3, y.clone()), 2), "d = 3");
      Rejects.illegalArgument(
          () -> ar().forecast(new Model(0, new double[] {0.5}, -1, y.clone()), 2), "d = -1");
      Rejects.illegalArgument(
          () -> ar().forecast(new Model(Double.NaN, new double[] {0.5}, 1, y.clone()), 2),
          "NaN intercept");
      Rejects.illegalArgument(
          () ->
              ar().forecast(new Model(0, new double[] {Double.POSITIVE_INFINITY}, 1, y.clone()), 2),
          "infinite phi");
      Rejects.illegalArgument(
          () ->
              ar().forecast(
                      new Model(0, new double[] {0.5}, 1, new double[] {1, Double.NaN, 3}), 2),
          "NaN in series");
      // d + p + 1 values are needed: here d = 2, p = 3 needs 6
      Rejects.illegalArgument(
          () -> ar().forecast(new Model(0, new double[] {0.1, 0.2, 0.3}, 2, y.clone()), 2),
          "series too short");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
      Rejects.nullArgument(() -> ar().difference(null, 1), "difference, null y");
      Rejects.nullArgument(() -> ar().fit(null, 1, 0, true), "fit, null y");
      Rejects.nullArgument(() -> ar().forecast(null, 2), "forecast, null model");
      Rejects.nullArgument(
          () -> ar().forecast(new Model(0, null, 0, new double[] {1, 2}), 2), "forecast, null phi");
      Rejects.nullArgument(
          () -> ar().forecast(new Model(0, new double[0], 0, null), 2), "forecast, null series");
    }
  }

  @Nested
  class Stability {

    @Test
    @Points(2)
    @DisplayName(
        "without an intercept, extreme rescaling of the series keeps the coefficients and rescales"
            + " the forecasts")
    void extremeScales() {
      // Without the constant column, scaling y scales the design, so its rank and φ are unchanged.
      RandomInputs rnd = new RandomInputs(0xA41A_000CL);
      for (int c = 0; c < 20; c++) {
        Case r = Case.random(rnd);
        Case k = new Case(r.y, Math.max(1, r.p), r.d, false);
        ArForecaster o = oracle();
        Model base = o.fit(k.y.clone(), k.p, k.d, k.intercept);
        double[] baseForecast = o.forecast(base, 5);
        for (double s : new double[] {1e100, 1e-100}) {
          double[] y = k.y.clone();
          for (int t = 0; t < y.length; t++) {
            y[t] *= s;
          }
          ArForecaster ar = ar();
          Model m = ar.fit(y, k.p, k.d, k.intercept);
          String what = "case " + c + " " + k + " scale " + s;
          Approx.assertClose(base.phi(), m.phi(), TOL, what + " phi");
          Approx.assertClose(base.intercept(), m.intercept() / s, TOL, what + " intercept / scale");
          double[] f = ar.forecast(m, 5);
          for (int h = 0; h < f.length; h++) {
            f[h] /= s;
          }
          Approx.assertClose(baseForecast, f, TOL, what + " forecast / scale");
        }
      }
    }

    @Test
    @DisplayName("a nearly collinear but full-rank design is accepted")
    void nearlyCollinear() {
      // A slow sine plus tiny noise: the lag columns are highly correlated
      // (σ_min/σ_max about 2e-5), but the design has full rank.
      RandomInputs rnd = new RandomInputs(0xA41A_000DL);
      double[] y = new double[200];
      for (int t = 0; t < y.length; t++) {
        y[t] = Math.sin(0.05 * t) + 3e-5 * rnd.gaussian();
      }
      ArForecaster ar = ar();
      Model m = ar.fit(y, 3, 0, true);
      Approx.assertAllFinite(m.phi(), "phi");
      Approx.assertFinite(m.intercept(), "intercept");
      Approx.assertAllFinite(ar.forecast(m, 10), "forecast");
    }

    @Test
    @Points(2)
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    @DisplayName("performance: fitting n = 10^5 values within 2 s")
    void largeFit() {
      // w_t = 0.5 + 0.6 w_{t−1} − 0.2 w_{t−2} + ε: the standard errors are about 0.003 for φ
      // and 0.004 for c, so the bounds below are more than 6 standard errors wide
      RandomInputs rnd = new RandomInputs(0xA41A_000EL);
      int n = 100_000;
      double[] y = new double[n];
      double w1 = 0;
      double w2 = 0;
      for (int t = 1; t < n; t++) {
        double w = 0.5 + 0.6 * w1 - 0.2 * w2 + rnd.gaussian();
        y[t] = y[t - 1] + w;
        w2 = w1;
        w1 = w;
      }
      Model m = ar().fit(y, 5, 1, true);
      double[] truth = {0.6, -0.2, 0, 0, 0};
      Approx.assertClose(truth, m.phi(), Tolerance.absolute(0.03), "phi");
      Approx.assertClose(0.5, m.intercept(), Tolerance.absolute(0.05), "intercept");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    @DisplayName("performance: a forecast 10^6 steps ahead within 2 s")
    void longHorizon() {
      double[] y = {0.3, 0.1, 0.6, 0.2, 0.9, 0.4, 1.1, 0.8, 1.5, 1.2};
      Model m = new Model(0.0, new double[] {0.2, -0.1, 0.05, 0.1, -0.05}, 2, y);
      double[] f = ar().forecast(m, 1_000_000);
      assertEquals(1_000_000, f.length, "forecast length");
      Approx.assertAllFinite(f, "forecast");
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /**
   * One seeded fitting problem: a series with well-conditioned differenced lags and the orders to
   * fit.
   */
  private static final class Case {
    final double[] y;
    final int p;
    final int d;
    final boolean intercept;

    private Case(double[] y, int p, int d, boolean intercept) {
      this.y = y;
      this.p = p;
      this.d = d;
      this.intercept = intercept;
    }

    /**
     * A stationary AR(1..3) process around a mean in [−3, 3], integrated {@code d} times from a
     * random level, then fitted with a random p in [0, 4]; there are always at least 4 more
     * equations than unknowns.
     */
    static Case random(RandomInputs rnd) {
      int p = rnd.intBetween(0, 4);
      int d = rnd.intBetween(0, 2);
      boolean intercept = rnd.intBetween(0, 1) == 1;
      if (p == 0 && !intercept && rnd.intBetween(0, 1) == 0) {
        intercept = true;
      }
      int n = d + p + (p + 1) + rnd.intBetween(4, 60);
      int q = rnd.intBetween(1, 3);
      double[] a = rnd.vector(q, -1, 1);
      double shrink = rnd.doubleBetween(0.1, 0.85) / Arrays.stream(a).map(Math::abs).sum();
      double mean = rnd.doubleBetween(-3, 3);
      double sigma = rnd.doubleBetween(0.2, 2);
      double[] w = new double[n + 50];
      for (int t = 0; t < w.length; t++) {
        double next = mean + sigma * rnd.gaussian();
        for (int j = 1; j <= q && t - j >= 0; j++) {
          next += a[j - 1] * shrink * (w[t - j] - mean);
        }
        w[t] = next;
      }
      double[] y = Arrays.copyOfRange(w, 50, w.length);
      for (int level = 0; level < d; level++) {
        double running = rnd.doubleBetween(-10, 10);
        double[] integrated = new double[y.length + 1];
        integrated[0] = running;
        for (int t = 0; t < y.length; t++) {
          running += y[t];
          integrated[t + 1] = running;
        }
        y = integrated;
      }
      return new Case(Arrays.copyOf(y, n), p, d, intercept);
    }

    @Override
    public String toString() {
      return "(n=" + y.length + ", p=" + p + ", d=" + d + ", intercept=" + intercept + ")";
    }
  }

  private static Model copy(Model m) {
    return new Model(m.intercept(), m.phi().clone(), m.d(), m.series().clone());
  }

  /**
   * Iterated first differences, for the orthogonality check (the suite's own arithmetic, not the
   * answer).
   */
  private static double[] differenceOf(double[] y, int d) {
    double[] w = y.clone();
    for (int k = 0; k < d; k++) {
      double[] next = new double[w.length - 1];
      for (int t = 0; t < next.length; t++) {
        next[t] = w[t + 1] - w[t];
      }
      w = next;
    }
    return w;
  }

  /** Fails unless |Σ r_i x_i| ≤ 1e-8 · ‖x‖ · ‖b‖ (a relative test of the normal equations). */
  private static void assertOrthogonal(
      double[] residual, IntToDoubleFunction column, double targetNorm, String what) {
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < residual.length; i++) {
      double x = column.applyAsDouble(i);
      dot += residual[i] * x;
      norm += x * x;
    }
    double bound = 1e-8 * Math.sqrt(norm) * Math.max(targetNorm, 1e-300);
    assertTrue(
        Math.abs(dot) <= bound, what + ": residuals · column = " + dot + ", allowed " + bound);
  }
}
