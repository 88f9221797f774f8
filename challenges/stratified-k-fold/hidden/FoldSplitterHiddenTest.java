package challenge.cv.hidden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import challenge.cv.FoldSplitter;
import challenge.cv.FoldSplitter.Split;
import challenge.cv.FoldSplitterImpl;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mlgrader.kit.Points;
import mlgrader.kit.Purity;
import mlgrader.kit.RandomInputs;
import mlgrader.kit.Rejects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hidden suite for {@code stratified-k-fold} (catalog-spec §4 W1-3). Every comparison is exact. */
public class FoldSplitterHiddenTest {

  private static FoldSplitter splitter() {
    return new FoldSplitterImpl();
  }

  private static FoldSplitter oracle() {
    return new challenge.cv.oracle.FoldSplitterImpl();
  }

  /**
   * The fold index of each of {@code n} samples, from the test-index lists of the folds (sklearn's
   * output).
   */
  private static int[] foldsFromTestSets(int n, int[][] testSets) {
    int[] fold = new int[n];
    Arrays.fill(fold, -1);
    for (int f = 0; f < testSets.length; f++) {
      for (int i : testSets[f]) {
        fold[i] = f;
      }
    }
    return fold;
  }

  private static void assertStratified(int[] y, int k, String what) {
    int[] fold = splitter().stratifiedAssignment(y.clone(), k);
    assertEquals(y.length, fold.length, what + ": length");
    assertInRange(fold, k, what);
    assertSizesBalanced(fold, k, what);
    assertClassCountsBalanced(y, fold, k, what);
    assertMonotoneWithinClasses(y, fold, what);
  }

  private static void assertInRange(int[] fold, int k, String what) {
    for (int i = 0; i < fold.length; i++) {
      if (fold[i] < 0 || fold[i] >= k) {
        fail(what + ": fold index " + fold[i] + " of sample " + i + " is outside [0, " + k + ")");
      }
    }
  }

  private static void assertSizesBalanced(int[] fold, int k, String what) {
    int[] size = new int[k];
    for (int f : fold) {
      size[f]++;
    }
    int min = Arrays.stream(size).min().getAsInt();
    int max = Arrays.stream(size).max().getAsInt();
    assertTrue(
        max - min <= 1, what + ": fold sizes " + Arrays.toString(size) + " differ by more than 1");
  }

  private static void assertClassCountsBalanced(int[] y, int[] fold, int k, String what) {
    Map<Integer, int[]> perClass = new HashMap<>();
    for (int i = 0; i < y.length; i++) {
      perClass.computeIfAbsent(y[i], label -> new int[k])[fold[i]]++;
    }
    perClass.forEach(
        (label, counts) -> {
          int min = Arrays.stream(counts).min().getAsInt();
          int max = Arrays.stream(counts).max().getAsInt();
          assertTrue(
              max - min <= 1,
              what
                  + ": class "
                  + label
                  + " has per-fold counts "
                  + Arrays.toString(counts)
                  + " (spread > 1)");
        });
  }

  private static void assertMonotoneWithinClasses(int[] y, int[] fold, String what) {
    Map<Integer, Integer> lastFold = new HashMap<>();
    for (int i = 0; i < y.length; i++) {
      Integer previous = lastFold.put(y[i], fold[i]);
      if (previous != null && previous > fold[i]) {
        fail(
            what
                + ": class "
                + y[i]
                + " goes back from fold "
                + previous
                + " to "
                + fold[i]
                + " at sample "
                + i);
      }
    }
  }

