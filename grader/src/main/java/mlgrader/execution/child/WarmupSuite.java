package mlgrader.execution.child;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trivial suite a pre-started child runs while it waits for its job, so discovery, nested classes,
 * parameterized tests and timeouts are loaded and warm when the real tests arrive.
 */
public class WarmupSuite {

  @Test
  void plain() {
    org.junit.jupiter.api.Assertions.assertEquals(2, 1 + 1);
  }

  @Nested
  class Group {
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void parameterized(int n) {
      org.junit.jupiter.api.Assertions.assertTrue(n > 0);
    }
  }
}
