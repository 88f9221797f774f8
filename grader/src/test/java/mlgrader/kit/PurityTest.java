package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PurityTest {

  /** The shape of a typical returned value: a record holding arrays. */
  record Split(double[][] train, double[] weights) {}

  @Test
  void snapshotOfUntouchedInputsPasses() {
    double[] v = {1, Double.NaN, -0.0};
    double[][] m = {{1, 2}, {3}};
    List<double[]> rows = new ArrayList<>(List.of(new double[] {1, 2}, new double[] {3}));
    Map<String, double[]> byName =
        new HashMap<>(Map.of("a", new double[] {1}, "b", new double[] {2, 3}));
    Map<String, Double> scalars = new TreeMap<>(Map.of("x", 1.0));
    Purity.Snapshot s = Purity.snapshot(v, m, rows, byName, scalars, "text", 7);
    assertDoesNotThrow(s::assertUnchanged);
  }

  @Test
  void detectsAWriteToAVector() {
    double[] v = {1, 2, 3};
    Purity.Snapshot s = Purity.snapshot(v);
    v[1] = 2.5;
    AssertionFailedError e = assertThrows(AssertionFailedError.class, s::assertUnchanged);
    assertEquals("input #1 was modified by the call", e.getMessage());
  }

  @Test
  void detectsAWriteInsideARowOfAMatrixAndNamesTheInput() {
    double[] other = {0};
    double[][] m = {{1, 2}, {3, 4}};
    Purity.Snapshot s = Purity.snapshot(other, m);
    m[1][0] = 30;
    AssertionFailedError e = assertThrows(AssertionFailedError.class, s::assertUnchanged);
    assertEquals("input #2 was modified by the call", e.getMessage());
  }

  @Test
  void detectsARowSwapInAMatrix() {
    double[][] m = {{1, 2}, {3, 4}};
    Purity.Snapshot s = Purity.snapshot((Object) m);
    double[] row = m[0];
    m[0] = m[1];
    m[1] = row;
    assertThrows(AssertionFailedError.class, s::assertUnchanged);
  }

  @Test
  void detectsASignFlipOfZeroBecauseComparisonIsBitForBit() {
    double[] v = {0.0};
    Purity.Snapshot s = Purity.snapshot(v);
    v[0] = -0.0;
    assertThrows(AssertionFailedError.class, s::assertUnchanged);
  }

  @Test
  void detectsChangesToAList() {
    List<Integer> sorted = new ArrayList<>(List.of(3, 1, 2));
    Purity.Snapshot s = Purity.snapshot(sorted);
    sorted.sort(null);
    assertThrows(AssertionFailedError.class, s::assertUnchanged);
  }

  @Test
  void detectsAWriteInsideAnArrayHeldByAList() {
    List<double[]> rows = new ArrayList<>(List.of(new double[] {1, 2}, new double[] {3}));
    Purity.Snapshot s = Purity.snapshot(rows);
    rows.get(1)[0] = -3;
    assertThrows(AssertionFailedError.class, s::assertUnchanged);
  }

  @Test
  void detectsChangesToAMap() {
    Map<String, Double> m = new HashMap<>(Map.of("a", 1.0));
    Purity.Snapshot s = Purity.snapshot(m);
    m.put("b", 2.0);
    assertThrows(AssertionFailedError.class, s::assertUnchanged);
  }

  @Test
  void detectsAWriteInsideAnArrayHeldByAMap() {
    Map<String, double[]> m = new HashMap<>(Map.of("a", new double[] {1, 2}));
    Purity.Snapshot s = Purity.snapshot(m);
    m.get("a")[1] = 20;
    assertThrows(AssertionFailedError.class, s::assertUnchanged);
  }

  @Test
  void noAliasingPassesWhenFreshArraysAreReturned() {
    double[][] x = {{1, 2}, {3, 4}};
    double[] w = {1, 1};
    Split out = new Split(new double[][] {x[0].clone(), x[1].clone()}, w.clone());
    assertDoesNotThrow(() -> Purity.assertNoAliasing(out, x, w));
    assertDoesNotThrow(() -> Purity.assertNoAliasing(List.of(x[0].clone()), (Object) x));
  }

  @Test
  void noAliasingFailsWhenTheInputItselfIsReturned() {
    double[] w = {1, 1};
    assertThrows(AssertionFailedError.class, () -> Purity.assertNoAliasing(w, w));
  }

  @Test
  void noAliasingFindsAnInputRowSharedInsideARecord() {
    double[][] x = {{1, 2}, {3, 4}};
    Split out = new Split(new double[][] {x[0].clone(), x[1]}, new double[] {1});
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> Purity.assertNoAliasing(out, (Object) x));
    assertEquals(
        "the result shares an array with an input (it must return new arrays)", e.getMessage());
  }

  @Test
  void noAliasingFindsAnInputRowSharedInsideAList() {
    double[][] x = {{1, 2}, {3, 4}};
    List<double[]> out = List.of(new double[] {0}, x[1]);
    assertThrows(AssertionFailedError.class, () -> Purity.assertNoAliasing(out, (Object) x));
  }

  @Test
  void noAliasingFindsAnArraySharedWithAnInputList() {
    List<double[]> rows = List.of(new double[] {1}, new double[] {2});
    Map<String, double[]> out = Map.of("first", rows.get(0));
    assertThrows(AssertionFailedError.class, () -> Purity.assertNoAliasing(out, rows));
  }
}