  /** Checks a {@code splits} result against the assignment it was built from. */
  private static void assertSplitsMatch(int[] foldOf, int k, List<Split> splits, String what) {
    assertEquals(k, splits.size(), what + ": number of splits");
    int n = foldOf.length;
    for (int f = 0; f < k; f++) {
      Split split = splits.get(f);
      int[] train = split.train();
      int[] test = split.test();
      int expectedTest = 0;
      for (int v : foldOf) {
        expectedTest += v == f ? 1 : 0;
      }
      assertEquals(expectedTest, test.length, what + ": fold " + f + " test size");
      assertEquals(n - expectedTest, train.length, what + ": fold " + f + " train size");
      for (int j = 0; j < test.length; j++) {
        assertTrue(
            j == 0 || test[j - 1] < test[j],
            what + ": fold " + f + " test is not strictly ascending");
        assertTrue(
            test[j] >= 0 && test[j] < n && foldOf[test[j]] == f,
            what + ": fold " + f + " test holds " + test[j]);
      }
      for (int j = 0; j < train.length; j++) {
        assertTrue(
            j == 0 || train[j - 1] < train[j],
            what + ": fold " + f + " train is not strictly ascending");
        assertTrue(
            train[j] >= 0 && train[j] < n && foldOf[train[j]] != f,
            what + ": fold " + f + " train holds " + train[j]);
      }
    }
  }

