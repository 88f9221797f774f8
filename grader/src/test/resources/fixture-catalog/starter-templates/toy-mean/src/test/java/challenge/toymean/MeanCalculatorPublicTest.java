package challenge.toymean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeanCalculatorPublicTest {
  @Test
  void meanOfThree() {
    assertEquals(2.0, new MeanCalculatorImpl().mean(new double[] {1, 2, 3}), 1e-12);
  }
}
