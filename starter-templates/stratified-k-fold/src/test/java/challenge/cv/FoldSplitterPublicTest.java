package challenge.cv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The examples of README.md. Run them with {@code mvn test}. */
class FoldSplitterPublicTest {

  private final FoldSplitter splitter = new FoldSplitterImpl();

  @Test
  @DisplayName("README example: stratified assignment continues the rotation across classes")
  void stratifiedReadmeExample() {
    // sklearn StratifiedKFold(4).split(np.zeros(10), [3, 7, 7, 7, 7, 3, 7, 7, 3, 7])
    //   → test folds [0, 1, 2], [3, 4, 5], [6, 8], [7, 9]
    int[] y = {3, 7, 7, 7, 7, 3, 7, 7, 3, 7};
    assertArrayEquals(
        new int[] {0, 0, 0, 1, 1, 1, 2, 3, 2, 3}, splitter.stratifiedAssignment(y, 4));
  }

  @Test
  @DisplayName("README example: plain k-fold gives the extra samples to the first folds")
  void kFoldReadmeExample() {
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2}, splitter.kFoldAssignment(8, 3));
  }

  @Test
  @DisplayName("README example: splits are ascending train/test index arrays per fold")
  void splitsReadmeExample() {
    List<FoldSplitter.Split> splits = splitter.splits(new int[] {0, 0, 0, 1, 1, 1, 2, 2}, 3);
    assertEquals(3, splits.size());
    assertArrayEquals(new int[] {3, 4, 5, 6, 7}, splits.get(0).train());
    assertArrayEquals(new int[] {0, 1, 2}, splits.get(0).test());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, splits.get(2).train());
    assertArrayEquals(new int[] {6, 7}, splits.get(2).test());
  }

  @Test
  @DisplayName("a single class is split like plain k-fold")
  void singleClass() {
    assertArrayEquals(
        splitter.kFoldAssignment(5, 2),
        splitter.stratifiedAssignment(new int[] {4, 4, 4, 4, 4}, 2));
  }

  @Test
  @DisplayName("k must lie in [2, n]")
  void rejectsBadK() {
    assertThrows(IllegalArgumentException.class, () -> splitter.kFoldAssignment(5, 1));
    assertThrows(
        IllegalArgumentException.class, () -> splitter.stratifiedAssignment(new int[] {1, 2}, 3));
  }
}