  /**
   * Labels with 1–6 classes of skewed frequencies and arbitrary (possibly negative or huge) values.
   */
  private static int[] randomLabels(RandomInputs rnd, int n) {
    int classes = rnd.intBetween(1, 6);
    int[] labelOf = new int[classes];
    for (int c = 0; c < classes; c++) {
      labelOf[c] =
          switch (rnd.intBetween(0, 3)) {
            case 0 -> c;
            case 1 -> rnd.intBetween(-50, 50);
            case 2 -> rnd.intBetween(Integer.MIN_VALUE, Integer.MAX_VALUE - 1);
            default -> classes - c;
          };
    }
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double u = rnd.doubleBetween(0, 1);
      y[i] = labelOf[(int) (classes * u * u)];
    }
    return y;
  }

  @Nested
  class Golden {

    @Test
    @Points(2)
    @DisplayName("stratified: majority class followed by a minority class")
    void minorityClass() {
      // sklearn 1.2.1: [te.tolist() for _, te in StratifiedKFold(3).split(np.zeros(10), [0]*7 +
      // [1]*3)]
      int[] y = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1};
      int[][] test = {{0, 1, 2, 7}, {3, 4, 8}, {5, 6, 9}};
      assertArrayEquals(foldsFromTestSets(10, test), splitter().stratifiedAssignment(y, 3));
    }

    @Test
    @Points(3)
    @DisplayName(
        "stratified: two equal classes, where restarting the rotation per class unbalances the"
            + " folds")
    void rotationContinuesAcrossClasses() {
      // sklearn 1.2.1: [te.tolist() for _, te in StratifiedKFold(3).split(np.zeros(20), [0]*10 +
      // [1]*10)]
      int[] y = new int[20];
      Arrays.fill(y, 10, 20, 1);
      int[][] test = {{0, 1, 2, 3, 10, 11, 12}, {4, 5, 6, 13, 14, 15, 16}, {7, 8, 9, 17, 18, 19}};
      assertArrayEquals(foldsFromTestSets(20, test), splitter().stratifiedAssignment(y, 3));
    }

    @Test
    @Points(3)
    @DisplayName("stratified: classes are ordered by first appearance, not by label value")
    void firstAppearanceOrder() {
      // sklearn 1.2.1: StratifiedKFold(4).split(np.zeros(12), [1,1,0,1,1,1,0,1,1,1,1,0])
      int[] y = {1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0};
      int[][] test = {{0, 1, 3}, {2, 4, 5}, {6, 7, 8}, {9, 10, 11}};
      assertArrayEquals(foldsFromTestSets(12, test), splitter().stratifiedAssignment(y, 4));
    }

    @Test
    @Points(2)
    @DisplayName("stratified: three classes given as character codes")
    void characterLabels() {
      // sklearn 1.2.1: StratifiedKFold(4).split(np.zeros(12), list("bababbcabcba")); labels encoded
      // here with ord()
      int[] y = {'b', 'a', 'b', 'a', 'b', 'b', 'c', 'a', 'b', 'c', 'b', 'a'};
      int[][] test = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {9, 10, 11}};
      assertArrayEquals(foldsFromTestSets(12, test), splitter().stratifiedAssignment(y, 4));
    }

    @Test
    @Points(2)
    @DisplayName("stratified: arbitrary labels including a class smaller than k")
    void arbitraryLabelsWithRareClass() {
      // sklearn 1.2.1: StratifiedKFold(4).split(np.zeros(15),
      // [-5,42,42,-5,7,42,-5,42,7,-5,42,42,1000000,7,-5])
      int[] y = {-5, 42, 42, -5, 7, 42, -5, 42, 7, -5, 42, 42, 1000000, 7, -5};
      int[][] test = {{0, 1, 3, 4}, {2, 5, 6, 8}, {7, 9, 10, 12}, {11, 13, 14}};
      assertArrayEquals(foldsFromTestSets(15, test), splitter().stratifiedAssignment(y, 4));
    }

    @Test
    @DisplayName("stratified: three interleaved classes and five folds")
    void threeClassesFiveFolds() {
      // sklearn 1.2.1: StratifiedKFold(5).split(np.zeros(14), [3,3,1,2,1,3,2,2,1,3,3,1,2,3])
      int[] y = {3, 3, 1, 2, 1, 3, 2, 2, 1, 3, 3, 1, 2, 3};
      int[][] test = {{0, 1, 3}, {2, 5, 6}, {4, 7, 9}, {8, 10, 12}, {11, 13}};
      assertArrayEquals(foldsFromTestSets(14, test), splitter().stratifiedAssignment(y, 5));
    }

    @Test
    @Points(2)
    @DisplayName("plain k-fold gives the remainder to the first folds")
    void kFoldRemainderFirst() {
      // sklearn 1.2.1: [te.tolist() for _, te in KFold(3).split(np.zeros(10))] → [0..3], [4..6],
      // [7..9]
      assertArrayEquals(
          new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 2}, splitter().kFoldAssignment(10, 3));
      // KFold(4).split(np.zeros(11)) → [0,1,2], [3,4,5], [6,7,8], [9,10]
      assertArrayEquals(
          new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3}, splitter().kFoldAssignment(11, 4));
    }

    @Test
    @DisplayName("plain k-fold on two more sizes, with and without a remainder")
    void kFoldEvenBlocks() {
      // sklearn 1.2.1: KFold(2).split(np.zeros(9)) → [0..4], [5..8]; KFold(3).split(np.zeros(12)) →
      // [0..3], [4..7], [8..11]
      assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1}, splitter().kFoldAssignment(9, 2));
      assertArrayEquals(
          new int[] {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}, splitter().kFoldAssignment(12, 3));
    }

    @Test
    @Points(2)
    @DisplayName("splits of a stratified assignment equal scikit-learn's train/test arrays")
    void splitsGolden() {
      // sklearn 1.2.1: [(tr.tolist(), te.tolist()) for tr, te in
      // StratifiedKFold(3).split(np.zeros(10), [0]*7+[1]*3)]
      int[] foldOf = {0, 0, 0, 1, 1, 2, 2, 0, 1, 2};
      List<Split> splits = splitter().splits(foldOf, 3);
      assertEquals(3, splits.size());
      assertArrayEquals(new int[] {3, 4, 5, 6, 8, 9}, splits.get(0).train());
      assertArrayEquals(new int[] {0, 1, 2, 7}, splits.get(0).test());
      assertArrayEquals(new int[] {0, 1, 2, 5, 6, 7, 9}, splits.get(1).train());
      assertArrayEquals(new int[] {3, 4, 8}, splits.get(1).test());
      assertArrayEquals(new int[] {0, 1, 2, 3, 4, 7, 8}, splits.get(2).train());
      assertArrayEquals(new int[] {5, 6, 9}, splits.get(2).test());
    }
  }

  @Nested
  class Properties {

    @Test
    @Points(4)
    @DisplayName(
        "stratified assignment matches the reference on 500 random label vectors and fold counts")
    void differentialStratified() {
      RandomInputs rnd = new RandomInputs(0x5CF01D5L);
      for (int t = 0; t < 500; t++) {
        int n = t % 5 == 0 ? rnd.intBetween(2, 400) : rnd.intBetween(2, 40);
        int[] y = randomLabels(rnd, n);
        int k = rnd.intBetween(2, Math.min(n, t % 7 == 0 ? n : 10));
        int[] expected = oracle().stratifiedAssignment(y.clone(), k);
        int[] actual = splitter().stratifiedAssignment(y.clone(), k);
        if (!Arrays.equals(expected, actual)) {
          fail(
              "case "
                  + t
                  + ": y = "
                  + Arrays.toString(y)
                  + ", k = "
                  + k
                  + ": expected "
                  + Arrays.toString(expected)
                  + " but was "
                  + Arrays.toString(actual));
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("plain k-fold matches the reference for every n up to 60 and every k")
    void differentialKFold() {
      for (int n = 2; n <= 60; n++) {
        for (int k = 2; k <= n; k++) {
          assertArrayEquals(
              oracle().kFoldAssignment(n, k),
              splitter().kFoldAssignment(n, k),
              "n = " + n + ", k = " + k);
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("stratified folds have sizes within one of each other")
    void foldSizesBalanced() {
      RandomInputs rnd = new RandomInputs(31);
      for (int t = 0; t < 200; t++) {
        int n = rnd.intBetween(2, 200);
        int[] y = randomLabels(rnd, n);
        int k = rnd.intBetween(2, Math.min(n, 12));
        int[] fold = splitter().stratifiedAssignment(y, k);
        assertInRange(fold, k, "case " + t);
        assertSizesBalanced(
            fold, k, "case " + t + " (k = " + k + ", y = " + Arrays.toString(y) + ")");
      }
    }

    @Test
    @Points(2)
    @DisplayName("each class is spread over the folds with counts within one of each other")
    void classCountsBalanced() {
      RandomInputs rnd = new RandomInputs(32);
      for (int t = 0; t < 200; t++) {
        int n = rnd.intBetween(2, 200);
        int[] y = randomLabels(rnd, n);
        int k = rnd.intBetween(2, Math.min(n, 12));
        int[] fold = splitter().stratifiedAssignment(y, k);
        assertInRange(fold, k, "case " + t);
        assertClassCountsBalanced(y, fold, k, "case " + t + " (k = " + k + ")");
      }
    }

    @Test
    @Points(2)
    @DisplayName("within each class the fold index never decreases with the sample index")
    void contiguousBlocksWithinClass() {
      RandomInputs rnd = new RandomInputs(33);
      for (int t = 0; t < 200; t++) {
        int n = rnd.intBetween(2, 200);
        int[] y = randomLabels(rnd, n);
        int k = rnd.intBetween(2, Math.min(n, 12));
        assertMonotoneWithinClasses(
            y, splitter().stratifiedAssignment(y, k), "case " + t + " (k = " + k + ")");
      }
    }

    @Test
    @Points(2)
    @DisplayName("relabelling the classes one-to-one does not change the assignment")
    void relabellingInvariance() {
      RandomInputs rnd = new RandomInputs(34);
      for (int t = 0; t < 200; t++) {
        int n = rnd.intBetween(2, 80);
        int classes = rnd.intBetween(2, 5);
        int[] codes = rnd.labels(n, classes);
        int[] relabel = rnd.permutation(classes);
        int[] y = new int[n];
        int[] z = new int[n];
        for (int i = 0; i < n; i++) {
          y[i] = codes[i];
          z[i] = 1000 - 7 * relabel[codes[i]];
        }
        int k = rnd.intBetween(2, Math.min(n, 8));
        assertArrayEquals(
            splitter().stratifiedAssignment(y, k),
            splitter().stratifiedAssignment(z, k),
            "y = " + Arrays.toString(y) + ", relabelled " + Arrays.toString(z) + ", k = " + k);
      }
    }

    @Test
    @DisplayName("plain k-fold is contiguous, non-decreasing and front-loaded")
    void kFoldShape() {
      for (int n = 2; n <= 50; n++) {
        for (int k = 2; k <= n; k++) {
          int[] fold = splitter().kFoldAssignment(n, k);
          assertEquals(n, fold.length);
          int[] size = new int[k];
          for (int i = 0; i < n; i++) {
            assertTrue(
                fold[i] >= 0 && fold[i] < k, "n = " + n + ", k = " + k + ": index out of range");
            assertTrue(
                i == 0 || fold[i] == fold[i - 1] || fold[i] == fold[i - 1] + 1,
                "n = " + n + ", k = " + k);
            size[fold[i]]++;
          }
          for (int f = 0; f < k; f++) {
            assertEquals(
                n / k + (f < n % k ? 1 : 0),
                size[f],
                "n = " + n + ", k = " + k + ": size of fold " + f);
          }
        }
      }
    }

    @Test
    @Points(2)
    @DisplayName("splits are disjoint, complete, ascending and test sets follow the assignment")
    void splitsConsistent() {
      RandomInputs rnd = new RandomInputs(35);
      for (int t = 0; t < 200; t++) {
        int n = rnd.intBetween(2, 120);
        int k = rnd.intBetween(2, Math.min(n, 10));
        int[] foldOf = rnd.labels(n, k);
        assertSplitsMatch(foldOf, k, splitter().splits(foldOf.clone(), k), "case " + t);
      }
    }

    @Test
    @DisplayName("splits of a stratified assignment are consistent with it")
    void splitsOfStratified() {
      RandomInputs rnd = new RandomInputs(36);
      for (int t = 0; t < 50; t++) {
        int n = rnd.intBetween(2, 100);
        int[] y = randomLabels(rnd, n);
        int k = rnd.intBetween(2, Math.min(n, 8));
        int[] fold = splitter().stratifiedAssignment(y, k);
        assertSplitsMatch(fold, k, splitter().splits(fold, k), "case " + t);
      }
    }
  }

  @Nested
  class EdgeCases {

    @Test
    @DisplayName("stratified with k equal to n puts one sample in each fold")
    void kEqualsN() {
      // /work/shared/golden/skf.py my_rule([4, 9, 4, 9, 9], 5) (sklearn refuses: every class is
      // smaller than k)
      assertArrayEquals(
          new int[] {0, 2, 1, 3, 4}, splitter().stratifiedAssignment(new int[] {4, 9, 4, 9, 9}, 5));
    }

    @Test
    @Points(2)
    @DisplayName("stratified works when every class is smaller than k")
    void everyClassSmallerThanK() {
      // /work/shared/golden/skf.py my_rule([1, 2, 3, 1, 2, 3], 4) (sklearn raises here; the
      // statement does not)
      assertArrayEquals(
          new int[] {0, 2, 0, 1, 3, 1},
          splitter().stratifiedAssignment(new int[] {1, 2, 3, 1, 2, 3}, 4));
    }

    @Test
    @DisplayName("stratified with one class equals plain k-fold")
    void singleClass() {
      for (int n = 2; n <= 30; n++) {
        int[] y = new int[n];
        Arrays.fill(y, -3);
        for (int k = 2; k <= n; k++) {
          assertArrayEquals(
              splitter().kFoldAssignment(n, k),
              splitter().stratifiedAssignment(y, k),
              "n=" + n + ",k=" + k);
        }
      }
    }

    @Test
    @DisplayName("stratified with all labels distinct cycles through the folds")
    void allDistinct() {
      int[] y = {50, -2, 17, 8, 0, 33, -9, 4, 21};
      int[] expected = new int[y.length];
      for (int i = 0; i < y.length; i++) {
        expected[i] = i % 4;
      }
      assertArrayEquals(expected, splitter().stratifiedAssignment(y, 4));
    }

    @Test
    @Points(2)
    @DisplayName("the extreme int values are ordinary labels")
    void extremeLabels() {
      // sklearn 1.2.1: StratifiedKFold(3).split(np.zeros(10), [M, m, 0, M, -1, m, M, 0, m, M]) with
      // M = 2**31-1, m = -2**31
      int max = Integer.MAX_VALUE;
      int min = Integer.MIN_VALUE;
      int[] y = {max, min, 0, max, -1, min, max, 0, min, max};
      assertArrayEquals(
          new int[] {0, 0, 1, 0, 0, 1, 1, 2, 2, 2}, splitter().stratifiedAssignment(y, 3));
    }

    @Test
    @DisplayName("the smallest problems: two samples, two folds")
    void smallest() {
      assertArrayEquals(new int[] {0, 1}, splitter().kFoldAssignment(2, 2));
      assertArrayEquals(new int[] {0, 1}, splitter().stratifiedAssignment(new int[] {6, 6}, 2));
      assertArrayEquals(new int[] {0, 1}, splitter().stratifiedAssignment(new int[] {6, 5}, 2));
    }

    @Test
    @DisplayName("plain k-fold with k equal to n puts one sample in each fold")
    void kFoldOnePerFold() {
      assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, splitter().kFoldAssignment(7, 7));
    }

    @Test
    @DisplayName("splits gives an empty test set to a fold without samples")
    void splitsWithEmptyFold() {
      int[] foldOf = {0, 2, 0, 2, 2};
      List<Split> splits = splitter().splits(foldOf, 3);
      assertEquals(3, splits.size());
      assertArrayEquals(new int[] {}, splits.get(1).test());
      assertArrayEquals(new int[] {0, 1, 2, 3, 4}, splits.get(1).train());
      assertSplitsMatch(foldOf, 3, splits, "fold without samples");
    }

    @Test
    @Points(2)
    @DisplayName("stratifiedAssignment does not modify the labels and returns a new array")
    void stratifiedPurity() {
      int[] y = {5, 1, 5, 5, 1, 9, 5, 1, 9, 5};
      Purity.Snapshot snapshot = Purity.snapshot(y);
      int[] fold = splitter().stratifiedAssignment(y, 3);
      snapshot.assertUnchanged();
      Purity.assertNoAliasing(fold, y);
      int[] again = splitter().stratifiedAssignment(y, 3);
      Arrays.fill(fold, 7);
      snapshot.assertUnchanged();
      assertArrayEquals(
          oracle().stratifiedAssignment(y.clone(), 3),
          again,
          "a second call must give the same result");
    }

    @Test
    @Points(2)
    @DisplayName("splits does not modify the assignment and returns new arrays")
    void splitsPurity() {
      int[] foldOf = {2, 0, 1, 1, 0, 2, 0};
      Purity.Snapshot snapshot = Purity.snapshot(foldOf);
      List<Split> splits = splitter().splits(foldOf, 3);
      snapshot.assertUnchanged();
      Purity.assertNoAliasing(splits, foldOf);
      for (Split s : splits) {
        Arrays.fill(s.train(), -1);
        Arrays.fill(s.test(), -1);
      }
      snapshot.assertUnchanged();
      assertSplitsMatch(foldOf, 3, splitter().splits(foldOf, 3), "second call");
    }

    @Test
    @DisplayName("kFoldAssignment returns a fresh array on every call")
    void kFoldFreshArray() {
      int[] first = splitter().kFoldAssignment(6, 4);
      Arrays.fill(first, 9);
      assertArrayEquals(new int[] {0, 0, 1, 1, 2, 3}, splitter().kFoldAssignment(6, 4));
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("kFoldAssignment rejects k below 2")
    void kFoldSmallK() {
      Rejects.illegalArgument(() -> splitter().kFoldAssignment(10, 1), "k = 1");
      Rejects.illegalArgument(() -> splitter().kFoldAssignment(10, 0), "k = 0");
      Rejects.illegalArgument(() -> splitter().kFoldAssignment(10, -3), "k = -3");
    }

    @Test
    @DisplayName("kFoldAssignment rejects k above n")
    void kFoldLargeK() {
      Rejects.illegalArgument(() -> splitter().kFoldAssignment(5, 6), "k = 6 > n = 5");
      Rejects.illegalArgument(() -> splitter().kFoldAssignment(0, 2), "n = 0");
      Rejects.illegalArgument(() -> splitter().kFoldAssignment(-4, 2), "n = -4");
    }

    @Test
    @DisplayName("stratifiedAssignment rejects k below 2")
    void stratifiedSmallK() {
      Rejects.illegalArgument(
          () -> splitter().stratifiedAssignment(new int[] {1, 2, 1, 2}, 1), "k = 1");
      Rejects.illegalArgument(
          () -> splitter().stratifiedAssignment(new int[] {1, 2, 1, 2}, 0), "k = 0");
    }

    @Test
    @DisplayName("stratifiedAssignment rejects k above the number of samples")
    void stratifiedLargeK() {
      Rejects.illegalArgument(
          () -> splitter().stratifiedAssignment(new int[] {1, 2, 1}, 4), "k = 4 > n = 3");
      Rejects.illegalArgument(() -> splitter().stratifiedAssignment(new int[] {}, 2), "empty y");
    }

    @Test
    @DisplayName("stratifiedAssignment rejects null labels")
    void stratifiedNull() {
      Rejects.nullArgument(() -> splitter().stratifiedAssignment(null, 2), "y = null");
    }

    @Test
    @DisplayName("splits rejects k outside [2, n]")
    void splitsBadK() {
      Rejects.illegalArgument(() -> splitter().splits(new int[] {0, 0, 0}, 1), "k = 1");
      Rejects.illegalArgument(() -> splitter().splits(new int[] {0, 1, 2}, 4), "k = 4 > n = 3");
      Rejects.illegalArgument(() -> splitter().splits(new int[] {}, 2), "empty assignment");
    }

    @Test
    @DisplayName("splits rejects fold indices outside [0, k)")
    void splitsBadFoldIndex() {
      Rejects.illegalArgument(
          () -> splitter().splits(new int[] {0, 1, 2, 1}, 2), "index equal to k");
      Rejects.illegalArgument(
          () -> splitter().splits(new int[] {0, 1, -1, 1}, 2), "negative index");
    }

    @Test
    @DisplayName("splits rejects a null assignment")
    void splitsNull() {
      Rejects.nullArgument(() -> splitter().splits(null, 2), "foldOf = null");
    }
  }

  @Nested
  class Performance {

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    @DisplayName("kFoldAssignment with a million samples within 2 s")
    void kFoldMillion() {
      int[] fold = splitter().kFoldAssignment(1_000_000, 7);
      assertEquals(1_000_000, fold.length);
      assertEquals(0, fold[142_857]);
      assertEquals(1, fold[142_858]);
      assertEquals(6, fold[999_999]);
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName(
        "stratifiedAssignment with a million samples, three classes and ten folds within 4 s")
    void stratifiedMillionFewClasses() {
      int[] codes = new RandomInputs(41).labels(1_000_000, 3);
      int[] y = codes.clone();
      assertLargeAssignment(codes, 3, 10, splitter().stratifiedAssignment(y, 10));
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName(
        "stratifiedAssignment with a million samples and ten thousand distinct labels within 4 s")
    void stratifiedMillionManyClasses() {
      int[] codes = new RandomInputs(42).labels(1_000_000, 10_000);
      int[] y = new int[codes.length];
      for (int i = 0; i < codes.length; i++) {
        y[i] = codes[i] * 7919 - 3_000_000;
      }
      assertLargeAssignment(codes, 10_000, 5, splitter().stratifiedAssignment(y, 5));
    }

    /**
     * Cheap checks of a large stratified result: balanced sizes and class counts, blocks within
     * classes.
     */
    private void assertLargeAssignment(int[] codes, int classes, int k, int[] fold) {
      assertEquals(codes.length, fold.length, "length");
      assertInRange(fold, k, "large input");
      assertSizesBalanced(fold, k, "large input");
      int[][] counts = new int[classes][k];
      int[] last = new int[classes];
      for (int i = 0; i < codes.length; i++) {
        int c = codes[i];
        if (fold[i] < last[c]) {
          fail("class " + c + " goes back to fold " + fold[i] + " at sample " + i);
        }
        last[c] = fold[i];
        counts[c][fold[i]]++;
      }
      for (int c = 0; c < classes; c++) {
        int min = Arrays.stream(counts[c]).min().getAsInt();
        int max = Arrays.stream(counts[c]).max().getAsInt();
        assertTrue(max - min <= 1, "class " + c + " per-fold counts " + Arrays.toString(counts[c]));
      }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.SECONDS)
    @DisplayName("splits of a million samples into five folds within 4 s")
    void splitsMillion() {
      RandomInputs rnd = new RandomInputs(43);
      int[] foldOf = rnd.labels(1_000_000, 5);
      List<Split> splits = splitter().splits(foldOf, 5);
      assertEquals(5, splits.size());
      long total = 0;
      for (Split s : splits) {
        assertEquals(1_000_000, s.train().length + s.test().length);
        total += s.test().length;
      }
      assertEquals(1_000_000, total);
    }
  }
}
