package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void partsAddUpAndEachIsTheFloorOrCeilingOfItsShare() {
    Random random = new Random(42);
    for (int round = 0; round < 1_000; round++) {
      double[] shares = random.doubles(1 + random.nextInt(40), 0.01, 10).toArray();
      int total = random.nextInt(500);
      int[] parts = Apportionment.split(total, shares);
      assertEquals(total, Arrays.stream(parts).sum());
      double sum = Arrays.stream(shares).sum();
      for (int i = 0; i < parts.length; i++) {
        double exact = total * shares[i] / sum;
        assertTrue(parts[i] >= Math.floor(exact - 1e-9) && parts[i] <= Math.ceil(exact + 1e-9), parts[i] + " for " + exact);
      }
    }
  }

  @Test
  void largestRemaindersWinAndTiesGoToTheEarlierShare() {
    assertArrayEquals(new int[] {34, 33, 33}, Apportionment.split(100, new double[] {1, 1, 1}));
    assertArrayEquals(new int[] {1, 2}, Apportionment.split(3, new double[] {1.4, 1.6}));
    assertArrayEquals(new int[] {0, 0}, Apportionment.split(0, new double[] {1, 1}));
  }
}
