package challenge.toymean.hidden;

import challenge.toymean.MeanCalculator;
import challenge.toymean.MeanCalculatorImpl;
import mlgrader.kit.Approx;
import mlgrader.kit.Points;
import mlgrader.kit.Rejects;
import mlgrader.kit.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class MeanCalculatorHiddenTest {

  private final MeanCalculator mean = new MeanCalculatorImpl();

  @Nested
  class Golden {
    @Test
    @Points(2)
    @DisplayName("mean of a small vector")
    void smallVector() {
      Approx.assertClose(2.5, mean.mean(new double[] {1, 2, 3, 4}), Tolerance.mixed(1e-12), "mean");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 50})
    void constantVectors(int n) {
      double[] xs = new double[n];
      java.util.Arrays.fill(xs, 7.0);
      Approx.assertClose(7.0, mean.mean(xs), Tolerance.mixed(1e-12), "mean of constants");
    }

    @Test
    void agreesWithOracle() {
      double[] xs = {3, 1, 4, 1, 5, 9, 2, 6};
      Approx.assertClose(new challenge.toymean.oracle.MeanCalculatorImpl().mean(xs), mean.mean(xs), Tolerance.mixed(1e-12), "mean");
    }
  }

  @Nested
  class EdgeCases {
    @Test
    void emptyIsRejected() {
      Rejects.illegalArgument(() -> mean.mean(new double[0]), "mean of nothing");
    }
  }
}
