package challenge.cv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reference solution: every method runs in {@code O(n + k)} time, whatever the number of classes.
 *
 * <p>The stratified rule never materialises the {@code k × C} allocation table. Class {@code c}
 * occupies the positions {@code [s_c, s_c + n_c)} of the class-sorted label sequence, so with
 * {@code q = n_c / k} and {@code r = n_c % k} fold {@code f} receives {@code q + 1} of its samples
 * when {@code (f − s_c) mod k < r} and {@code q} otherwise.
 */
public class FoldSplitterImpl implements FoldSplitter {

  public FoldSplitterImpl() {}

  @Override
  public int[] kFoldAssignment(int n, int k) {
    checkFolds(n, k);
    int[] fold = new int[n];
    int base = n / k;
    int extra = n % k;
    int i = 0;
    for (int f = 0; f < k; f++) {
      int size = base + (f < extra ? 1 : 0);
      for (int j = 0; j < size; j++) {
        fold[i++] = f;
      }
    }
    return fold;
  }

  @Override
  public int[] stratifiedAssignment(int[] y, int k) {
    Objects.requireNonNull(y, "y");
    int n = y.length;
    checkFolds(n, k);
    int[] code = new int[n];
    int[] count = new int[n];
    int classes = encodeByFirstAppearance(y, code, count);

    // Stable counting sort of the sample indices by class: class c's members, in index order,
    // occupy members[start[c] .. start[c] + count[c]); start[c] is also the class's offset in the
    // sorted labels.
    int[] start = new int[classes];
    for (int c = 1; c < classes; c++) {
      start[c] = start[c - 1] + count[c - 1];
    }
    int[] next = start.clone();
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[next[code[i]]++] = i;
    }

    int[] fold = new int[n];
    for (int c = 0; c < classes; c++) {
      assignClass(members, start[c], count[c], k, fold);
    }
    return fold;
  }

  @Override
  public List<Split> splits(int[] foldOf, int k) {
    Objects.requireNonNull(foldOf, "foldOf");
    int n = foldOf.length;
    checkFolds(n, k);
    int[] size = new int[k];
    for (int i = 0; i < n; i++) {
      int f = foldOf[i];
      if (f < 0 || f >= k) {
        throw new IllegalArgumentException(
            "fold index " + f + " of sample " + i + " is outside [0, " + k + ")");
      }
      size[f]++;
    }
    List<Split> result = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      int[] train = new int[n - size[f]];
      int[] test = new int[size[f]];
      int tr = 0;
      int te = 0;
      for (int i = 0; i < n; i++) {
        if (foldOf[i] == f) {
          test[te++] = i;
        } else {
          train[tr++] = i;
        }
      }
      result.add(new Split(train, test));
    }
    return result;
  }

  /**
   * Writes each sample's class code (0, 1, … by first appearance) and each class's size; returns
   * the number of classes. A primitive open-addressing table avoids boxing a million labels.
   */
  private static int encodeByFirstAppearance(int[] y, int[] code, int[] count) {
    int capacity = Integer.highestOneBit(Math.max(1, y.length)) << 2;
    int mask = capacity - 1;
    int shift =
        Integer.numberOfLeadingZeros(mask); // Fibonacci hashing: keep the product's top bits
    int[] keys = new int[capacity];
    int[] slotCode = new int[capacity]; // class code + 1; 0 marks an empty slot
    int classes = 0;
    for (int i = 0; i < y.length; i++) {
      int slot = (y[i] * 0x9E3779B9) >>> shift;
      while (slotCode[slot] != 0 && keys[slot] != y[i]) {
        slot = (slot + 1) & mask;
      }
      if (slotCode[slot] == 0) {
        keys[slot] = y[i];
        slotCode[slot] = ++classes;
      }
      code[i] = slotCode[slot] - 1;
      count[code[i]]++;
    }
    return classes;
  }

  /**
   * Assigns the {@code size} members {@code members[offset ..]} of one class, whose labels sit at
   * positions {@code [offset, offset + size)} of the sorted label sequence, to folds in contiguous
   * blocks.
   */
  private static void assignClass(int[] members, int offset, int size, int k, int[] fold) {
    // Gives each sample the fold its position in the sorted label sequence was dealt to.
    for (int j = 0; j < size; j++) {
      fold[members[offset + j]] = (offset + j) % k;
    }
  }

  private static void checkFolds(int n, int k) {
    if (k < 2 || k > n) {
      throw new IllegalArgumentException("need 2 <= k <= n, got k = " + k + " and n = " + n);
    }
  }
}
